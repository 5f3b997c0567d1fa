#pragma once

#include <QString>

class QLineEdit;
class QTableView;
class QWidget;

// The pieces every list screen shares, made one way so the screens look and
// behave alike.
namespace ListWidgets {

// A read-only table: whole rows, one at a time, compact alternating rows
// (staff scan long lists), columns the user may move, sortable, the last
// column taking the rest of the width.
QTableView* table(QWidget* parent, const QString& objectName, const QString& accessibleName);

// A search box with a clear button; Ctrl+F anywhere inside `page` brings the
// cursor to it with its text selected.
QLineEdit* searchBox(QWidget* page, const QString& objectName, const QString& accessibleName,
                     const QString& placeholder);

} // namespace ListWidgets

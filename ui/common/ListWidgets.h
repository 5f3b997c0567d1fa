#pragma once

#include <QString>

class QLineEdit;
class QSortFilterProxyModel;
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

// The id the current row holds on `role` (on any column), 0 when none.
qint64 currentId(const QTableView* table, int role);

// Makes the model row `sourceRow` (under the table's sort/filter `proxy`)
// current and scrolls to it; does nothing when it is filtered out.
void selectSourceRow(QTableView* table, const QSortFilterProxyModel* proxy, int sourceRow);

} // namespace ListWidgets

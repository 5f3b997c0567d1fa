#include "ListWidgets.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QShortcut>
#include <QTableView>

namespace ListWidgets {

QTableView* table(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionsMovable(true);
    return table;
}

QLineEdit* searchBox(QWidget* page, const QString& objectName, const QString& accessibleName,
                     const QString& placeholder)
{
    auto* search = new QLineEdit(page);
    search->setObjectName(objectName);
    search->setAccessibleName(accessibleName);
    search->setPlaceholderText(placeholder);
    search->setClearButtonEnabled(true);
    // Each page has its own search: the shortcut works inside this page only.
    auto* find = new QShortcut(QKeySequence::Find, page);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(find, &QShortcut::activated, search, [search] {
        search->setFocus(Qt::ShortcutFocusReason);
        search->selectAll();
    });
    return search;
}

} // namespace ListWidgets

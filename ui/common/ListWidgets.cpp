#include "ListWidgets.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QShortcut>
#include <QSortFilterProxyModel>
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
    // Filters beside it grow with their contents (long level names): the
    // search keeps room for a name.
    search->setMinimumWidth(search->fontMetrics().averageCharWidth() * 20);
    // Each page has its own search: the shortcut works inside this page only.
    auto* find = new QShortcut(QKeySequence::Find, page);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(find, &QShortcut::activated, search, [search] {
        search->setFocus(Qt::ShortcutFocusReason);
        search->selectAll();
    });
    return search;
}

qint64 currentId(const QTableView* table, int role)
{
    const QModelIndex index = table->currentIndex();
    return index.isValid() ? index.data(role).toLongLong() : 0;
}

void selectSourceRow(QTableView* table, const QSortFilterProxyModel* proxy, int sourceRow)
{
    if (sourceRow < 0)
        return;
    const QModelIndex index = proxy->mapFromSource(proxy->sourceModel()->index(sourceRow, 0));
    if (!index.isValid())
        return;
    table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
    table->scrollTo(index);
}

} // namespace ListWidgets

#include "UnpaidItemsModel.h"

#include <QLocale>

UnpaidItemsModel::UnpaidItemsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int UnpaidItemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int UnpaidItemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void UnpaidItemsModel::setItems(QList<PositionItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

QVariant UnpaidItemsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PositionItem& item = m_items.at(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case LabelColumn:
            return item.label;
        case DueDateColumn:
            return locale.toString(item.dueDate, QLocale::ShortFormat);
        case AmountColumn:
            return item.amount.toLocaleString(locale);
        case RemainingColumn:
            return item.remaining.toLocaleString(locale);
        default:
            return {};
        }
    }
    if (role == RawSortRole) {
        switch (index.column()) {
        case DueDateColumn:
            return item.dueDate.toJulianDay();
        case AmountColumn:
            return item.amount.cents();
        case RemainingColumn:
            return item.remaining.cents();
        default:
            return item.label;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= AmountColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant UnpaidItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return tr("Item");
    case DueDateColumn:
        return tr("Due date");
    case AmountColumn:
        return tr("Amount");
    case RemainingColumn:
        return tr("Remaining");
    default:
        return {};
    }
}

#include "MonthlyOverdueModel.h"

#include <QLocale>

MonthlyOverdueModel::MonthlyOverdueModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int MonthlyOverdueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MonthlyOverdueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void MonthlyOverdueModel::setRows(QList<MonthEndOverdue> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QVariant MonthlyOverdueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MonthEndOverdue& row = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MonthEndColumn:
            return locale.toString(row.monthEnd, QLocale::ShortFormat);
        case OverdueColumn:
            return row.overdue.toLocaleString(locale);
        case DebtorsColumn:
            return locale.toString(row.debtors);
        }
        return {};
    case Qt::ToolTipRole:
        return tr("On %1: %2 overdue, %n debtor(s). Click to list them as of that day.", nullptr,
                  row.debtors)
            .arg(locale.toString(row.monthEnd, QLocale::LongFormat),
                 row.overdue.toLocaleString(locale));
    case Qt::TextAlignmentRole:
        if (index.column() != MonthEndColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawSortRole:
        switch (index.column()) {
        case MonthEndColumn:
            return row.monthEnd;
        case OverdueColumn:
            return row.overdue.cents();
        case DebtorsColumn:
            return row.debtors;
        }
        return {};
    case MonthEndRole:
        return row.monthEnd;
    }
    return {};
}

QVariant MonthlyOverdueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MonthEndColumn:
        return tr("Month end");
    case OverdueColumn:
        return tr("Overdue");
    case DebtorsColumn:
        return tr("Debtors");
    }
    return {};
}

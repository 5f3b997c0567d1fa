#include "AgeingTableModel.h"

#include <QLocale>

AgeingTableModel::AgeingTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int AgeingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgeingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void AgeingTableModel::setRows(QList<AgeingRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QString AgeingTableModel::bucketLabel(AgeBucket bucket)
{
    const std::optional<int> max = AgeBuckets::maxDays(bucket);
    if (!max)
        return tr("Over %1 days").arg(AgeBuckets::minDays(bucket) - 1);
    return tr("%1–%2 days").arg(AgeBuckets::minDays(bucket)).arg(*max);
}

QVariant AgeingTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgeingRow& row = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AgeColumn:
            return bucketLabel(row.bucket);
        case AmountColumn:
            return row.amount.toLocaleString(locale);
        case CountColumn:
            return locale.toString(row.count);
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1 in arrears: %2 owed by %n debtor(s). Click to list them.", nullptr, row.count)
            .arg(bucketLabel(row.bucket), row.amount.toLocaleString(locale));
    case Qt::TextAlignmentRole:
        if (index.column() != AgeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawSortRole:
        switch (index.column()) {
        case AgeColumn:
            return int(row.bucket);
        case AmountColumn:
            return row.amount.cents();
        case CountColumn:
            return row.count;
        }
        return {};
    case BucketRole:
        return int(row.bucket);
    }
    return {};
}

QVariant AgeingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AgeColumn:
        return tr("Days in arrears");
    case AmountColumn:
        return tr("Overdue");
    case CountColumn:
        return tr("Debtors");
    }
    return {};
}

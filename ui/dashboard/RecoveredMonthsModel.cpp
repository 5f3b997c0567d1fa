#include "RecoveredMonthsModel.h"

#include <QLocale>

RecoveredMonthsModel::RecoveredMonthsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int RecoveredMonthsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecoveredMonthsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void RecoveredMonthsModel::setRows(QList<MonthRecovered> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QString RecoveredMonthsModel::monthName(QDate month)
{
    // The standalone form: « novembre 2026 », not the genitive some
    // languages use inside a date.
    return QLocale().standaloneMonthName(month.month(), QLocale::LongFormat) + u' ' +
           QString::number(month.year());
}

QVariant RecoveredMonthsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MonthRecovered& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MonthColumn:
            return monthName(row.month);
        case AmountColumn:
            return row.amount.toLocaleString();
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1: %2 of overdue rent paid")
            .arg(monthName(row.month), row.amount.toLocaleString());
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawSortRole:
        return index.column() == AmountColumn ? QVariant(row.amount.cents()) : QVariant(row.month);
    case MonthRole:
        return row.month;
    }
    return {};
}

QVariant RecoveredMonthsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MonthColumn:
        return tr("Month");
    case AmountColumn:
        return tr("Recovered");
    }
    return {};
}

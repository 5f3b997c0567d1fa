#include "LedgerTableModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

LedgerTableModel::LedgerTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int LedgerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LedgerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LedgerTableModel::display(int row, int column) const
{
    const LedgerEntry& e = m_entries.at(row);
    const bool debit = e.side == Side::Debit;
    switch (column) {
    case DateColumn:
        return QLocale().toString(e.date, QLocale::ShortFormat);
    case PieceRefColumn:
        return e.entryRef;
    case LabelColumn:
        return e.label;
    case DueDateColumn:
        return e.dueDate.isValid() ? QLocale().toString(e.dueDate, QLocale::ShortFormat)
                                   : QString();
    case DebitColumn:
        return debit ? e.amount.toLocaleString() : QString();
    case CreditColumn:
        return debit ? QString() : e.amount.toLocaleString();
    case BalanceColumn:
        return m_balances.at(row).toLocaleString();
    }
    return {};
}

QVariant LedgerTableModel::raw(int row, int column) const
{
    const LedgerEntry& e = m_entries.at(row);
    const bool debit = e.side == Side::Debit;
    switch (column) {
    case DateColumn:
        return e.date;
    case DueDateColumn:
        return e.dueDate;
    case DebitColumn:
        return debit ? e.amount.cents() : qint64(0);
    case CreditColumn:
        return debit ? qint64(0) : e.amount.cents();
    case BalanceColumn:
        return m_balances.at(row).cents();
    default:
        return display(row, column);
    }
}

QVariant LedgerTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), index.column());
    case Qt::TextAlignmentRole:
        if (index.column() >= DebitColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        // A credit balance (the tenant paid ahead) reads differently.
        if (index.column() == BalanceColumn && m_balances.at(index.row()).isNegative())
            return QBrush(QColor(0x1b, 0x6e, 0x20));
        return {};
    case RawSortRole:
        return raw(index.row(), index.column());
    case EntryIdRole:
        return m_entries.at(index.row()).id;
    default:
        return {};
    }
}

QVariant LedgerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case PieceRefColumn:
        return tr("Piece");
    case LabelColumn:
        return tr("Label");
    case DueDateColumn:
        return tr("Due date");
    case DebitColumn:
        return tr("Debit");
    case CreditColumn:
        return tr("Credit");
    case BalanceColumn:
        return tr("Balance");
    }
    return {};
}

void LedgerTableModel::setEntries(QList<LedgerEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_balances.clear();
    m_balances.reserve(m_entries.size());
    m_debits = {};
    m_credits = {};
    for (const LedgerEntry& e : std::as_const(m_entries)) {
        if (e.side == Side::Debit)
            m_debits += e.amount;
        else
            m_credits += e.amount;
        m_balances.append(m_debits - m_credits);
    }
    endResetModel();
}

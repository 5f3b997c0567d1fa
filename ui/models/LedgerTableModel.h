#pragma once

#include "ledger/LedgerEntry.h"

#include <QAbstractTableModel>
#include <QList>

// An account's statement (« relevé de compte »): its ledger entries in date
// order with the running balance after each one, as staff read it over the
// phone with a tenant. The balance is Σ debits − Σ credits so far: positive
// means the tenant owes money.
class LedgerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        PieceRefColumn,
        LabelColumn,
        DueDateColumn,
        DebitColumn,
        CreditColumn,
        BalanceColumn,
        ColumnCount
    };
    enum Role
    {
        RawSortRole = Qt::UserRole + 1, // QDate for dates, qint64 cents for money, QString
        EntryIdRole,                    // qint64, on every column
    };

    explicit LedgerTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Entries by date then id, as LedgerRepository::forAccount gives them:
    // the running balance follows that order.
    void setEntries(QList<LedgerEntry> entries);
    const LedgerEntry& entryAt(int row) const { return m_entries.at(row); }
    Money balanceAt(int row) const { return m_balances.at(row); }
    Money totalDebits() const { return m_debits; }
    Money totalCredits() const { return m_credits; }
    Money balance() const { return m_debits - m_credits; }

private:
    QVariant display(int row, int column) const;
    QVariant raw(int row, int column) const;

    QList<LedgerEntry> m_entries;
    QList<Money> m_balances;
    Money m_debits;
    Money m_credits;
};

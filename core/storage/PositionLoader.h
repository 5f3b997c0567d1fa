#pragma once

#include "ledger/Debtor.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <functional>
#include <optional>

class Database;
struct DebtorLedger;

// Reads what the engine needs as of a date, fast: one aggregate query finds
// the accounts that can owe anything (positive balance as of D and a debit
// due before D), then only their entries, reminders and guarantors are read.
class PositionLoader
{
    Q_DECLARE_TR_FUNCTIONS(PositionLoader)

public:
    explicit PositionLoader(const Database& db)
        : m_db(db)
    {}

    // Every debtor (overdue > 0) as of asOf with its account, sorted by ref;
    // with `ledgers`, also each debtor's ledger and reminders, in the same
    // order (the recovery path reads them; the debtor list does not keep them).
    Result<QList<Debtor>> debtors(QDate asOf, QList<DebtorLedger>* ledgers = nullptr) const;
    // Each debtor's ledger, shown to `visit` while it is in memory and then
    // dropped: following payment plans needs a few ledgers once, not every
    // ledger kept (the accounts are not sorted yet when visited).
    using LedgerVisitor = std::function<void(const Debtor&, const QList<LedgerEntry>&)>;
    Result<QList<Debtor>> debtors(QDate asOf, const LedgerVisitor& visit) const;
    // One account's position as of asOf (debtor or not).
    Result<AccountPosition> position(qint64 accountId, QDate asOf) const;
    // One account (debtor or not) with its ledger and reminders.
    Result<Debtor> account(qint64 accountId, QDate asOf, DebtorLedger* ledger) const;
    // The newest credit other than a credit note posted on or before asOf.
    Result<std::optional<QDate>> newestPayment(QDate asOf) const;

private:
    Result<QList<Debtor>> load(QDate asOf, const QList<qint64>* only, QList<DebtorLedger>* ledgers,
                               const LedgerVisitor* visit = nullptr) const;
    const Database& m_db;
};

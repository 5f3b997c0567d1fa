#pragma once

#include "ledger/Account.h"
#include "ledger/LedgerEntry.h"
#include "money/Money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// One entry of the statement, with the balance after it.
struct StatementLine
{
    QDate date;
    QString entryRef;
    QString label;
    EntryKind kind = EntryKind::Rent;
    Money debit;
    Money credit;
    Money balance;
    // A rent debit of the whole monthly rent, when the rent without charges
    // is known: how much of it is rent and how much charges.
    std::optional<Money> rentPart;
    std::optional<Money> chargesPart;
};

// The entries posted in one calendar month, and where the balance stood at
// its end.
struct StatementMonth
{
    QDate month; // the first day of the month
    QList<StatementLine> lines;
    Money debits;
    Money credits;
    Money closingBalance;
};

// The month-by-month statement of an account as of D that the hand-off to
// the commissaire de justice carries (recovery-path.md « Hand-off »): every
// debit and credit posted on or before D, in posting order, with the
// running balance. Its balance is Σ debits − Σ credits over those entries,
// which is how AccountPosition counts the balance too, so the statement
// adds up to the account's balance as of D.
struct AccountStatement
{
    QDate asOf;
    QList<StatementMonth> months;
    Money debits;
    Money credits;
    Money balance;

    // `entries` in any order (they are sorted by posting date, then id).
    static AccountStatement build(const Account& account, QList<LedgerEntry> entries, QDate asOf);
};

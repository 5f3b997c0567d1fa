#pragma once

#include "LedgerEntry.h"
#include "LedgerIndex.h"
#include "money/Money.h"

#include <QDate>
#include <QList>

// One debit after allocation.
struct AllocatedItem
{
    int entry = -1; // index of the debit in the entries given to compute()
    Money allocated;
    Money remaining;
};

// Which credit pays which debit (« imputation », Code civil art. 1342-10), as
// of one date, for one account. A credit naming a posted debit (`matches`)
// pays it first; everything else goes to the pool, which pays non-fee debits
// before fees, then the oldest due date, oldest posting date, entry_ref. A
// surplus stays unallocated.
class Allocation
{
public:
    // `entries` is one account's ledger; entries posted after asOf are ignored.
    static Allocation compute(const QList<LedgerEntry>& entries, QDate asOf);
    static Allocation compute(const LedgerIndex& index, QDate asOf);
    // compute(index, asOf).overdue() without building the items: following a
    // payment plan asks it for every day something changes.
    static Money overdueOn(const LedgerIndex& index, QDate asOf);
    // The same, counting only the credits posted before creditsBefore: what
    // was overdue on asOf before that day's payments (the recovery report
    // measures what each day's credits recovered).
    static Money overdueOn(const LedgerIndex& index, QDate asOf, QDate creditsBefore);

    // Every debit posted on or before asOf, in allocation (pool) order.
    const QList<AllocatedItem>& items() const { return m_items; }
    Money totalDebits() const { return m_totalDebits; }
    Money totalCredits() const { return m_totalCredits; }
    Money allocated() const { return m_allocated; }
    Money unallocated() const { return m_totalCredits - m_allocated; }
    Money balance() const { return m_totalDebits - m_totalCredits; }
    // Σ remaining of the debits due before asOf.
    Money overdue() const { return m_overdue; }

    // The pool order of two debits: true when a comes before b.
    static bool poolBefore(const LedgerEntry& a, const LedgerEntry& b);

private:
    QList<AllocatedItem> m_items;
    Money m_totalDebits;
    Money m_totalCredits;
    Money m_allocated;
    Money m_overdue;
};

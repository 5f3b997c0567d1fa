#include "Allocation.h"

#include <QVarLengthArray>

bool Allocation::poolBefore(const LedgerEntry& a, const LedgerEntry& b)
{
    // The debtor has most interest in paying rent and charges before fees,
    // then the oldest debts (Code civil art. 1342-10).
    const bool feeA = a.kind == EntryKind::Fee;
    const bool feeB = b.kind == EntryKind::Fee;
    if (feeA != feeB)
        return !feeA;
    if (a.dueDate != b.dueDate)
        return a.dueDate < b.dueDate;
    if (a.date != b.date)
        return a.date < b.date;
    return a.entryRef < b.entryRef;
}

Allocation Allocation::compute(const QList<LedgerEntry>& entries, QDate asOf)
{
    const LedgerIndex index(entries);
    return compute(index, asOf);
}

Allocation Allocation::compute(const LedgerIndex& index, QDate asOf)
{
    const QList<LedgerEntry>& entries = index.entries();
    Allocation result;
    // remaining per entry index (debits only).
    QList<qint64> remaining(entries.size(), 0);
    for (int d : index.debitsInPoolOrder()) {
        const LedgerEntry& e = entries.at(d);
        if (e.date > asOf)
            continue;
        remaining[d] = e.amount.cents();
        result.m_totalDebits += e.amount;
    }

    qint64 pool = 0;
    for (int c : index.credits()) {
        const LedgerEntry& e = entries.at(c);
        if (e.date > asOf)
            continue;
        result.m_totalCredits += e.amount;
        qint64 left = e.amount.cents();
        const int target = index.matchedDebit(c);
        // A credit naming a debit not yet posted as of D goes to the pool.
        if (target >= 0 && entries.at(target).date <= asOf) {
            const qint64 paid = std::min(left, remaining.at(target));
            remaining[target] -= paid;
            left -= paid;
        }
        pool += left;
    }

    for (int d : index.debitsInPoolOrder()) {
        const LedgerEntry& e = entries.at(d);
        if (e.date > asOf)
            continue;
        const qint64 paid = std::min(pool, remaining.at(d));
        remaining[d] -= paid;
        pool -= paid;
        AllocatedItem item;
        item.entry = d;
        item.remaining = Money::fromCents(remaining.at(d));
        item.allocated = e.amount - item.remaining;
        result.m_allocated += item.allocated;
        if (e.dueDate < asOf)
            result.m_overdue += item.remaining;
        result.m_items.append(item);
    }
    return result;
}

Money Allocation::overdueOn(const LedgerIndex& index, QDate asOf)
{
    return overdueOn(index, asOf, asOf.addDays(1));
}

Money Allocation::overdueOn(const LedgerIndex& index, QDate asOf, QDate creditsBefore)
{
    // The same walk as compute(), keeping only the sums it needs.
    const QList<LedgerEntry>& entries = index.entries();
    QVarLengthArray<qint64, 256> remaining(entries.size(), 0);
    for (int d : index.debitsInPoolOrder()) {
        const LedgerEntry& e = entries.at(d);
        if (e.date <= asOf)
            remaining[d] = e.amount.cents();
    }
    qint64 pool = 0;
    for (int c : index.credits()) {
        const LedgerEntry& e = entries.at(c);
        if (e.date > asOf || e.date >= creditsBefore)
            continue;
        qint64 left = e.amount.cents();
        const int target = index.matchedDebit(c);
        if (target >= 0 && entries.at(target).date <= asOf) {
            const qint64 paid = std::min(left, remaining[target]);
            remaining[target] -= paid;
            left -= paid;
        }
        pool += left;
    }
    qint64 overdue = 0;
    for (int d : index.debitsInPoolOrder()) {
        const LedgerEntry& e = entries.at(d);
        if (e.date > asOf)
            continue;
        const qint64 paid = std::min(pool, remaining[d]);
        pool -= paid;
        if (e.dueDate < asOf)
            overdue += remaining[d] - paid;
    }
    return Money::fromCents(overdue);
}

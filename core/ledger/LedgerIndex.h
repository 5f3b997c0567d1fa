#pragma once

#include "LedgerEntry.h"

#include <QList>

// One account's ledger prepared once for many allocations at different
// dates (the episode start evaluates several): the debits in pool order and,
// for each credit, the debit it names.
class LedgerIndex
{
public:
    explicit LedgerIndex(const QList<LedgerEntry>& entries);

    const QList<LedgerEntry>& entries() const { return m_entries; }
    // Indices of the debits, in pool order.
    const QList<int>& debitsInPoolOrder() const { return m_debits; }
    // Indices of the credits, by posting date then entry_ref.
    const QList<int>& credits() const { return m_credits; }
    // For credit i: the index of the debit it names, or -1.
    int matchedDebit(int creditIndex) const { return m_matched.at(creditIndex); }

private:
    const QList<LedgerEntry>& m_entries;
    QList<int> m_debits;
    QList<int> m_credits;
    QList<int> m_matched;
};

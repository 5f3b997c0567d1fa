#include "LedgerIndex.h"

#include "Allocation.h"

#include <algorithm>

LedgerIndex::LedgerIndex(const QList<LedgerEntry>& entries)
    : m_entries(entries)
{
    m_matched.fill(-1, entries.size());
    m_debits.reserve(entries.size());
    m_credits.reserve(entries.size());
    bool anyMatch = false;
    for (int i = 0; i < entries.size(); ++i) {
        if (entries.at(i).side == Side::Debit) {
            m_debits.append(i);
        } else {
            m_credits.append(i);
            anyMatch = anyMatch || !entries.at(i).matches.isEmpty();
        }
    }
    // Ledgers mostly arrive already in order (by entry_ref, which follows
    // the months): checking costs one comparison per entry, sorting many.
    const auto debitBefore = [&entries](int a, int b) {
        return Allocation::poolBefore(entries.at(a), entries.at(b));
    };
    if (!std::is_sorted(m_debits.cbegin(), m_debits.cend(), debitBefore))
        std::sort(m_debits.begin(), m_debits.end(), debitBefore);
    const auto creditBefore = [&entries](int a, int b) {
        const LedgerEntry& x = entries.at(a);
        const LedgerEntry& y = entries.at(b);
        if (x.date != y.date)
            return x.date < y.date;
        return x.entryRef < y.entryRef;
    };
    if (!std::is_sorted(m_credits.cbegin(), m_credits.cend(), creditBefore))
        std::sort(m_credits.begin(), m_credits.end(), creditBefore);
    // Most ledgers name no debit: the reports index every account of the
    // agency, so the debits by ref are listed only where a credit needs it.
    if (!anyMatch)
        return;
    // The debits by entry_ref, searched by halves: the stream and the
    // loaders read ledgers in entry_ref order, so this rarely needs a sort,
    // and hashing every ref cost more than all the rest of the index.
    QList<int> byRef;
    byRef.reserve(m_debits.size());
    for (int i = 0; i < entries.size(); ++i)
        if (entries.at(i).side == Side::Debit)
            byRef.append(i);
    const auto refBefore = [&entries](int a, int b) {
        return entries.at(a).entryRef < entries.at(b).entryRef;
    };
    if (!std::is_sorted(byRef.cbegin(), byRef.cend(), refBefore))
        std::stable_sort(byRef.begin(), byRef.end(), refBefore);
    for (int c : std::as_const(m_credits)) {
        const QString& ref = entries.at(c).matches;
        if (ref.isEmpty())
            continue;
        const auto it = std::lower_bound(
            byRef.cbegin(), byRef.cend(), ref,
            [&entries](int d, const QString& r) { return entries.at(d).entryRef < r; });
        if (it != byRef.cend() && entries.at(*it).entryRef == ref)
            m_matched[c] = *it;
    }
}

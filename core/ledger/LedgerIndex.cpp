#include "LedgerIndex.h"

#include "Allocation.h"

#include <QHash>

#include <algorithm>

LedgerIndex::LedgerIndex(const QList<LedgerEntry>& entries)
    : m_entries(entries)
{
    QHash<QString, int> debitByRef;
    m_matched.fill(-1, entries.size());
    for (int i = 0; i < entries.size(); ++i) {
        if (entries.at(i).side == Side::Debit) {
            m_debits.append(i);
            debitByRef.insert(entries.at(i).entryRef, i);
        } else {
            m_credits.append(i);
        }
    }
    std::sort(m_debits.begin(), m_debits.end(), [&entries](int a, int b) {
        return Allocation::poolBefore(entries.at(a), entries.at(b));
    });
    std::sort(m_credits.begin(), m_credits.end(), [&entries](int a, int b) {
        const LedgerEntry& x = entries.at(a);
        const LedgerEntry& y = entries.at(b);
        if (x.date != y.date)
            return x.date < y.date;
        return x.entryRef < y.entryRef;
    });
    for (int c : std::as_const(m_credits)) {
        const QString& ref = entries.at(c).matches;
        if (!ref.isEmpty())
            m_matched[c] = debitByRef.value(ref, -1);
    }
}

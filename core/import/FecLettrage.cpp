#include "FecLettrage.h"

#include <algorithm>
#include <climits>

namespace {

qint32 day(const QDate& d)
{
    static const qint64 epoch = QDate(2000, 1, 1).toJulianDay();
    return d.isValid() ? qint32(d.toJulianDay() - epoch) : INT_MIN;
}

} // namespace

void FecLettrage::add(size_t key, int line, Side side, const QDate& date, const QDate& dateLet,
                      qint64 cents, QByteArrayView debitRef)
{
    quint32 ref = 0;
    if (side == Side::Debit) {
        ref = quint32(m_refs.size());
        m_refs += debitRef;
        m_refs += '\0';
    }
    m_members.push_back({key, cents, line, day(date), day(dateLet), ref, side == Side::Debit});
}

void FecLettrage::resolve()
{
    std::sort(m_members.begin(), m_members.end(), [](const Member& a, const Member& b) {
        return std::tie(a.key, a.date, a.line) < std::tie(b.key, b.date, b.line);
    });
    // One group: its debits (oldest first) with what is left to pay.
    std::vector<std::pair<const Member*, qint64>> debits;
    std::vector<const Member*> credits;
    const auto settle = [&] {
        for (const Member* c : credits)
            for (auto& [d, left] : debits) {
                if (left <= 0)
                    continue;
                m_matches.emplace_back(c->line, d->ref);
                left -= c->cents;
                break;
            }
        debits.clear();
        credits.clear();
    };
    bool first = true;
    size_t groupKey = 0;
    qint32 closedOn = INT_MIN;
    for (const Member& m : m_members) {
        // A new code, or the same code used again after its group was closed.
        if (first || m.key != groupKey || (closedOn != INT_MIN && m.date > closedOn)) {
            settle();
            first = false;
            groupKey = m.key;
            closedOn = INT_MIN;
        }
        closedOn = std::max(closedOn, m.dateLet);
        if (m.debit)
            debits.emplace_back(&m, m.cents);
        else
            credits.push_back(&m);
    }
    settle();
    m_members.clear();
    m_members.shrink_to_fit();
    std::sort(m_matches.begin(), m_matches.end());
}

QString FecLettrage::matchesOf(int line) const
{
    const auto it =
        std::lower_bound(m_matches.begin(), m_matches.end(), std::pair<int, quint32>(line, 0));
    if (it == m_matches.end() || it->first != line)
        return {};
    return QString::fromUtf8(m_refs.constData() + it->second);
}

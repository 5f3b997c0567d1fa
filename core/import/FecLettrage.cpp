#include "FecLettrage.h"

#include <algorithm>

void FecLettrage::add(const QString& accountRef, const QString& code, int line, Side side,
                      const QDate& date, const QDate& dateLet, qint64 cents,
                      const QString& debitRef)
{
    m_members.push_back({qHashMulti(0x5EC, accountRef, code), line, date.toJulianDay(),
                         dateLet.isValid() ? dateLet.toJulianDay() : 0, cents, side == Side::Debit,
                         side == Side::Debit ? debitRef : QString()});
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
        for (const Member* c : credits) {
            qint64 cents = c->cents;
            for (auto& [d, left] : debits) {
                if (left <= 0)
                    continue;
                m_matches.emplace(c->line, d->debitRef);
                left -= cents;
                break;
            }
        }
        debits.clear();
        credits.clear();
    };
    size_t groupKey = 0;
    qint64 closedOn = 0;
    for (const Member& m : m_members) {
        // A new code, or the same code used again after its group was closed.
        if (m.key != groupKey || (closedOn != 0 && m.date > closedOn)) {
            settle();
            groupKey = m.key;
            closedOn = 0;
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
}

QString FecLettrage::matchesOf(int line) const
{
    const auto it = m_matches.find(line);
    return it == m_matches.end() ? QString() : it->second;
}

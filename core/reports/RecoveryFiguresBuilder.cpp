#include "RecoveryFiguresBuilder.h"

#include "ledger/Allocation.h"
#include "ledger/Episode.h"
#include "ledger/LedgerIndex.h"

#include <algorithm>

namespace {

constexpr int monthsShown = 24;
constexpr int clearedSoon = 15;
constexpr int clearedLater = 30;

QDate firstOfMonth(QDate d)
{
    return QDate(d.year(), d.month(), 1);
}

// Σ debits − Σ credits posted on or before each date: where it is zero or
// less, every posted debit is paid and nothing can be overdue, so the
// allocation is not run (most of an agency's history is paid on time).
class BalanceSteps
{
public:
    explicit BalanceSteps(const QList<LedgerEntry>& entries)
    {
        m_steps.reserve(entries.size());
        for (const LedgerEntry& e : entries)
            m_steps.append({e.date, e.side == Side::Debit ? e.amount.cents() : -e.amount.cents()});
        std::sort(m_steps.begin(), m_steps.end(),
                  [](const Step& a, const Step& b) { return a.date < b.date; });
        qint64 sum = 0;
        for (Step& s : m_steps) {
            sum += s.delta;
            s.delta = sum;
        }
    }
    // The balance at the end of `day`.
    qint64 at(QDate day) const
    {
        const auto it = std::upper_bound(m_steps.cbegin(), m_steps.cend(), day,
                                         [](QDate d, const Step& s) { return d < s.date; });
        return it == m_steps.cbegin() ? 0 : std::prev(it)->delta;
    }

private:
    struct Step
    {
        QDate date;
        qint64 delta; // after the constructor: the running balance
    };
    QList<Step> m_steps;
};

} // namespace

RecoveryFiguresBuilder::RecoveryFiguresBuilder(QDate asOf, QDate from)
    : m_monthEnds(monthEnds(asOf))
{
    m_figures.asOf = asOf;
    m_figures.from = from;
    m_figures.monthAgo = asOf.addMonths(-1);
    for (AgeBucket b : AgeBuckets::all())
        m_figures.ageing.append({b, Money(), 0});
    for (QDate end : std::as_const(m_monthEnds))
        m_figures.monthly.append({end, Money(), 0});
    for (QDate m = firstOfMonth(from); m <= asOf; m = m.addMonths(1))
        m_figures.recovered.append({m, Money()});
}

QList<QDate> RecoveryFiguresBuilder::monthEnds(QDate asOf)
{
    QDate last = firstOfMonth(asOf).addMonths(1).addDays(-1);
    if (last > asOf)
        last = firstOfMonth(asOf).addDays(-1);
    QList<QDate> ends;
    for (int i = monthsShown - 1; i >= 0; --i) {
        const QDate month = firstOfMonth(last).addMonths(-i);
        ends.append(month.addMonths(1).addDays(-1));
    }
    return ends;
}

void RecoveryFiguresBuilder::nameLevel(int level, const QString& name)
{
    LevelEffectiveness& l = m_levels[level];
    l.level = level;
    if (!name.isEmpty())
        l.name = name;
}

void RecoveryFiguresBuilder::add(const QList<LedgerEntry>& entries,
                                 const QList<IssuedReminder>& periodReminders)
{
    const QDate asOf = m_figures.asOf;
    const LedgerIndex index(entries);
    const BalanceSteps balance(entries);
    auto overdueOn = [&](QDate d) {
        return balance.at(d) > 0 ? Allocation::overdueOn(index, d) : Money();
    };

    const Money overdue = overdueOn(asOf);
    if (overdue.isPositive()) {
        m_figures.totalOverdue += overdue;
        ++m_figures.debtors;
        const int days = int(Episode::start(index, asOf).daysTo(asOf));
        AgeingRow& row = m_figures.ageing[AgeBuckets::all().indexOf(AgeBuckets::of(days))];
        row.amount += overdue;
        ++row.count;
    }
    const Money monthAgo = overdueOn(m_figures.monthAgo);
    if (monthAgo.isPositive()) {
        m_figures.totalOverdueMonthAgo += monthAgo;
        ++m_figures.debtorsMonthAgo;
    }
    for (MonthEndOverdue& m : m_figures.monthly) {
        const Money o = overdueOn(m.monthEnd);
        if (o.isPositive()) {
            m.overdue += o;
            ++m.debtors;
        }
    }

    // The days something was paid or credited: the only days on which the
    // overdue amount goes down.
    QList<QDate> creditDays;
    for (const LedgerEntry& e : entries)
        if (e.side == Side::Credit)
            creditDays.append(e.date);
    std::sort(creditDays.begin(), creditDays.end());
    creditDays.erase(std::unique(creditDays.begin(), creditDays.end()), creditDays.end());

    for (QDate day : std::as_const(creditDays)) {
        if (day < m_figures.from || day > asOf)
            continue;
        // What was overdue that day before its credits, less what remained.
        const Money recovered = Allocation::overdueOn(index, day, day) - overdueOn(day);
        if (recovered.isPositive()) {
            const int at =
                (day.year() - m_figures.from.year()) * 12 + day.month() - m_figures.from.month();
            m_figures.recovered[at].amount += recovered;
        }
    }

    for (const IssuedReminder& r : periodReminders) {
        LevelEffectiveness& level = m_levels[r.level];
        level.level = r.level;
        ++level.issued;
        for (QDate day : std::as_const(creditDays)) {
            if (day <= r.date)
                continue;
            const qint64 after = r.date.daysTo(day);
            if (after > clearedLater || day > asOf)
                break;
            if (overdueOn(day).isZero()) {
                if (after <= clearedSoon)
                    ++level.cleared15;
                ++level.cleared30;
                break;
            }
        }
    }
}

void RecoveryFiguresBuilder::merge(const RecoveryFiguresBuilder& other)
{
    const RecoveryFigures& o = other.m_figures;
    m_figures.totalOverdue += o.totalOverdue;
    m_figures.debtors += o.debtors;
    m_figures.totalOverdueMonthAgo += o.totalOverdueMonthAgo;
    m_figures.debtorsMonthAgo += o.debtorsMonthAgo;
    for (qsizetype i = 0; i < m_figures.ageing.size(); ++i) {
        m_figures.ageing[i].amount += o.ageing.at(i).amount;
        m_figures.ageing[i].count += o.ageing.at(i).count;
    }
    for (qsizetype i = 0; i < m_figures.monthly.size(); ++i) {
        m_figures.monthly[i].overdue += o.monthly.at(i).overdue;
        m_figures.monthly[i].debtors += o.monthly.at(i).debtors;
    }
    for (qsizetype i = 0; i < m_figures.recovered.size(); ++i)
        m_figures.recovered[i].amount += o.recovered.at(i).amount;
    for (const LevelEffectiveness& l : other.m_levels) {
        LevelEffectiveness& mine = m_levels[l.level];
        mine.level = l.level;
        if (mine.name.isEmpty())
            mine.name = l.name;
        mine.issued += l.issued;
        mine.cleared15 += l.cleared15;
        mine.cleared30 += l.cleared30;
    }
}

RecoveryFigures RecoveryFiguresBuilder::figures() const
{
    RecoveryFigures f = m_figures;
    f.levels = m_levels.values();
    return f;
}

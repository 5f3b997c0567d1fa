#include "RecoveryPath.h"

#include "ledger/Allocation.h"
#include "ledger/Episode.h"
#include "ledger/LedgerIndex.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace {

// The loi 2023-668 shortened the delay of the resolutory clause for leases
// signed (or renewed) from its entry into force.
const QDate shortClauseLeasesFrom(2023, 7, 29);
constexpr int prescriptionNearDays = 182;

// What the rules look at on one day t, with the entries posted by then.
struct DayState
{
    Money overdue;
    int unpaidRents = 0;           // rent debits overdue with nothing allocated
    bool consecutiveRents = false; // two of them due in consecutive months
    QDate oldestOverdueDue;
};

DayState stateOn(const LedgerIndex& index, QDate t)
{
    const Allocation allocation = Allocation::compute(index, t);
    DayState s;
    s.overdue = allocation.overdue();
    QSet<int> months;
    for (const AllocatedItem& item : allocation.items()) {
        const LedgerEntry& e = index.entries().at(item.entry);
        if (!item.remaining.isPositive() || e.dueDate >= t)
            continue;
        if (!s.oldestOverdueDue.isValid() || e.dueDate < s.oldestOverdueDue)
            s.oldestOverdueDue = e.dueDate;
        if (e.kind == EntryKind::Rent && item.allocated.isZero()) {
            ++s.unpaidRents;
            months.insert(e.dueDate.year() * 12 + e.dueDate.month() - 1);
        }
    }
    for (int m : std::as_const(months))
        if (months.contains(m + 1))
            s.consecutiveRents = true;
    return s;
}

// The days of E+1 … D on which what the rules look at may change: E+1, the
// posting dates and the days debits become overdue. Between two of them the
// state is the one of the earlier.
QList<QDate> changeDays(const QList<LedgerEntry>& entries, QDate episodeStart, QDate asOf)
{
    QList<QDate> days{episodeStart.addDays(1)};
    for (const LedgerEntry& e : entries) {
        days.append(e.date);
        if (e.side == Side::Debit)
            days.append(std::max(e.date, e.dueDate.addDays(1)));
    }
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    days.erase(std::remove_if(days.begin(), days.end(),
                              [&](const QDate& d) { return d <= episodeStart || d > asOf; }),
               days.end());
    return days;
}

class Computation
{
public:
    Computation(const RecoveryPath::Input& input, QDate asOf, const RecoverySettings& settings)
        : m_input(input)
        , m_asOf(asOf)
        , m_settings(settings)
        , m_index(input.entries)
    {}

    RecoveryView run()
    {
        RecoveryView view;
        prescriptions(view);
        m_episodeStart = Episode::start(m_index, m_asOf);
        if (m_episodeStart >= m_asOf)
            return view; // nothing overdue: no episode, no deadline
        m_days = changeDays(m_input.entries, m_episodeStart, m_asOf);
        m_states.reserve(m_days.size());
        for (const QDate& day : std::as_const(m_days))
            m_states.append(stateOn(m_index, day));

        deadlines(view);
        ccapex(view);
        clause(view);
        std::stable_sort(view.deadlines.begin(), view.deadlines.end(),
                         [](const Deadline& a, const Deadline& b) {
                             return a.due != b.due ? a.due < b.due : a.kind < b.kind;
                         });
        return view;
    }

private:
    const RecoveryAccount& account() const { return m_input.account; }

    QDate firstDay(const std::function<bool(const DayState&)>& holds) const
    {
        for (qsizetype i = 0; i < m_days.size(); ++i)
            if (holds(m_states.at(i)))
                return m_days.at(i);
        return {};
    }

    // Events that count: not cancelled, dated by D.
    bool eventBetween(CaseEventKind kind, QDate from) const
    {
        return std::any_of(m_input.events.cbegin(), m_input.events.cend(), [&](const CaseEvent& e) {
            return !e.cancelled && e.kind == kind && e.date >= from && e.date <= m_asOf;
        });
    }
    // The latest event of `kind` in the episode (E+1 … D), or null.
    QDate latestInEpisode(CaseEventKind kind) const
    {
        QDate latest;
        for (const CaseEvent& e : m_input.events)
            if (!e.cancelled && e.kind == kind && e.date > m_episodeStart && e.date <= m_asOf &&
                (!latest.isValid() || e.date > latest))
                latest = e.date;
        return latest;
    }
    bool reminderBetween(QDate from, bool RecoveryReminder::*what) const
    {
        return std::any_of(m_input.reminders.cbegin(), m_input.reminders.cend(),
                           [&](const RecoveryReminder& r) {
                               return r.*what && r.date >= from && r.date <= m_asOf;
                           });
    }
    bool formalNoticeSince(QDate from) const
    {
        return reminderBetween(from, &RecoveryReminder::registered) ||
               eventBetween(CaseEventKind::FormalNoticeSent, from);
    }

    void add(RecoveryView& view, DeadlineKind kind, QDate since, QDate due, bool done) const
    {
        if (!m_settings.enabled(kind) || !since.isValid())
            return;
        Deadline d;
        d.kind = kind;
        d.since = since;
        d.due = due;
        d.status = done ? DeadlineStatus::Done
                        : (due >= m_asOf ? DeadlineStatus::Open : DeadlineStatus::Late);
        d.source = RecoveryPath::source(kind, account(), m_settings);
        view.deadlines.append(d);
    }

    void deadlines(RecoveryView& view) const
    {
        const Money net = account().netMonthly();
        const bool home = account().isHome();
        // T: the due date of the oldest item overdue on E+1; it does not move
        // when that item is paid later.
        const QDate t = m_states.isEmpty() ? QDate() : m_states.first().oldestOverdueDue;

        if (home && account().housingAid.isPositive()) {
            const QDate c = firstDay([&](const DayState& s) {
                return s.overdue >= net + net; // « constitué »: twice the net monthly amount
            });
            if (c.isValid())
                add(view, DeadlineKind::CafReport, c, c.addMonths(2),
                    eventBetween(CaseEventKind::CafReported, c));
        }
        if (home) {
            const QDate r = latestInEpisode(CaseEventKind::CafReported);
            if (r.isValid()) {
                const bool planMade = std::any_of(
                    m_input.paymentPlansCreated.cbegin(), m_input.paymentPlansCreated.cend(),
                    [&](const QDate& created) { return created >= r && created <= m_asOf; });
                add(view, DeadlineKind::CafPlan, r, r.addMonths(6),
                    planMade || eventBetween(CaseEventKind::CafPlanSent, r));
            }
        }
        if (home && account().guarantee == Guarantee::Visale) {
            const QDate c =
                firstDay([&](const DayState& s) { return s.unpaidRents >= 2 || s.overdue > net; });
            if (c.isValid()) {
                add(view, DeadlineKind::VisaleNotice, c, c.addDays(15), formalNoticeSince(c));
                add(view, DeadlineKind::VisaleClaim, c, c.addDays(30),
                    eventBetween(CaseEventKind::VisaleDeclared, c));
            }
        }
        if (account().guarantee == Guarantee::Gli && t.isValid()) {
            add(view, DeadlineKind::GliNotice, t, t.addDays(m_settings.gli.noticeDays),
                formalNoticeSince(t));
            add(view, DeadlineKind::GliClaim, t, t.addDays(m_settings.gli.claimDays),
                eventBetween(CaseEventKind::GliDeclared, t));
        }
        if (account().guarantee == Guarantee::Guarantor && account().guarantorReachable &&
            t.isValid())
            add(view, DeadlineKind::GuarantorInfo, t, t.addMonths(1),
                reminderBetween(t, &RecoveryReminder::reachedGuarantor));
        if (home && account().guarantee == Guarantee::Guarantor) {
            const QDate s = latestInEpisode(CaseEventKind::CommandementServed);
            if (s.isValid())
                add(view, DeadlineKind::GuarantorService, s, s.addDays(15),
                    eventBetween(CaseEventKind::CommandementServedGuarantor, s));
        }
    }

    void ccapex(RecoveryView& view) const
    {
        if (!m_settings.ccapexEnabled || !account().isHome() || m_states.isEmpty())
            return;
        const bool approximate = !account().rentExclCharges.has_value();
        const Money rent = account().rentExclCharges.value_or(account().monthlyRent);
        auto holds = [&](const DayState& s) {
            // A rent of 0 is an unknown rent, not a threshold every debt reaches.
            return s.consecutiveRents || (rent.isPositive() && s.overdue >= rent + rent);
        };
        QDate since;
        for (qsizetype i = 0; i < m_days.size(); ++i) {
            if (!holds(m_states.at(i)))
                since = QDate();
            else if (!since.isValid())
                since = m_days.at(i);
        }
        if (since.isValid())
            view.ccapex = CcapexFlag{since, approximate};
    }

    void clause(RecoveryView& view) const
    {
        const QDate s = latestInEpisode(CaseEventKind::CommandementServed);
        if (!s.isValid())
            return;
        switch (account().leaseType) {
        case LeaseType::Residential:
        case LeaseType::Furnished:
            // Leases signed before the law, or whose start is unknown, keep
            // the two months (Cass. avis 13 June 2024, n° 24-70.002).
            view.clauseEffective =
                account().leaseStart.isValid() && account().leaseStart >= shortClauseLeasesFrom
                    ? s.addDays(42)
                    : s.addMonths(2);
            break;
        case LeaseType::Commercial:
        case LeaseType::Professional:
            view.clauseEffective = s.addMonths(1);
            break;
        case LeaseType::Parking:
        case LeaseType::Other:
            break;
        }
    }

    void prescriptions(RecoveryView& view) const
    {
        if (!m_settings.prescriptionEnabled)
            return;
        // A signed acknowledgment restarts the time (C. civ. 2240); a
        // reminder or a formal notice does not.
        QDate acknowledged;
        for (const CaseEvent& e : m_input.events)
            if (!e.cancelled && e.kind == CaseEventKind::DebtAcknowledged && e.date <= m_asOf &&
                (!acknowledged.isValid() || e.date > acknowledged))
                acknowledged = e.date;
        const int years = account().isHome() ? 3 : 5;
        const Allocation allocation = Allocation::compute(m_index, m_asOf);
        for (const AllocatedItem& item : allocation.items()) {
            if (!item.remaining.isPositive())
                continue;
            const LedgerEntry& e = m_index.entries().at(item.entry);
            const QDate from =
                acknowledged.isValid() && acknowledged > e.dueDate ? acknowledged : e.dueDate;
            ItemPrescription p;
            p.entryRef = e.entryRef;
            p.dueDate = e.dueDate;
            p.prescribedOn = from.addYears(years);
            p.near = m_asOf.daysTo(p.prescribedOn) <= prescriptionNearDays;
            view.prescriptions.append(p);
        }
    }

    const RecoveryPath::Input& m_input;
    const QDate m_asOf;
    const RecoverySettings& m_settings;
    const LedgerIndex m_index;
    QDate m_episodeStart;
    QList<QDate> m_days;
    QList<DayState> m_states;
};

} // namespace

RecoveryView RecoveryPath::compute(const Input& input, QDate asOf, const RecoverySettings& settings)
{
    return Computation(input, asOf, settings).run();
}

QString RecoveryPath::source(DeadlineKind kind, const RecoveryAccount& account,
                             const RecoverySettings& settings)
{
    const QString msa =
        account.housingAidPayer == HousingAidPayer::Msa ? QStringLiteral(" (MSA)") : QString();
    switch (kind) {
    case DeadlineKind::CafReport:
        return QStringLiteral("CCH R.824-4") + msa;
    case DeadlineKind::CafPlan:
        return QStringLiteral("CCH R.824-12") + msa;
    case DeadlineKind::VisaleNotice:
    case DeadlineKind::VisaleClaim:
        return QStringLiteral("Visale");
    case DeadlineKind::GliNotice:
    case DeadlineKind::GliClaim:
        return QStringLiteral("GLI : ") + settings.gli.name;
    case DeadlineKind::GuarantorInfo:
        return QStringLiteral("C. civ. 2303");
    case DeadlineKind::GuarantorService:
        return QStringLiteral("loi 89-462 art. 24");
    }
    return {};
}

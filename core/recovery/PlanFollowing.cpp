#include "PlanFollowing.h"

#include "ledger/Allocation.h"
#include "ledger/LedgerIndex.h"

#include <algorithm>

namespace {

// The days of P … D on which overdue or allowed may change: P, the posting
// dates, the days debits become overdue and the days after each instalment
// (allowed counts instalments due before the day). Between two of them
// nothing changes, so they are the only days to look at.
QList<QDate> changeDays(const PaymentPlan& plan, const QList<LedgerEntry>& entries, QDate asOf)
{
    QList<QDate> days{plan.created};
    for (const LedgerEntry& e : entries) {
        days.append(e.date);
        if (e.side == Side::Debit)
            days.append(std::max(e.date, e.dueDate.addDays(1)));
    }
    for (const Instalment& i : plan.schedule())
        days.append(i.due.addDays(1));
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    days.erase(std::remove_if(days.begin(), days.end(),
                              [&](const QDate& d) { return d < plan.created || d > asOf; }),
               days.end());
    return days;
}

} // namespace

std::optional<PlanStatus> PlanFollowing::follow(const PaymentPlan& plan,
                                                const QList<LedgerEntry>& entries, QDate asOf,
                                                int graceDays)
{
    if (!plan.created.isValid() || asOf < plan.created)
        return std::nullopt;
    const LedgerIndex index(entries);
    PlanStatus status;
    QDate lateSince;
    bool final = false;
    for (const QDate& t : changeDays(plan, entries, asOf)) {
        // The days since the previous change day were like it: a stretch
        // late since L broke on L + grace when that day came before t.
        if (lateSince.isValid() && lateSince.addDays(graceDays) < t) {
            status.state = PlanState::Broken;
            status.brokenOn = lateSince.addDays(graceDays);
            final = true;
            break;
        }
        const Money overdue = Allocation::compute(index, t).overdue();
        if (t > plan.created && overdue.isZero()) {
            status.state = PlanState::Completed;
            status.completedOn = t;
            lateSince = {};
            final = true;
            break;
        }
        if (overdue > plan.allowed(t)) {
            if (!lateSince.isValid())
                lateSince = t;
            if (lateSince.addDays(graceDays) == t) {
                status.state = PlanState::Broken;
                status.brokenOn = t;
                final = true;
                break;
            }
        } else {
            lateSince = {};
        }
    }
    if (!final && lateSince.isValid()) {
        if (lateSince.addDays(graceDays) <= asOf) {
            status.state = PlanState::Broken;
            status.brokenOn = lateSince.addDays(graceDays);
        } else {
            status.state = PlanState::Late;
        }
    }
    status.lateSince = lateSince;
    status.allowed = plan.allowed(asOf);
    status.overdue = Allocation::compute(index, asOf).overdue();
    return status;
}

std::optional<std::pair<PaymentPlan, PlanStatus>>
PlanFollowing::current(const QList<PaymentPlan>& plans, const QList<LedgerEntry>& entries,
                       QDate asOf, int graceDays)
{
    const PaymentPlan* latest = nullptr;
    for (const PaymentPlan& p : plans)
        if (p.created <= asOf && (!latest || p.created >= latest->created))
            latest = &p;
    if (!latest)
        return std::nullopt;
    auto status = follow(*latest, entries, asOf, graceDays);
    if (!status)
        return std::nullopt;
    return std::pair{*latest, *status};
}

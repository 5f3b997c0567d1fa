#include "DeadlineReport.h"

#include "reminders/Planner.h"

#include <algorithm>

namespace {

// Refs compare by Unicode code point (cli.md « JSON »).
bool refLess(const QString& a, const QString& b)
{
    return Planner::refLess(a, b);
}

} // namespace

int DeadlineReport::lateCount() const
{
    return int(std::count_if(deadlines.cbegin(), deadlines.cend(), [](const AccountDeadline& d) {
        return d.deadline.status == DeadlineStatus::Late;
    }));
}

std::optional<AccountDeadline> DeadlineReport::nextFor(qint64 accountId) const
{
    // The list is sorted by due date: the first one of the account is its next.
    for (const AccountDeadline& d : deadlines)
        if (d.accountId == accountId)
            return d;
    return std::nullopt;
}

void DeadlineReport::sort()
{
    std::stable_sort(
        deadlines.begin(), deadlines.end(), [](const AccountDeadline& a, const AccountDeadline& b) {
            if (a.deadline.due != b.deadline.due)
                return a.deadline.due < b.deadline.due;
            if (a.ref != b.ref)
                return refLess(a.ref, b.ref);
            return DeadlineKeys::toKey(a.deadline.kind) < DeadlineKeys::toKey(b.deadline.kind);
        });
    std::stable_sort(flags.begin(), flags.end(),
                     [](const AccountCcapex& a, const AccountCcapex& b) {
                         if (a.flag.since != b.flag.since)
                             return a.flag.since < b.flag.since;
                         return refLess(a.ref, b.ref);
                     });
    std::stable_sort(warnings.begin(), warnings.end(),
                     [](const AccountPrescription& a, const AccountPrescription& b) {
                         if (a.item.prescribedOn != b.item.prescribedOn)
                             return a.item.prescribedOn < b.item.prescribedOn;
                         if (a.ref != b.ref)
                             return refLess(a.ref, b.ref);
                         return refLess(a.item.entryRef, b.item.entryRef);
                     });
}

#include "Episode.h"

#include "Allocation.h"
#include "LedgerIndex.h"

#include <algorithm>

QDate Episode::start(const QList<LedgerEntry>& entries, QDate asOf)
{
    const LedgerIndex index(entries);
    return start(index, asOf);
}

QDate Episode::start(const LedgerIndex& index, QDate asOf)
{
    const QList<LedgerEntry>& entries = index.entries();
    if (Allocation::overdueOn(index, asOf).isZero())
        return asOf;

    // Overdue (as of t) changes only on a posting date or on the day a debit
    // becomes overdue (the day after its due date): between two such days it
    // is constant, so these days are the only ones to evaluate.
    QList<QDate> events;
    events.reserve(entries.size() * 2);
    for (const LedgerEntry& e : entries) {
        if (e.date <= asOf)
            events.append(e.date);
        if (e.side == Side::Debit) {
            const QDate overdueFrom = std::max(e.date, e.dueDate.addDays(1));
            if (overdueFrom <= asOf)
                events.append(overdueFrom);
        }
    }
    std::sort(events.begin(), events.end());
    events.erase(std::unique(events.begin(), events.end()), events.end());

    // Newest first: the first day found with nothing overdue ends the search;
    // the episode starts on the last day of that quiet stretch.
    QDate laterEvent = asOf.addDays(1);
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (*it == asOf) {
            laterEvent = asOf;
            continue;
        }
        if (Allocation::overdueOn(index, *it).isZero())
            return laterEvent.addDays(-1);
        laterEvent = *it;
    }
    // Overdue before the first event of all: nothing was posted yet.
    return laterEvent.addDays(-1);
}

QList<IssuedReminder> Episode::remindersOf(const QList<IssuedReminder>& reminders,
                                           QDate episodeStart, QDate asOf)
{
    QList<IssuedReminder> result;
    for (const IssuedReminder& r : reminders)
        if (r.date > episodeStart && r.date <= asOf)
            result.append(r);
    return result;
}

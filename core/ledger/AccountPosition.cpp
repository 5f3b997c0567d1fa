#include "AccountPosition.h"

#include "Allocation.h"
#include "Episode.h"
#include "LedgerIndex.h"

bool AccountPosition::hasUnpaidReversal() const
{
    for (const PositionItem& item : items)
        if (item.kind == EntryKind::PaymentReversal && item.remaining.isPositive())
            return true;
    return false;
}

AccountPosition AccountPosition::compute(const QList<LedgerEntry>& entries,
                                         const QList<IssuedReminder>& reminders, QDate asOf)
{
    AccountPosition p;
    p.asOf = asOf;
    const LedgerIndex index(entries);
    const Allocation allocation = Allocation::compute(index, asOf);
    p.balance = allocation.balance();
    p.overdue = allocation.overdue();
    for (const AllocatedItem& a : allocation.items()) {
        const LedgerEntry& e = entries.at(a.entry);
        if (!a.remaining.isPositive() || !(e.dueDate < asOf))
            continue;
        PositionItem item;
        item.entryId = e.id;
        item.entryRef = e.entryRef;
        item.label = e.label;
        item.kind = e.kind;
        item.date = e.date;
        item.dueDate = e.dueDate;
        item.amount = e.amount;
        item.remaining = a.remaining;
        if (!p.oldestDueDate.isValid() || e.dueDate < p.oldestDueDate)
            p.oldestDueDate = e.dueDate;
        p.items.append(item);
    }
    if (!p.isDebtor()) {
        p.episodeStart = asOf;
        return p;
    }
    p.daysLate = int(p.oldestDueDate.daysTo(asOf));
    p.episodeStart = Episode::start(index, asOf);
    p.arrearsSince = p.episodeStart.addDays(1);
    p.daysInArrears = int(p.episodeStart.daysTo(asOf));
    p.episodeReminders = Episode::remindersOf(reminders, p.episodeStart, asOf);
    for (const IssuedReminder& r : std::as_const(p.episodeReminders)) {
        if (r.level > p.lastLevel) {
            p.lastLevel = r.level;
            p.lastLevelRepeats = 0;
        }
        if (r.level == p.lastLevel)
            p.lastLevelRepeats = std::max(p.lastLevelRepeats, r.repeat);
        if (!p.lastReminderDate.isValid() || r.date > p.lastReminderDate)
            p.lastReminderDate = r.date;
    }
    return p;
}

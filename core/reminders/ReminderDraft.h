#pragma once

#include "ReminderLetter.h"
#include "ReminderRecord.h"

#include <QList>

struct PlannedReminder;
struct RunOptions;

// What a planned reminder becomes once issued: its record (with the snapshot
// of the overdue items its letters state) and its paper letters, one per
// addressee. The run records exactly this, and the preview draws exactly
// this before anything is recorded, so they cannot disagree.
class ReminderDraft
{
public:
    // The record, without its run, id or template (the caller sets them).
    static ReminderRecord record(const PlannedReminder& planned, const RunOptions& options);
    // The letters in print order: the tenant's, then each reachable
    // guarantor's. Empty when the level does not use paper.
    static QList<ReminderLetter> letters(const PlannedReminder& planned);
};

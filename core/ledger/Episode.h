#pragma once

#include "IssuedReminder.h"
#include "LedgerEntry.h"
#include "LedgerIndex.h"

#include <QDate>
#include <QList>

// The current arrears period (« période d'impayé ») of one account: it began
// on the last day E ≤ D on which the overdue amount (as of E) was zero.
class Episode
{
public:
    // E for an account whose ledger is `entries`, as of asOf. Overdue only
    // changes on a posting date or on the day after a due date, so only those
    // days are evaluated, newest first, stopping at the first zero.
    static QDate start(const QList<LedgerEntry>& entries, QDate asOf);
    static QDate start(const LedgerIndex& index, QDate asOf);

    // The reminders issued after E and on or before asOf.
    static QList<IssuedReminder> remindersOf(const QList<IssuedReminder>& reminders,
                                             QDate episodeStart, QDate asOf);
};

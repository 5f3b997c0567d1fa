#pragma once

#include "ledger/LedgerEntry.h"
#include "recovery/RecoveryPath.h"

#include <QList>

// What the recovery path reads of a debtor beyond its position: every entry
// posted by the as-of date, and its reminders with whether their level went
// by registered letter and whether a guarantor received them.
struct DebtorLedger
{
    QList<LedgerEntry> entries;
    QList<RecoveryReminder> reminders;
};

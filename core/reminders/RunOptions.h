#pragma once

#include "ReminderState.h"
#include "RunStatus.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// What a run is asked to do (cli.md `run`, the GUI's print step, run-due).
struct RunOptions
{
    QDate asOf;
    QStringList accountRefs; // empty: every debtor the plan issues to
    // Also issue to the listed accounts the plan skips for a reason that may
    // be overridden; `confirmedReason` is what the user confirmed (recorded).
    bool manual = false;
    QString templateName; // empty: each level's default template
    bool force = false;   // issue even on a stale ledger (the user confirmed)
    QString userName;
    RunMode mode = RunMode::Manual;
    qint64 levelId = 0;    // automation: only reminders at this level; its month is claimed
    int levelPosition = 0; // that level's position, recorded with the run
    // What happens to the letters right after the run: rendered to PDF
    // (generated), sent to a printer (printed), or left for the next print
    // batch (pending).
    LetterState letterState = LetterState::Pending;
    bool queueEmails = true;  // add the outbox messages in the same transaction
    QJsonObject extraOptions; // recorded with the run (e.g. --out, --printer)

    QJsonObject toJson() const;
};

#pragma once

#include "letters/LetterProducer.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class Database;
struct RunRecord;

// What finishing a run did.
struct RunResumeOutcome
{
    qint64 runId = 0;
    int letters = 0; // letters written (or printed) now
    bool printed = false;
    QString mergedPath;   // the merged PDF written now, if any
    int emailsQueued = 0; // e-mails queued now (those already queued are not queued again)
    QStringList emailProblems;
    bool lettersInPrintBatch = false; // the run asked for no output: its letters wait there
};

// Finishes a recorded run that was stopped before its letters were written
// (a killed process, a full disk, a printer that refused): writes the letters
// that still have no PDF, where the run asked them to go, and queues the
// e-mails not yet queued. Never records a reminder: the run already did, and
// the letters and e-mails already done are left as they are, so finishing
// twice writes nothing twice. The CLI's `run --resume` and the Debtors
// screen's print batch both finish runs this way.
class RunResume
{
    Q_DECLARE_TR_FUNCTIONS(RunResume)

public:
    // The recorded runs that still owe letters, oldest first: letters still
    // to print without a PDF, of a run that asked for its letters to be
    // written or printed (not those left on purpose in the print batch).
    static Result<QList<qint64>> owingRuns(const Database& db);

    // Where the run's letters go: `override` when it names a destination,
    // else what the run recorded (--out, --merged, --printer); one PDF per
    // letter is always kept (the e-mails attach them), in the run's folder
    // beside the database when no folder was given.
    static LetterOutputOptions outputFor(const Database& db, const RunRecord& run,
                                         const LetterOutputOptions& override);

    // Queues the run's e-mails that are not in the outbox yet (idempotent);
    // adds the counts to `outcome`.
    static Status queueEmails(const Database& db, qint64 runId, RunResumeOutcome& outcome);

    static Result<RunResumeOutcome> resume(const Database& db, qint64 runId,
                                           const LetterOutputOptions& override = {});
};

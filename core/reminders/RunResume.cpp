#include "RunResume.h"

#include "RunRecord.h"
#include "mail/MailQueue.h"
#include "storage/ReminderRepository.h"
#include "storage/RunRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

bool namesOutput(const LetterOutputOptions& o)
{
    return !o.outDir.isEmpty() || !o.mergedPath.isEmpty() || !o.printerName.isEmpty();
}

QJsonObject optionsOf(const RunRecord& run)
{
    return QJsonDocument::fromJson(run.optionsJson.toUtf8()).object();
}

// The run asked for its letters to be written or printed (automation always
// writes them for the e-mails), as opposed to leaving them in the print batch.
bool askedForOutput(const RunRecord& run)
{
    if (run.mode == RunMode::Automated)
        return true;
    const QJsonObject o = optionsOf(run);
    return o.contains(QStringLiteral("out")) || o.contains(QStringLiteral("merged")) ||
           o.contains(QStringLiteral("printer"));
}

} // namespace

Result<QList<qint64>> RunResume::owingRuns(const Database& db)
{
    auto runs = ReminderRepository(db).runsWithUnwrittenLetters();
    if (!runs)
        return runs;
    QList<qint64> owing;
    RunRepository repo(db);
    for (qint64 id : std::as_const(*runs)) {
        auto run = repo.byId(id);
        if (!run)
            return Result<QList<qint64>>::failure(run.error());
        if (run->status == RunStatus::Completed && askedForOutput(*run))
            owing << id;
    }
    return owing;
}

LetterOutputOptions RunResume::outputFor(const Database& db, const RunRecord& run,
                                         const LetterOutputOptions& override)
{
    LetterOutputOptions output = override;
    if (!namesOutput(override)) {
        const QJsonObject o = optionsOf(run);
        output.outDir = o.value(QStringLiteral("out")).toString();
        output.mergedPath = o.value(QStringLiteral("merged")).toString();
        output.printerName = o.value(QStringLiteral("printer")).toString();
        // run-due keeps the paper copies in the print batch (its PDFs are
        // for the e-mails); so does a resumed automated run.
        output.keepInPrintBatch = run.mode == RunMode::Automated;
    }
    if (output.outDir.isEmpty())
        output.outDir = LetterProducer::runFolder(db, run.id);
    output.onlyUnwritten = true;
    return output;
}

Result<RunResumeOutcome> RunResume::resume(const Database& db, qint64 runId,
                                           const LetterOutputOptions& override)
{
    using R = Result<RunResumeOutcome>;
    auto run = RunRepository(db).byId(runId);
    if (!run)
        return R::failure(run.error());
    RunResumeOutcome outcome;
    outcome.runId = runId;
    if (run->status != RunStatus::Completed)
        return outcome; // a refused run recorded no reminder: nothing is owed

    if (askedForOutput(*run) || namesOutput(override)) {
        const LetterOutputOptions output = outputFor(db, *run, override);
        auto produced = LetterProducer::produceRun(db, runId, output);
        if (!produced)
            return R::failure(
                tr("Run %1: its letters were not written: %2").arg(runId).arg(produced.error()));
        outcome.letters = produced->letters;
        outcome.printed = produced->printed;
        outcome.mergedPath = produced->mergedPath;
    } else {
        auto letters = ReminderRepository(db).lettersOfRun(runId);
        if (!letters)
            return R::failure(letters.error());
        for (const ReminderLetter& l : std::as_const(*letters))
            if (l.state == LetterState::Pending && l.filePath.isEmpty())
                outcome.lettersInPrintBatch = true;
    }

    if (Status s = queueEmails(db, runId, outcome); !s)
        return R::failure(s.error());
    return outcome;
}

Status RunResume::queueEmails(const Database& db, qint64 runId, RunResumeOutcome& outcome)
{
    // Queueing is idempotent (one message per reminder, recipient and
    // address): only what a stopped run did not queue is added.
    auto queued = MailQueue::queueRun(db, runId);
    if (!queued)
        return Status::failure(queued.error());
    outcome.emailsQueued += queued->queued;
    outcome.emailProblems << queued->refused;
    return {};
}

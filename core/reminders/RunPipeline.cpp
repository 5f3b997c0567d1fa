#include "RunPipeline.h"

#include "RunResume.h"
#include "RunService.h"
#include "letters/LetterOutputCheck.h"
#include "storage/ReminderRepository.h"

#include <QDateTime>
#include <QFileInfo>
#include <QGuiApplication>

namespace {

int lettersOf(const RunOutcome& outcome)
{
    int letters = 0;
    for (const RunIssued& i : outcome.issued)
        letters += i.letters;
    return letters;
}

} // namespace

bool RunPipeline::canDraw()
{
    return qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr;
}

bool RunPipeline::namesOutput(const LetterOutputOptions& output)
{
    return !output.outDir.isEmpty() || !output.mergedPath.isEmpty() ||
           !output.printerName.isEmpty();
}

void RunPipeline::report(RunStep step, int done, int total) const
{
    if (m_progress)
        m_progress(step, done, total);
}

QString RunPipeline::lettersFolder() const
{
    return QFileInfo(LetterProducer::runFolder(m_db, 0)).absolutePath();
}

LetterOutputOptions RunPipeline::withProgress(LetterOutputOptions output) const
{
    output.progress = [this](int done, int total) {
        report(RunStep::DrawingLetters, done, total);
    };
    if (m_cancelled)
        output.cancelled = m_cancelled;
    return output;
}

RunPipelineResult RunPipeline::run(const RunRequest& request) const
{
    RunPipelineResult result;
    if (cancelled()) {
        result.failure = {RunFailureKind::Cancelled, {}};
        return result;
    }
    const bool wantsOutput = namesOutput(request.output);
    if (wantsOutput) {
        // Checked before anything is recorded: a run whose letters cannot be
        // written would be left half-done.
        report(RunStep::CheckingOutput, 0, 0);
        LetterOutputOptions where = request.output;
        if (request.keepLettersWithRun && where.outDir.isEmpty())
            where.outDir = lettersFolder();
        if (Status s = LetterOutputCheck::check(where); !s) {
            result.failure = {RunFailureKind::OutputUnusable, s.error()};
            return result;
        }
    }
    if (cancelled()) {
        result.failure = {RunFailureKind::Cancelled, {}};
        return result;
    }
    report(RunStep::Recording, 0, 0);
    auto outcome = RunService(m_db).run(request.options);
    if (!outcome) {
        result.failure = {RunFailureKind::NotRecorded, outcome.error()};
        return result;
    }
    result.outcome = *outcome;
    result.recorded = outcome->runId != 0;
    if (outcome->status == RunStatus::Refused) {
        result.failure = {RunFailureKind::Refused, outcome->message};
        return result;
    }

    RunDelivery& d = result.delivery;
    d.letters = lettersOf(*outcome);
    d.wantedOutput = wantsOutput;
    if (d.letters > 0 && wantsOutput) {
        LetterOutputOptions output = request.output;
        if (request.keepLettersWithRun && output.outDir.isEmpty())
            output.outDir = LetterProducer::runFolder(m_db, outcome->runId);
        produce(*outcome, output, d);
    }
    if (request.sendEmails && outcome->emailsQueued > 0)
        send(outcome->runId, d);
    return result;
}

void RunPipeline::produce(const RunOutcome& outcome, LetterOutputOptions output,
                          RunDelivery& d) const
{
    // Without a QGuiApplication nothing can be drawn: the letters stay in the
    // print batch, where a desktop (or `run --resume`) draws them later.
    if (!canDraw()) {
        d.lettersFailure = {RunFailureKind::CannotDraw, {}};
        return;
    }
    // produceRun creates the folder, or says why it cannot.
    auto produced = LetterProducer::produceRun(m_db, outcome.runId, withProgress(output));
    if (produced)
        d.produced = *produced;
    else
        d.lettersFailure = {RunFailureKind::LettersNotProduced, produced.error()};
}

void RunPipeline::send(qint64 runId, RunDelivery& d) const
{
    d.emailsAttempted = true;
    auto password = m_password ? m_password() : Result<QString>(QString());
    if (!password) {
        d.mailFailure = {RunFailureKind::NoPassword, password.error()};
        return;
    }
    Outbox::Options options;
    options.runId = runId;
    options.password = *password;
    options.progress = [this](int done, int total) {
        report(RunStep::SendingEmails, done, total);
    };
    if (m_cancelled)
        options.cancelled = m_cancelled;
    options.abort = m_abort;
    auto sent = Outbox(m_db).sendPending(options);
    if (sent)
        d.mail = *sent;
    else
        d.mailFailure = {RunFailureKind::MailNotSent, sent.error()};
}

RunDelivery RunPipeline::sendEmails(qint64 runId) const
{
    RunDelivery d;
    send(runId, d);
    return d;
}

RunDueResult RunPipeline::runDue(const QDate& today, bool force, const QString& userName) const
{
    RunDueResult result;
    if (cancelled()) {
        result.failure = {RunFailureKind::Cancelled, {}};
        return result;
    }
    // The runs' letters go beside the database: checked before any run is
    // recorded, so that none is left without its letters.
    report(RunStep::CheckingOutput, 0, 0);
    if (Status s = LetterOutputCheck::checkFolder(lettersFolder()); !s) {
        result.failure = {RunFailureKind::OutputUnusable, s.error()};
        return result;
    }
    report(RunStep::Recording, 0, 0);
    auto automation = Automation::runDue(m_db, today, force, userName);
    if (!automation) {
        result.failure = {RunFailureKind::NotRecorded, automation.error()};
        return result;
    }
    result.report = *automation;
    for (const AutomationLevelRun& level : std::as_const(result.report.levels)) {
        RunDelivery d;
        if (level.due && level.outcome.status != RunStatus::Refused) {
            d.letters = lettersOf(level.outcome);
            d.wantedOutput = true;
            // The PDFs are for the e-mails; the paper letters still wait in
            // the print batch.
            if (d.letters > 0) {
                LetterOutputOptions output;
                output.outDir = LetterProducer::runFolder(m_db, level.outcome.runId);
                output.keepInPrintBatch = true;
                produce(level.outcome, output, d);
            }
            if (level.outcome.emailsQueued > 0)
                send(level.outcome.runId, d);
        }
        result.deliveries << d;
    }
    return result;
}

PrintBatchResult RunPipeline::printBatch(const LetterOutputOptions& output) const
{
    PrintBatchResult result;
    auto letters = ReminderRepository(m_db).pendingLetters();
    if (!letters) {
        result.failure = {RunFailureKind::LettersNotProduced, letters.error()};
        return result;
    }
    // Runs stopped before their letters were written are finished by this
    // batch: their letters are in it; their e-mails follow.
    auto owing = RunResume::owingRuns(m_db);
    if (!owing) {
        result.failure = {RunFailureKind::LettersNotProduced, owing.error()};
        return result;
    }
    LetterOutputOptions o = withProgress(output);
    // One PDF per letter too: e-mails waiting for them can then go.
    o.outDir = LetterProducer::batchFolder(m_db, QDateTime::currentDateTime());
    auto produced = LetterProducer::produceLetters(m_db, *letters, o);
    if (!produced) {
        result.failure = {RunFailureKind::LettersNotProduced, produced.error()};
        return result;
    }
    result.produced = *produced;
    RunResumeOutcome finished;
    for (qint64 runId : std::as_const(*owing))
        if (Status s = RunResume::queueEmails(m_db, runId, finished); !s)
            finished.emailProblems << s.error();
    result.emailsQueued = finished.emailsQueued;
    result.emailProblems = finished.emailProblems;
    return result;
}

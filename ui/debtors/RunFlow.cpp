#include "RunFlow.h"

#include "common/BackgroundTask.h"
#include "common/MailPasswordProblem.h"
#include "common/MessageBox.h"
#include "mail/Keychain.h"
#include "mail/Outbox.h"
#include "mail/SmtpAbort.h"
#include "mail/SmtpPassword.h"
#include "reminders/RunPipeline.h"
#include "storage/Database.h"

#include <QDir>
#include <QWidget>

namespace {
// The pipeline's steps in the words of the progress bar.
RunPipeline::Progress progressOf(BackgroundTask::Control& control)
{
    return [&control](RunStep step, int done, int total) {
        switch (step) {
        case RunStep::CheckingOutput:
            break; // quick: the bar keeps its last text
        case RunStep::Recording:
            control.progress(done, total, RunFlow::tr("Recording the reminders…"));
            break;
        case RunStep::DrawingLetters:
            control.progress(done, total, RunFlow::tr("Drawing the letters…"));
            break;
        case RunStep::SendingEmails:
            control.progress(done, total, RunFlow::tr("Sending the e-mails…"));
            break;
        }
    };
}

// A pipeline that reports to `control` and stops when it is cancelled.
RunPipeline pipelineFor(const Database& db, BackgroundTask::Control& control)
{
    RunPipeline pipeline(db);
    pipeline.setProgress(progressOf(control));
    pipeline.setCancelled([&control] { return control.cancelled(); });
    return pipeline;
}

// « LOC0001, LOC0002 and 3 more »: enough to recognise the batch.
QString someRefs(const QStringList& refs)
{
    constexpr int shown = 8;
    if (refs.size() <= shown)
        return refs.join(QStringLiteral(", "));
    return RunFlow::tr("%1 and %n more", nullptr, int(refs.size() - shown))
        .arg(refs.mid(0, shown).join(QStringLiteral(", ")));
}
} // namespace

RunFlow::RunFlow(const Database& db, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_window(window)
{}

RunFlow::~RunFlow()
{
    delete m_task; // waits for the work
}

bool RunFlow::isBusy() const
{
    return m_task && m_task->isRunning();
}

void RunFlow::cancel()
{
    if (m_task)
        m_task->cancel();
}

void RunFlow::launch(BackgroundTask* task)
{
    delete m_task;
    m_task = task;
    connect(task, &BackgroundTask::progressChanged, this, &RunFlow::progressChanged);
    emit busyChanged(true);
    task->start();
}

bool RunFlow::start(const RunOptions& options, const LetterOutputOptions& output)
{
    if (isBusy())
        return false;
    auto result = std::make_shared<RunPipelineResult>();
    const Database& db = m_db;
    RunRequest request;
    request.options = options;
    request.output = output;
    // One PDF per letter as well, kept with the run: the e-mails attach
    // them and the history opens them.
    request.keepLettersWithRun = true;
    auto* task = new BackgroundTask(
        m_db,
        [&db, request, result](BackgroundTask::Control& control) {
            *result = pipelineFor(db, control).run(request);
        },
        this);
    connect(task, &BackgroundTask::finished, this, [this, result] { runFinished(result); });
    launch(task);
    return true;
}

void RunFlow::runFinished(const std::shared_ptr<RunPipelineResult>& result)
{
    emit busyChanged(false);
    switch (result->failure.kind) {
    case RunFailureKind::Cancelled:
        emit done(tr("Cancelled: nothing was recorded."));
        return;
    case RunFailureKind::OutputUnusable:
    case RunFailureKind::NotRecorded:
        MessageBox::warning(m_window, tr("Print"),
                            tr("Nothing was recorded: %1").arg(result->failure.reason));
        emit done(result->failure.reason);
        return;
    case RunFailureKind::Refused:
        m_outcome = result->outcome;
        MessageBox::warning(m_window, tr("Print"), m_outcome.message);
        emit done(m_outcome.message);
        return;
    default:
        break;
    }
    m_outcome = result->outcome;
    emit runRecorded(m_outcome.runId);

    const RunDelivery& d = result->delivery;
    const bool wantedLetters = d.letters > 0 && d.wantedOutput;
    QStringList summary{tr("%n reminder(s) issued.", nullptr, int(m_outcome.issued.size()))};
    QStringList problems;
    if (d.produced) {
        if (d.produced->printed)
            summary << tr("%n letter(s) sent to the printer.", nullptr, d.produced->letters);
        else if (!d.produced->mergedPath.isEmpty())
            summary << tr("%n letter(s) written to %2.", nullptr, d.produced->letters)
                           .arg(QDir::toNativeSeparators(d.produced->mergedPath));
        else
            summary << tr("%n letter(s) written.", nullptr, d.produced->letters);
    } else if (wantedLetters) {
        problems << tr("The reminders are recorded, but their letters were not produced: %1 "
                       "They wait in the print batch: print them from the Debtors screen.")
                        .arg(d.lettersFailure.reason);
        summary << tr("The letters wait in the print batch.");
    }
    for (const RunNotIssued& n : std::as_const(m_outcome.notIssued))
        problems << n.message;
    for (const QString& p : std::as_const(m_outcome.emailProblems))
        problems << tr("E-mail not queued: %1").arg(p);
    if (!problems.isEmpty())
        MessageBox::warning(m_window, tr("Print"), problems.join(u'\n'));

    // E-mails attach the letters: without them they wait in the outbox
    // until the print batch is printed.
    if (m_outcome.emailsQueued > 0 && wantedLetters && !d.produced) {
        emit done(
            summary.join(u' ') + u' ' +
            tr("%n e-mail(s) wait in the outbox until then.", nullptr, m_outcome.emailsQueued));
        return;
    }
    if (m_outcome.emailsQueued > 0) {
        emit done(summary.join(u' '));
        offerEmails(m_outcome.runId, m_outcome.emailsQueued);
        return;
    }
    emit done(summary.join(u' '));
}

void RunFlow::offerEmails(qint64 runId, int count)
{
    QStringList refs;
    for (const RunIssued& i : std::as_const(m_outcome.issued))
        if (i.channels.contains(QStringLiteral("email")))
            refs << i.ref;
    const auto answer = MessageBox::question(
        m_window, tr("Also send by e-mail?"),
        tr("%n e-mail(s) with the same letters are ready for the accounts %1.\n\n"
           "Send them now? If you answer No, they stay in the outbox (History, E-mail outbox) "
           "and can be sent later.",
           nullptr, count)
            .arg(someRefs(refs)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        sendEmails(runId);
    else
        emit done(tr("%n e-mail(s) left in the outbox.", nullptr, count));
}

bool RunFlow::sendEmails(qint64 runId)
{
    if (isBusy())
        return false;
    // The keyring is asked here, in the GUI thread: it may show its own
    // prompt and it is not made to be used from a worker.
    auto password = SmtpPassword::find(Outbox(m_db).effectiveSettings(), m_keychain);
    if (!password) {
        MessageBox::warning(
            m_window, tr("Send e-mails"),
            tr("The e-mails stay in the outbox: %1").arg(MailPasswordProblem::describe(password)));
        emit done(password.error());
        return false;
    }
    auto result = std::make_shared<RunDelivery>();
    // Closing the window while a server stalls stops the sending at once
    // (the message in flight becomes « uncertain », never sent twice).
    auto abort = std::make_shared<SmtpAbort>();
    const Database& db = m_db;
    auto* task = new BackgroundTask(
        m_db,
        [&db, runId, pw = *password, result, abort](BackgroundTask::Control& control) {
            RunPipeline pipeline = pipelineFor(db, control);
            pipeline.setPassword([pw] { return Result<QString>(pw); });
            pipeline.setAbort(abort.get());
            *result = pipeline.sendEmails(runId);
        },
        this);
    task->setInterrupt([abort] { abort->abort(); });
    connect(task, &BackgroundTask::finished, this, [this, result] {
        emit busyChanged(false);
        if (!result->mail) {
            MessageBox::warning(
                m_window, tr("Send e-mails"),
                tr("The e-mails were not sent: %1").arg(result->mailFailure.reason));
            emit done(result->mailFailure.reason);
            return;
        }
        const Outbox::Report& r = *result->mail;
        QString summary = tr("%n e-mail(s) sent.", nullptr, r.sent);
        if (!r.allSent()) {
            QStringList lines;
            if (!r.sessionError.isEmpty())
                lines << r.sessionError;
            lines << r.problems;
            MessageBox::warning(
                m_window, tr("Send e-mails"),
                tr("%1 Some messages did not go; they are listed in the outbox (History, E-mail "
                   "outbox), and letters whose address failed for good are back in the print "
                   "batch.\n\n%2")
                    .arg(summary, lines.join(u'\n')));
        }
        emit done(summary);
    });
    launch(task);
    return true;
}

bool RunFlow::printBatch(const LetterOutputOptions& output)
{
    if (isBusy())
        return false;
    auto result = std::make_shared<PrintBatchResult>();
    const Database& db = m_db;
    auto* task = new BackgroundTask(
        m_db,
        [&db, output, result](BackgroundTask::Control& control) {
            *result = pipelineFor(db, control).printBatch(output);
        },
        this);
    connect(task, &BackgroundTask::finished, this, [this, result] {
        emit busyChanged(false);
        if (!result->produced) {
            MessageBox::warning(
                m_window, tr("Print batch"),
                tr("The letters were not produced: %1").arg(result->failure.reason));
            emit done(result->failure.reason);
            return;
        }
        emit runRecorded(0);
        QString summary =
            tr("%n letter(s) of the print batch produced.", nullptr, result->produced->letters);
        if (result->emailsQueued > 0)
            summary +=
                u' ' + tr("%n e-mail(s) of stopped runs queued.", nullptr, result->emailsQueued);
        if (!result->emailProblems.isEmpty())
            MessageBox::warning(m_window, tr("Print batch"), result->emailProblems.join(u'\n'));
        emit done(summary);
    });
    launch(task);
    return true;
}

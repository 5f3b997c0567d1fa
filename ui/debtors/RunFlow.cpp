#include "RunFlow.h"

#include "common/BackgroundTask.h"
#include "common/MailPasswordProblem.h"
#include "common/MessageBox.h"
#include "letters/LetterOutputCheck.h"
#include "mail/Keychain.h"
#include "mail/Outbox.h"
#include "mail/SmtpPassword.h"
#include "reminders/RunResume.h"
#include "reminders/RunService.h"
#include "storage/Database.h"
#include "storage/ReminderRepository.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QWidget>

#include <optional>

// What the worker hands back to the GUI thread.
struct RunFlowResult
{
    QString error; // the run could not be recorded
    std::optional<RunOutcome> outcome;
    std::optional<LetterOutput> letters;
    QString lettersError; // recorded, but the letters were not produced
    bool wantedLetters = false;
    std::optional<Outbox::Report> mail;
    bool cancelledBeforeRun = false;
    int emailsQueued = 0; // by the print batch, for runs it finished
    QStringList emailProblems;
};

namespace {
bool wantsOutput(const LetterOutputOptions& o)
{
    return !o.outDir.isEmpty() || !o.mergedPath.isEmpty() || !o.printerName.isEmpty();
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
    auto result = std::make_shared<RunFlowResult>();
    const Database& db = m_db;
    auto* task = new BackgroundTask(
        m_db,
        [&db, options, output, result](BackgroundTask::Control& control) {
            if (control.cancelled()) {
                result->cancelledBeforeRun = true;
                return;
            }
            if (wantsOutput(output)) {
                // Checked before anything is recorded: a run whose letters
                // cannot be written would be left half-done.
                LetterOutputOptions where = output;
                if (where.outDir.isEmpty())
                    where.outDir = QFileInfo(LetterProducer::runFolder(db, 0)).absolutePath();
                if (Status s = LetterOutputCheck::check(where); !s) {
                    result->error = s.error();
                    return;
                }
            }
            control.progress(0, 0, tr("Recording the reminders…"));
            auto outcome = RunService(db).run(options);
            if (!outcome) {
                result->error = outcome.error();
                return;
            }
            result->outcome = *outcome;
            if (outcome->status == RunStatus::Refused)
                return;
            int letters = 0;
            for (const RunIssued& i : outcome->issued)
                letters += i.letters;
            if (letters == 0 || !wantsOutput(output))
                return;
            result->wantedLetters = true;
            LetterOutputOptions o = output;
            o.progress = [&control](int done, int total) {
                control.progress(done, total, tr("Drawing the letters…"));
            };
            o.cancelled = [&control] {
                return control.cancelled();
            };
            // One PDF per letter as well, kept with the run: the e-mails
            // attach them and the history opens them.
            if (o.outDir.isEmpty())
                o.outDir = LetterProducer::runFolder(db, outcome->runId);
            // produceRun creates the folder, or says why it cannot.
            auto produced = LetterProducer::produceRun(db, outcome->runId, o);
            if (produced)
                result->letters = *produced;
            else
                result->lettersError = produced.error();
        },
        this);
    connect(task, &BackgroundTask::finished, this, [this, result] { runFinished(result); });
    launch(task);
    return true;
}

void RunFlow::runFinished(const std::shared_ptr<RunFlowResult>& result)
{
    emit busyChanged(false);
    if (result->cancelledBeforeRun) {
        emit done(tr("Cancelled: nothing was recorded."));
        return;
    }
    if (!result->outcome) {
        MessageBox::warning(m_window, tr("Print"),
                            tr("Nothing was recorded: %1").arg(result->error));
        emit done(result->error);
        return;
    }
    m_outcome = *result->outcome;
    if (m_outcome.status == RunStatus::Refused) {
        MessageBox::warning(m_window, tr("Print"), m_outcome.message);
        emit done(m_outcome.message);
        return;
    }
    emit runRecorded(m_outcome.runId);

    QStringList summary{tr("%n reminder(s) issued.", nullptr, int(m_outcome.issued.size()))};
    QStringList problems;
    if (result->letters) {
        if (result->letters->printed)
            summary << tr("%n letter(s) sent to the printer.", nullptr, result->letters->letters);
        else if (!result->letters->mergedPath.isEmpty())
            summary << tr("%n letter(s) written to %2.", nullptr, result->letters->letters)
                           .arg(QDir::toNativeSeparators(result->letters->mergedPath));
        else
            summary << tr("%n letter(s) written.", nullptr, result->letters->letters);
    } else if (result->wantedLetters) {
        problems << tr("The reminders are recorded, but their letters were not produced: %1 "
                       "They wait in the print batch: print them from the Debtors screen.")
                        .arg(result->lettersError);
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
    if (m_outcome.emailsQueued > 0 && result->wantedLetters && !result->letters) {
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
    auto result = std::make_shared<RunFlowResult>();
    const Database& db = m_db;
    auto* task = new BackgroundTask(
        m_db,
        [&db, runId, pw = *password, result](BackgroundTask::Control& control) {
            Outbox::Options options;
            options.runId = runId;
            options.password = pw;
            options.progress = [&control](int done, int total) {
                control.progress(done, total, tr("Sending the e-mails…"));
            };
            auto report = Outbox(db).sendPending(options);
            if (report)
                result->mail = *report;
            else
                result->error = report.error();
        },
        this);
    connect(task, &BackgroundTask::finished, this, [this, result] {
        emit busyChanged(false);
        if (!result->mail) {
            MessageBox::warning(m_window, tr("Send e-mails"),
                                tr("The e-mails were not sent: %1").arg(result->error));
            emit done(result->error);
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
    auto result = std::make_shared<RunFlowResult>();
    const Database& db = m_db;
    auto* task = new BackgroundTask(
        m_db,
        [&db, output, result](BackgroundTask::Control& control) {
            auto letters = ReminderRepository(db).pendingLetters();
            if (!letters) {
                result->lettersError = letters.error();
                return;
            }
            // Runs stopped before their letters were written are finished by
            // this batch: their letters are in it; their e-mails follow.
            auto owing = RunResume::owingRuns(db);
            if (!owing) {
                result->lettersError = owing.error();
                return;
            }
            LetterOutputOptions o = output;
            o.progress = [&control](int done, int total) {
                control.progress(done, total, tr("Drawing the letters…"));
            };
            o.cancelled = [&control] {
                return control.cancelled();
            };
            // One PDF per letter too: e-mails waiting for them can then go.
            o.outDir = LetterProducer::batchFolder(db, QDateTime::currentDateTime());
            auto produced = LetterProducer::produceLetters(db, *letters, o);
            if (!produced) {
                result->lettersError = produced.error();
                return;
            }
            result->letters = *produced;
            RunResumeOutcome finished;
            for (qint64 runId : std::as_const(*owing))
                if (Status s = RunResume::queueEmails(db, runId, finished); !s)
                    finished.emailProblems << s.error();
            result->emailsQueued = finished.emailsQueued;
            result->emailProblems = finished.emailProblems;
        },
        this);
    connect(task, &BackgroundTask::finished, this, [this, result] {
        emit busyChanged(false);
        if (!result->letters) {
            MessageBox::warning(m_window, tr("Print batch"),
                                tr("The letters were not produced: %1").arg(result->lettersError));
            emit done(result->lettersError);
            return;
        }
        emit runRecorded(0);
        QString summary =
            tr("%n letter(s) of the print batch produced.", nullptr, result->letters->letters);
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

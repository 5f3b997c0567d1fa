#pragma once

#include "RunOptions.h"
#include "RunPipelineResult.h"
#include "util/Result.h"

#include <functional>

class Database;

// What a run is asked to do, from recording to sending.
struct RunRequest
{
    RunOptions options;
    // Where the letters go; naming nothing leaves them in the print batch.
    LetterOutputOptions output;
    // Keep one PDF per letter in the run's folder beside the database when
    // `output` names no folder (the desktop: the e-mails attach them and the
    // history opens them).
    bool keepLettersWithRun = false;
    // Send the e-mails the run queued, once its letters exist.
    bool sendEmails = false;
};

// One run from start to end, the same for the desktop and the command line:
// check where the letters go (nothing is recorded when they cannot go
// there), record the run (RunService), draw its letters (LetterProducer),
// send its e-mails (Outbox). Reports progress and can be cancelled; returns
// what happened, failures as kinds for the faces to word. The SMTP password
// is asked by the face (the keyring may prompt, in the GUI thread), through
// `setPassword`, and only when there is something to send.
class SmtpAbort;

class RunPipeline
{
public:
    using Progress = std::function<void(RunStep step, int done, int total)>;
    using Cancelled = std::function<bool()>;
    using Password = std::function<Result<QString>()>;

    explicit RunPipeline(const Database& db)
        : m_db(db)
    {}

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // Polled before recording, between letters and between e-mails.
    void setCancelled(Cancelled cancelled) { m_cancelled = std::move(cancelled); }
    void setPassword(Password password) { m_password = std::move(password); }
    // Lets another thread stop a sending at once (a window that closes
    // while a server stalls); see SmtpAbort.
    void setAbort(SmtpAbort* abort) { m_abort = abort; }

    RunPipelineResult run(const RunRequest& request) const;
    RunDueResult runDue(const QDate& today, bool force, const QString& userName) const;
    PrintBatchResult printBatch(const LetterOutputOptions& output) const;
    // Sends the queued e-mails of a run (0: every due message).
    RunDelivery sendEmails(qint64 runId) const;

    // Drawing letters needs a QGuiApplication (fonts, QPdfWriter).
    static bool canDraw();
    static bool namesOutput(const LetterOutputOptions& output);

private:
    bool cancelled() const { return m_cancelled && m_cancelled(); }
    void report(RunStep step, int done, int total) const;
    LetterOutputOptions withProgress(LetterOutputOptions output) const;
    void produce(const RunOutcome& outcome, LetterOutputOptions output, RunDelivery& d) const;
    void send(qint64 runId, RunDelivery& d) const;
    // The folder that holds every run's folder, beside the database.
    QString lettersFolder() const;

    const Database& m_db;
    Progress m_progress;
    Cancelled m_cancelled;
    Password m_password;
    SmtpAbort* m_abort = nullptr;
};

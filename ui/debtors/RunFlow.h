#pragma once

#include "letters/LetterProducer.h"
#include "reminders/RunOptions.h"
#include "reminders/RunOutcome.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

#include "common/BackgroundTask.h"
class Database;
class Keychain;
class QWidget;

// The daily job of workflows.md after the user chose the debtors, as the one
// RunPipeline of core does it (the command line runs the same): record the
// run and produce its letters (printer or PDF) off the GUI thread, then offer
// « Envoyer aussi par e-mail ? » and send the run's e-mails with progress.
// Cancelling before the run is recorded records nothing; cancelling while
// letters are drawn leaves them in the print batch (the run is recorded).
class RunFlow : public QObject
{
    Q_OBJECT

public:
    RunFlow(const Database& db, QWidget* window, QObject* parent = nullptr);
    ~RunFlow() override;

    // Tests give a memory keychain; otherwise the system keyring is used.
    void setKeychain(Keychain* keychain) { m_keychain = keychain; }

    // Records the run for `options` and produces its letters as `output`
    // says (no destination: the letters wait in the print batch). Returns
    // false when a task is already running.
    bool start(const RunOptions& options, const LetterOutputOptions& output);
    // Prints or writes the pending print batch.
    bool printBatch(const LetterOutputOptions& output);
    // Sends the queued e-mails of a run (0: every due message).
    bool sendEmails(qint64 runId);

    bool isBusy() const;
    void cancel();
    BackgroundTask* task() const { return m_task; }
    // The last run recorded by start(), and what it did.
    const RunOutcome& outcome() const { return m_outcome; }

signals:
    void progressChanged(int done, int total, const QString& text);
    void busyChanged(bool busy);
    // A run was recorded (the debtor list is now out of date).
    void runRecorded(qint64 runId);
    // Everything asked is over: `summary` says what happened, in a sentence.
    void done(const QString& summary);

private:
    void runFinished(const std::shared_ptr<struct RunPipelineResult>& result);
    void offerEmails(qint64 runId, int count);
    void launch(BackgroundTask* task);

    const Database& m_db;
    QPointer<QWidget> m_window;
    Keychain* m_keychain = nullptr;
    QPointer<BackgroundTask> m_task;
    RunOutcome m_outcome;
};

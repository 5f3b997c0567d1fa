#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class Database;
class QThread;

// Long work (a run and its letters, an import, sending e-mails) done off
// the GUI thread, so the window keeps answering and Cancel can be pressed.
// The work reports progress through its Control; with a database it gets
// its own connection, released however the work ends. Results go back to
// the GUI thread through `finished`.
//
// Cancel is a question the work asks between steps. Work that can block
// (an SMTP server that stops answering holds a read for a minute) also
// gives an interrupt, which makes it return at once: the destructor calls
// it, so closing a window never waits for a time-out.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    class Control
    {
    public:
        explicit Control(BackgroundTask* task)
            : m_task(task)
        {}
        // Thread-safe: shown by whoever listens to progressChanged.
        void progress(int done, int total, const QString& text = {});
        bool cancelled() const;

    private:
        BackgroundTask* m_task;
    };
    using Work = std::function<void(Control&)>;

    BackgroundTask(const Database& db, Work work, QObject* parent = nullptr);
    // Work that touches no database (a test e-mail).
    explicit BackgroundTask(Work work, QObject* parent = nullptr);
    // Interrupts the work and waits for it: a window closing never leaves
    // it behind, nor waits for a server.
    ~BackgroundTask() override;

    // Called on the GUI thread by interrupt(); set before start().
    void setInterrupt(std::function<void()> interrupt) { m_interrupt = std::move(interrupt); }

    void start();
    void cancel() { m_cancelled = true; }
    // Cancels and makes blocking work return at once (see setInterrupt).
    void interrupt();
    bool isCancelled() const { return m_cancelled; }
    bool isRunning() const;
    // Interrupts and blocks until the work has returned, without processing
    // events (`finished` is not emitted afterwards).
    void stop();
    // Tests: processes events until the work is done (false on time-out).
    bool waitForFinished(int timeoutMs = 60000);

signals:
    void progressChanged(int done, int total, const QString& text);
    void finished();

private:
    const Database* m_db = nullptr;
    Work m_work;
    std::function<void()> m_interrupt;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancelled = false;
    bool m_reported = false; // `finished` was emitted (GUI thread only)
};

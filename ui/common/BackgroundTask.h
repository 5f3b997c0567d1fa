#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class Database;
class QThread;

// Long work (a run and its letters, sending e-mails) done off the GUI
// thread, so the window keeps answering and Cancel can be pressed. The work
// reports progress through its Control; it gets its own database connection
// (released when it ends). Results go back to the GUI thread through
// `finished`.
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
    // Waits for the work: a window closing never leaves it behind.
    ~BackgroundTask() override;

    void start();
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }
    bool isRunning() const;
    // Tests: processes events until the work is done (false on time-out).
    bool waitForFinished(int timeoutMs = 60000);

signals:
    void progressChanged(int done, int total, const QString& text);
    void finished();

private:
    const Database& m_db;
    Work m_work;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancelled = false;
    bool m_reported = false; // `finished` was emitted (GUI thread only)
};

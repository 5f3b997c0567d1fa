#include "BackgroundTask.h"

#include "storage/Database.h"
#include "storage/ThreadConnectionRelease.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMetaObject>
#include <QThread>

#include <optional>

void BackgroundTask::Control::progress(int done, int total, const QString& text)
{
    QMetaObject::invokeMethod(
        m_task,
        [task = m_task, done, total, text] { emit task->progressChanged(done, total, text); },
        Qt::QueuedConnection);
}

bool BackgroundTask::Control::cancelled() const
{
    return m_task->isCancelled();
}

BackgroundTask::BackgroundTask(const Database& db, Work work, QObject* parent)
    : QObject(parent)
    , m_db(&db)
    , m_work(std::move(work))
{}

BackgroundTask::BackgroundTask(Work work, QObject* parent)
    : QObject(parent)
    , m_work(std::move(work))
{}

BackgroundTask::~BackgroundTask()
{
    if (m_thread) {
        interrupt();
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundTask::start()
{
    Q_ASSERT(!m_thread);
    m_thread = QThread::create([this] {
        std::optional<ThreadConnectionRelease> release;
        if (m_db)
            release.emplace(*m_db);
        Control control(this);
        m_work(control);
    });
    connect(m_thread, &QThread::finished, this, [this] {
        if (m_reported)
            return; // stop() has already waited for it
        m_reported = true;
        emit finished();
    });
    m_thread->start();
}

void BackgroundTask::interrupt()
{
    m_cancelled = true;
    if (m_thread && m_interrupt)
        m_interrupt();
}

void BackgroundTask::stop()
{
    if (!m_thread)
        return;
    interrupt();
    m_thread->wait();
    // The queued `finished` would come after the caller has moved on.
    m_reported = true;
}

bool BackgroundTask::isRunning() const
{
    // Until `finished` was handled: the results are not the caller's before.
    return m_thread && !m_reported;
}

bool BackgroundTask::waitForFinished(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!m_reported && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return m_reported;
}

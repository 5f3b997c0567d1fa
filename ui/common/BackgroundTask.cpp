#include "BackgroundTask.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMetaObject>
#include <QThread>

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
    , m_db(db)
    , m_work(std::move(work))
{}

BackgroundTask::~BackgroundTask()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundTask::start()
{
    Q_ASSERT(!m_thread);
    m_thread = QThread::create([this] {
        Control control(this);
        m_work(control);
        m_db.releaseThreadConnection();
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_reported = true;
        emit finished();
    });
    m_thread->start();
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

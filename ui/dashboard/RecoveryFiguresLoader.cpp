#include "RecoveryFiguresLoader.h"

#include "common/BackgroundTask.h"
#include "reports/RecoveryDashboard.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <memory>

RecoveryFiguresLoader::RecoveryFiguresLoader(QObject* parent)
    : QObject(parent)
{}

RecoveryFiguresLoader::~RecoveryFiguresLoader()
{
    stop();
}

void RecoveryFiguresLoader::setDatabase(const Database* db)
{
    stop();
    m_db = db;
}

void RecoveryFiguresLoader::stop()
{
    delete m_task; // interrupts and waits; its `finished` does not come
    m_task = nullptr;
}

void RecoveryFiguresLoader::start(QDate asOf, QDate from)
{
    stop();
    if (!m_db)
        return;
    auto result = std::make_shared<Result<RecoveryFigures>>(RecoveryFigures());
    const Database& db = *m_db;
    m_task = new BackgroundTask(
        db,
        [&db, asOf, from, result](BackgroundTask::Control& control) {
            // One progress message per percent: 20,000 accounts would queue
            // 20,000 events for a bar that shows a hundred steps.
            qsizetype shown = -1;
            *result = RecoveryDashboard(db).compute(
                asOf, from, [&control, &shown](qsizetype done, qsizetype total) {
                    if (total > 0 && (done == total || done * 100 / total != shown)) {
                        shown = done * 100 / total;
                        control.progress(int(done), int(total));
                    }
                    return !control.cancelled();
                });
        },
        this);
    BackgroundTask* task = m_task;
    connect(task, &BackgroundTask::progressChanged, this,
            [this](int done, int total) { emit progressChanged(done, total); });
    connect(task, &BackgroundTask::finished, this, [this, task, result] {
        const bool wasCancelled = task->isCancelled();
        m_task = nullptr;
        task->deleteLater();
        if (wasCancelled || (!result->ok() && result->kind() == ErrorKind::Cancelled))
            emit cancelled();
        else if (!result->ok())
            emit failed(result->error());
        else
            emit ready(**result);
    });
    task->start();
}

void RecoveryFiguresLoader::cancel()
{
    if (m_task)
        m_task->cancel();
}

bool RecoveryFiguresLoader::waitUntilIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (isBusy() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return !isBusy();
}

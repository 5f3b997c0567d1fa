#include "DeadlineReports.h"

#include "common/BackgroundTask.h"
#include "recovery/DeadlineService.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

namespace {
// A few dates are kept (today, the date looked at, a window): a report of
// 20,000 accounts is not small.
constexpr int keptReports = 4;
} // namespace

DeadlineReports::DeadlineReports(QObject* parent)
    : QObject(parent)
{}

DeadlineReports::~DeadlineReports()
{
    stopAll();
}

void DeadlineReports::setDatabase(const Database* db)
{
    stopAll();
    m_cache.clear();
    ++m_generation;
    m_db = db;
}

DeadlineReports::Key DeadlineReports::keyOf(QDate asOf, std::optional<int> withinDays)
{
    return {asOf, withinDays ? qMax(0, *withinDays) : -1};
}

DeadlineReports::Report DeadlineReports::cached(QDate asOf, std::optional<int> withinDays) const
{
    return m_cache.value(keyOf(asOf, withinDays));
}

DeadlineReports::Report DeadlineReports::request(QDate asOf, std::optional<int> withinDays)
{
    const Key key = keyOf(asOf, withinDays);
    if (Report report = m_cache.value(key))
        return report;
    if (!m_db || !asOf.isValid())
        return nullptr;
    // Work for the same question is under way; work started before the
    // last change is started again when it ends (finish).
    if (!m_running.contains(key))
        start(key);
    return nullptr;
}

void DeadlineReports::invalidate()
{
    m_cache.clear();
    ++m_generation;
    emit invalidated();
}

void DeadlineReports::start(const Key& key)
{
    auto result = std::make_shared<Result<DeadlineReport>>(DeadlineReport());
    const Database& db = *m_db;
    const std::optional<int> within =
        key.second < 0 ? std::nullopt : std::optional<int>(key.second);
    auto* task = new BackgroundTask(
        db,
        [&db, asOf = key.first, within, result](BackgroundTask::Control&) {
            *result = DeadlineService(db).report(asOf, within);
        },
        this);
    const int generation = m_generation;
    m_running.insert(key, {task, generation});
    connect(task, &BackgroundTask::finished, this,
            [this, key, result, generation] { finish(key, std::move(*result), generation); });
    task->start();
}

void DeadlineReports::finish(const Key& key, Result<DeadlineReport> result, int generation)
{
    const Running running = m_running.take(key);
    running.task->deleteLater();
    const std::optional<int> within =
        key.second < 0 ? std::nullopt : std::optional<int>(key.second);
    if (generation != m_generation) {
        // Read before the database changed: what it says may be wrong.
        start(key);
        return;
    }
    if (!result) {
        emit failed(key.first, within, result.error());
        return;
    }
    while (m_cache.size() >= keptReports)
        m_cache.erase(m_cache.begin());
    auto report = std::make_shared<const DeadlineReport>(std::move(*result));
    m_cache.insert(key, report);
    emit ready(report);
}

void DeadlineReports::stopAll()
{
    for (const Running& running : std::as_const(m_running))
        delete running.task; // interrupts and waits; `finished` does not come
    m_running.clear();
}

bool DeadlineReports::waitUntilIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (isBusy() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return !isBusy();
}

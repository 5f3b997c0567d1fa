#include "AutomationRepository.h"

#include "Database.h"

#include <QSqlQuery>

Result<bool> AutomationRepository::hasRun(qint64 levelId, const QString& month) const
{
    QSqlDatabase conn = m_db.connection();
    return hasRunIn(conn, levelId, month);
}

Result<bool> AutomationRepository::hasRunIn(QSqlDatabase& conn, qint64 levelId,
                                            const QString& month)
{
    auto q = Database::exec(
        conn, QStringLiteral("SELECT 1 FROM automation_runs WHERE level_id = ? AND month = ?"),
        {levelId, month});
    if (!q)
        return Result<bool>::failure(q.error());
    return q->next();
}

Result<bool> AutomationRepository::claimIn(QSqlDatabase& conn, qint64 levelId, const QString& month,
                                           qint64 runId, const QDate& day)
{
    auto q = Database::exec(
        conn,
        QStringLiteral("INSERT INTO automation_runs (level_id, month, run_id, "
                       "day) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING "
                       "RETURNING id"),
        {levelId, month, runId > 0 ? QVariant(runId) : QVariant(), day.toString(Qt::ISODate)});
    if (!q)
        return Result<bool>::failure(q.error());
    return q->next();
}

Status AutomationRepository::attachRunIn(QSqlDatabase& conn, qint64 levelId, const QString& month,
                                         qint64 runId)
{
    auto q = Database::exec(
        conn,
        QStringLiteral("UPDATE automation_runs SET run_id = ? WHERE level_id = ? AND month = ?"),
        {runId, levelId, month});
    return q ? Status() : Status::failure(q.error());
}

Status AutomationRepository::releaseIn(QSqlDatabase& conn, qint64 levelId, const QString& month)
{
    auto q = Database::exec(
        conn, QStringLiteral("DELETE FROM automation_runs WHERE level_id = ? AND month = ?"),
        {levelId, month});
    return q ? Status() : Status::failure(q.error());
}

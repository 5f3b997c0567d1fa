#include "RunRepository.h"

#include "Database.h"

#include <QSqlQuery>

namespace {

QString levelsText(const QList<int>& levels)
{
    QStringList parts;
    for (int l : levels)
        parts << QString::number(l);
    return parts.join(u',');
}

QList<int> levelsFromText(const QString& text)
{
    QList<int> levels;
    for (const QString& p : text.split(u',', Qt::SkipEmptyParts))
        levels << p.toInt();
    return levels;
}

} // namespace

Result<qint64> RunRepository::insertIn(QSqlDatabase& conn, const RunRecord& run)
{
    const QDateTime created =
        run.createdAt.isValid() ? run.createdAt : QDateTime::currentDateTimeUtc();
    auto q = Database::exec(
        conn,
        QStringLiteral("INSERT INTO runs (created_at, as_of, user_name, mode, levels, options, "
                       "status, refusal_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {created.toUTC().toString(Qt::ISODate), run.asOf.toString(Qt::ISODate), run.userName,
         RunStatuses::toKey(run.mode), levelsText(run.levels), run.optionsJson,
         RunStatuses::toKey(run.status), run.refusalReason});
    if (!q)
        return Result<qint64>::failure(q.error());
    if (!q->next())
        return Result<qint64>::failure(tr("The run could not be recorded."));
    return q->value(0).toLongLong();
}

Status RunRepository::setLevelsIn(QSqlDatabase& conn, qint64 runId, const QList<int>& levels)
{
    auto q = Database::exec(conn, QStringLiteral("UPDATE runs SET levels = ? WHERE id = ?"),
                            {levelsText(levels), runId});
    return q ? Status() : Status::failure(q.error());
}

Result<RunRecord> RunRepository::byId(qint64 id) const
{
    auto runs = load(QStringLiteral("WHERE id = ?"), {id});
    if (!runs)
        return Result<RunRecord>::failure(runs.error());
    if (runs->isEmpty())
        return Result<RunRecord>::failure(tr("There is no run number %1.").arg(id));
    return runs->first();
}

Result<QList<RunRecord>> RunRepository::all() const
{
    return load({}, {});
}

Result<QList<RunRecord>> RunRepository::refused() const
{
    return load(QStringLiteral("WHERE status = 'refused'"), {});
}

Result<QList<RunRecord>> RunRepository::automated() const
{
    return load(QStringLiteral("WHERE mode = 'automated'"), {});
}

Result<QList<RunRecord>> RunRepository::load(const QString& where, const QVariantList& values) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, created_at, as_of, user_name, mode, levels, "
                                      "options, status, refusal_reason FROM runs ") +
                           where + QStringLiteral(" ORDER BY id DESC"),
                       values);
    if (!q)
        return Result<QList<RunRecord>>::failure(q.error());
    QList<RunRecord> runs;
    while (q->next()) {
        RunRecord r;
        r.id = q->value(0).toLongLong();
        r.createdAt = QDateTime::fromString(q->value(1).toString(), Qt::ISODate);
        r.asOf = QDate::fromString(q->value(2).toString(), Qt::ISODate);
        r.userName = q->value(3).toString();
        r.mode = RunStatuses::modeFromKey(q->value(4).toString()).value_or(RunMode::Manual);
        r.levels = levelsFromText(q->value(5).toString());
        r.optionsJson = q->value(6).toString();
        r.status = RunStatuses::fromKey(q->value(7).toString()).value_or(RunStatus::Completed);
        r.refusalReason = q->value(8).toString();
        runs << r;
    }
    return runs;
}

#pragma once

#include "reminders/RunRecord.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

class Database;

// Recorded runs. Writing happens inside the run's own transaction (the
// static *In functions take the caller's connection), so that a run and its
// reminders are saved together or not at all.
class RunRepository
{
    Q_DECLARE_TR_FUNCTIONS(RunRepository)

public:
    explicit RunRepository(const Database& db)
        : m_db(db)
    {}

    // Inserts the run; returns its id. createdAt defaults to now (UTC).
    static Result<qint64> insertIn(QSqlDatabase& conn, const RunRecord& run);
    // The levels are only known once the reminders are recorded.
    static Status setLevelsIn(QSqlDatabase& conn, qint64 runId, const QList<int>& levels);

    Result<RunRecord> byId(qint64 id) const;
    // Every run, newest first.
    Result<QList<RunRecord>> all() const;
    // Automated runs that refused, newest first: the application shows them.
    Result<QList<RunRecord>> refused() const;
    // Runs of the daily automation (run-due), newest first.
    Result<QList<RunRecord>> automated() const;

private:
    Result<QList<RunRecord>> load(const QString& where, const QVariantList& values) const;
    const Database& m_db;
};

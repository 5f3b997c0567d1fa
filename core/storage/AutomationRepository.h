#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

class Database;

// automation_runs: which automated level ran in which month. Its
// UNIQUE (level_id, month) makes two run-due processes on the same day run a
// level once: the loser's claim finds the row and gives up.
class AutomationRepository
{
    Q_DECLARE_TR_FUNCTIONS(AutomationRepository)

public:
    explicit AutomationRepository(const Database& db)
        : m_db(db)
    {}

    Result<bool> hasRun(qint64 levelId, const QString& month) const;
    static Result<bool> hasRunIn(QSqlDatabase& conn, qint64 levelId, const QString& month);
    // Inside the run's transaction: true when this process claimed the month,
    // false when the level already ran that month.
    static Result<bool> claimIn(QSqlDatabase& conn, qint64 levelId, const QString& month,
                                qint64 runId, const QDate& day);
    // The run that used the claimed month (claimed before the run existed).
    static Status attachRunIn(QSqlDatabase& conn, qint64 levelId, const QString& month,
                              qint64 runId);
    // Gives the month back (a refused run does not count).
    static Status releaseIn(QSqlDatabase& conn, qint64 levelId, const QString& month);

private:
    const Database& m_db;
};

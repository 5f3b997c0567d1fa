#pragma once

#include "RunOptions.h"
#include "RunOutcome.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>

class Database;
struct Plan;
struct PlannedReminder;

// Issues what the simulation shows, exactly once.
//
// The plan is computed by the one Planner inside the write transaction that
// records the run (BEGIN IMMEDIATE), with the same connection, so a second
// process waits for the first and then plans on data that already holds its
// reminders. The schema's unique keys are the last word: a reminder whose
// insert finds its key taken is skipped, never issued twice.
class RunService
{
    Q_DECLARE_TR_FUNCTIONS(RunService)

public:
    explicit RunService(const Database& db)
        : m_db(db)
    {}

    // A failure is an error (bad input, database); a refusal for safety is a
    // successful result with status Refused.
    Result<RunOutcome> run(const RunOptions& options) const;

private:
    Status runIn(QSqlDatabase& conn, const RunOptions& options, RunOutcome& outcome) const;
    // The template the reminder's letter and e-mail will use can be merged;
    // a failure names it. `checked` avoids checking a template twice.
    Status checkTemplate(QSqlDatabase& conn, const RunOptions& options,
                         const PlannedReminder& planned, QSet<QString>& checked) const;
    Status recordIn(QSqlDatabase& conn, const RunOptions& options, const PlannedReminder& planned,
                    qint64 runId, bool manual, const QString& overriddenReason,
                    RunOutcome& outcome) const;
    const Database& m_db;
};

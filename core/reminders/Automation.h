#pragma once

#include "RunOutcome.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;

// One automated level that run-due looked at.
struct AutomationLevelRun
{
    qint64 levelId = 0;
    QString programName;
    int position = 0;
    QString levelName;
    QDate dueDate;      // this month's due day of the level
    bool due = false;   // it was due today and had not run this month
    RunOutcome outcome; // when it ran (or refused)
};

struct AutomationReport
{
    QDate today;
    QList<AutomationLevelRun> levels; // every automated level, in automation order
    bool refused = false;             // at least one due level refused (stale ledger)
    int issued = 0;
};

// `run-due`: the daily automation (reminder-rules.md, Automation). Each
// level with automation enabled, in ascending automation order, runs once per
// calendar month, on the first run-due on or after its day of month: one run
// of mode "automated" issuing only that level, recorded like a manual run. A
// run that issues nothing is recorded and counts; a refused one is recorded
// as refused and does not count, so the next day tries again.
class Automation
{
    Q_DECLARE_TR_FUNCTIONS(Automation)

public:
    static Result<AutomationReport> runDue(const Database& db, const QDate& today, bool force,
                                           const QString& userName);
};

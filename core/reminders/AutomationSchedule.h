#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;

// One level as the automation sees it: whether run-due runs it, on which day
// of the month, and when it will next run.
struct AutomationLevel
{
    qint64 levelId = 0;
    QString programName;
    int position = 0;
    QString levelName;
    bool enabled = false;
    int order = 0;
    int dayOfMonth = 1;
    bool ranThisMonth = false; // run-due already ran it this month
    QDate nextRun;             // null when the automation is off for it
};

// What run-due will do and when, for the settings screen: every level of
// every program, with its next automated run (AutomationCalendar::nextRun),
// and a way to switch a level's automation on or off without touching the
// rest of its settings.
class AutomationSchedule
{
    Q_DECLARE_TR_FUNCTIONS(AutomationSchedule)

public:
    // Programs in ProgramRepository::all() order, levels by position.
    static Result<QList<AutomationLevel>> levels(const Database& db, const QDate& today);
    // Saves `enabled` and `dayOfMonth` (1–31) of one level.
    static Status setAutomation(const Database& db, qint64 levelId, bool enabled, int dayOfMonth);
};

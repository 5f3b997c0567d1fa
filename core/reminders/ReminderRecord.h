#pragma once

#include "ReminderState.h"
#include "money/Money.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

// One issued reminder as recorded: one account at one level (or repeat) in
// one run, with a snapshot of what its letter states. The snapshot never
// changes afterwards, whatever later happens to the ledger.
struct ReminderRecord
{
    qint64 id = 0;
    qint64 runId = 0;
    qint64 accountId = 0;
    qint64 levelId = 0; // 0 once the level was deleted
    int levelPosition = 0;
    QString levelName;
    int repeat = 0;
    QDate date;         // the run's as-of date
    QDate episodeStart; // E of reminder-rules.md: part of the exactly-once key
    Money overdue;
    Money balance;
    QDate oldestDueDate;
    QString itemsJson = QStringLiteral("[]"); // the overdue items the letter lists
    QStringList recipients;                   // "tenant", "guarantor"
    QStringList channels;                     // "letter", "email"
    QDate deadline;
    bool registered = false;
    qint64 templateId = 0;
    bool manual = false;
    QString overriddenReason; // the skip reason a manual reminder overrode
    QString userName;
    Money fee;
    std::optional<LetterState> letterState;
    QString tracking;
};

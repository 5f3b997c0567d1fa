#pragma once

#include "ReminderState.h"
#include "money/Money.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

// One issued reminder as the history shows it: what was sent, and where its
// letter and e-mails stand now.
struct HistoryEntry
{
    qint64 reminderId = 0;
    qint64 accountId = 0;
    QString ref;
    QString accountName;
    int level = 0;
    QString levelName;
    int repeat = 0;
    QDate date;
    Money overdue;
    Money fee;
    qint64 runId = 0;
    bool manual = false;
    QString overriddenReason;
    QString userName;
    QStringList recipients;
    QStringList channels;
    std::optional<LetterState> letter; // none when the reminder has no letter
    QString email;                     // worst e-mail state; empty when it has no e-mail
    QString tracking;
};

#pragma once

#include "RunStatus.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// One recorded run (« campagne de relance »): who ran it, as of which date,
// for which levels, with which options, and how it ended.
struct RunRecord
{
    qint64 id = 0;
    QDateTime createdAt;
    QDate asOf;
    QString userName;
    RunMode mode = RunMode::Manual;
    QList<int> levels; // positions of the levels it issued (or, automated, ran)
    QString optionsJson = QStringLiteral("{}");
    RunStatus status = RunStatus::Completed;
    QString refusalReason;
};

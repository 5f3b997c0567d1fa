#pragma once

#include "ReminderState.h"

#include <QDateTime>
#include <QString>

// The paper letter of a reminder to one addressee: the tenant, or one
// guarantor (each guarantor with a usable postal address gets their own).
struct ReminderLetter
{
    qint64 id = 0;
    qint64 reminderId = 0;
    QString recipient = QStringLiteral("tenant"); // or "guarantor"
    qint64 guarantorId = 0;
    QString addressee; // the name on the envelope
    QString address;   // the postal lines, '\n'-separated
    QString filePath;  // its PDF once rendered
    LetterState state = LetterState::Pending;
    QDateTime createdAt;
    QDateTime printedAt;
};

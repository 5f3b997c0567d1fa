#pragma once

#include "OutboxState.h"

#include <QDateTime>
#include <QString>

// One e-mail to one address, as the outbox keeps it.
struct OutboxMessage
{
    qint64 id = 0;
    qint64 reminderId = 0; // 0 for a message that belongs to no reminder
    qint64 letterId = 0;
    QString accountRef;                           // for reports
    QString recipient = QStringLiteral("tenant"); // or "guarantor", "owner" (a statement)
    QString toAddress;
    QString toName;
    QString cc; // comma-separated
    QString subject;
    QString body;
    QString attachmentPath; // the letter's PDF (empty: none)
    QString attachmentName; // ASCII file name shown to the recipient
    OutboxState state = OutboxState::Queued;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    bool permanentFailure = false;
    QString messageId;
    QDateTime createdAt;
    QDateTime sentAt;
};

#pragma once

#include "OutboxMessage.h"
#include "SmtpSettings.h"
#include "util/Result.h"

#include <QCoreApplication>

class SmtpAbort;

// One message sent at once, outside the outbox: the SMTP test, a test letter
// or the simulation sent to the agency's own address. Nothing is recorded:
// these messages are not reminders and are never retried.
class DirectMail
{
    Q_DECLARE_TR_FUNCTIONS(DirectMail)

public:
    // Builds (with a new Message-ID), connects, sends and disconnects;
    // returns the server's answer when it accepted the message. `abort`
    // (optional) stops it at once from another thread.
    static Result<QString> send(const SmtpSettings& settings, const QString& password,
                                OutboxMessage message, SmtpAbort* abort = nullptr);
};

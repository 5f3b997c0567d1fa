#pragma once

#include "OutboxMessage.h"
#include "SmtpSettings.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <Poco/Net/MailMessage.h>

#include <memory>
#include <string>
#include <vector>

// A message ready for the wire and the envelope it goes with.
struct BuiltMessage
{
    std::unique_ptr<Poco::Net::MailMessage> message;
    std::string sender;                  // MAIL FROM
    std::vector<std::string> recipients; // RCPT TO: the addressee, then the copies
};

// Builds the MIME message of one outbox entry. Every header is written here,
// from checked values: Poco 1.11 writes header values raw, so a name holding
// a line break would otherwise add headers of the tenant's choosing.
class MessageBuilder
{
    Q_DECLARE_TR_FUNCTIONS(MessageBuilder)

public:
    // What makes this message unsendable, in sentences; empty if it can go.
    // Checked for the whole batch before connecting.
    static QStringList problems(const OutboxMessage& message, const SmtpSettings& settings);

    // The Message-ID to record before sending ("<…@sender-domain>").
    static QString newMessageId(const SmtpSettings& settings);

    // Reads the attachment and builds the message (with message.messageId).
    static Result<BuiltMessage> build(const OutboxMessage& message, const SmtpSettings& settings);

    // Bare LF and CR become CRLF, as SMTP requires (Poco lets bare LF through).
    static QByteArray toCrlf(const QString& text);
};

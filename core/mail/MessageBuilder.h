#pragma once

#include "OutboxMessage.h"
#include "SmtpSettings.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <string>
#include <vector>

// A message ready for the wire and the envelope it goes with.
// The message is kept as its bytes: Poco's part sources are streams that a
// first write consumes, and a retry on a new session must send it whole.
struct BuiltMessage
{
    std::string data;                    // headers and MIME body, CRLF, not dot-stuffed
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
    // Why its attachment cannot be read, naming the file; empty if it can.
    // Not one of problems(): a missing PDF can be restored or written again,
    // so the message waits instead of failing for good.
    static QString attachmentProblem(const OutboxMessage& message);

    // The Message-ID to record before sending ("<…@sender-domain>").
    static QString newMessageId(const SmtpSettings& settings);

    // Reads the attachment and builds the message (with message.messageId).
    static Result<BuiltMessage> build(const OutboxMessage& message, const SmtpSettings& settings);

    // Bare LF and CR become CRLF, as SMTP requires (Poco lets bare LF through).
    static QByteArray toCrlf(const QString& text);
};

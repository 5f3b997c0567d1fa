#pragma once

#include "MessageBuilder.h"
#include "SmtpSettings.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class SmtpAbort;
class SmtpSession;

// One SMTP session over Poco::Net that carries many messages: plain,
// STARTTLS or implicit TLS, AUTH PLAIN, certificates checked against the
// system's authorities (plus the agency's CA file), connect and read
// time-outs. A message the server cannot have (421/451, or the connection
// cut before its final ".") is tried once more on a new session before it
// counts as a (temporary) failure. A message written up to its final "."
// that gets no answer (time-out, connection closed) is never sent again
// here: the server may have it, so it is uncertain. An SmtpAbort stops the
// session at once from another thread (the window closing); what was
// interrupted is never retried, and a message written whole is uncertain.
class SmtpSender
{
    Q_DECLARE_TR_FUNCTIONS(SmtpSender)

public:
    enum class Outcome
    {
        Sent,
        TemporaryFailure, // 4xx, time-out, lost connection: try again later
        PermanentFailure, // 5xx: this message will never go as it is
        Uncertain         // sent whole, no answer: it may have arrived
    };
    // After this many time-outs in a row (connecting or waiting for an
    // answer) the server is taken as not answering: the batch stops.
    static constexpr int maxConsecutiveTimeouts = 3;
    struct SendResult
    {
        Outcome outcome = Outcome::TemporaryFailure;
        int code = 0;  // the SMTP status, 0 when the network failed
        QString reply; // the server's words, or what went wrong
    };

    SmtpSender(SmtpSettings settings, QString password);
    ~SmtpSender();
    SmtpSender(const SmtpSender&) = delete;
    SmtpSender& operator=(const SmtpSender&) = delete;

    // Optional, set before open(); must outlive the sender.
    void setAbort(SmtpAbort* abort) { m_abort = abort; }
    bool aborted() const;

    // Connects, reads the greeting, says EHLO, upgrades and logs in.
    Status open();
    bool isOpen() const { return m_session != nullptr; }
    SendResult send(const BuiltMessage& message);
    // True when the last send could not get a session back: the caller
    // should stop the batch instead of failing every remaining message.
    bool sessionLost() const { return m_sessionLost; }
    void close();
    int reconnects() const { return m_reconnects; }
    // Time-outs since the server last answered anything.
    int consecutiveTimeouts() const { return m_consecutiveTimeouts; }
    bool serverNotAnswering() const { return m_consecutiveTimeouts >= maxConsecutiveTimeouts; }

private:
    Status connect();
    SendResult attempt(const BuiltMessage& message, bool* retry);
    // What an abort means for a message: `written` up to its final ".".
    SendResult interrupted(bool written) const;
    void drop();
    void detachAbort();

    SmtpSettings m_settings;
    QString m_password;
    std::unique_ptr<SmtpSession> m_session;
    SmtpAbort* m_abort = nullptr;
    bool m_sessionLost = false;
    int m_reconnects = 0;
    int m_consecutiveTimeouts = 0;
};

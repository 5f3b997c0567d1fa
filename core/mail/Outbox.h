#pragma once

#include "OutboxMessage.h"
#include "SmtpSettings.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <functional>

class Database;
class SmtpAbort;
class SmtpSender;

// Sends what the outbox holds, exactly once:
//  1. messages left in "sending" by a process that stopped become
//     "uncertain" and are never sent again without a person's decision;
//  2. every message of the batch is checked before connecting: a bad
//     address or a line break in a header fails that message for good
//     (its letter goes back to paper), never the batch;
//  3. each message is claimed ("sending", with its Message-ID) before it
//     goes and marked "sent" as soon as the server accepted it;
//  4. a temporary failure is retried later (back-off in next_attempt_at),
//     a permanent one is reported and its letter goes back to paper;
//  5. a message sent whole that got no answer is "uncertain": the server
//     may have it, so it is never sent again without a person deciding;
//  6. after SmtpSender::maxConsecutiveTimeouts time-outs in a row the batch
//     stops: the server is not answering, the rest stays queued;
//  7. an abort (Options::abort) stops the session at once: the message it
//     interrupted is uncertain once written whole, otherwise due again.
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)

public:
    struct Report
    {
        int sent = 0;
        int temporaryFailures = 0;
        int permanentFailures = 0;
        int uncertain = 0;      // sent whole in this batch, but the server never answered
        int uncertainFound = 0; // interrupted sends found at the start
        int notAttempted = 0;   // left queued because the server could not be reached
        int lettersMissing = 0; // waiting for their letter's PDF (to be produced or restored)
        QStringList problems;   // one line per message that did not go: who, and why
        QStringList leftQueued; // one line per message left queued untouched (who)
        QString sessionError;   // why the server could not be used, if so
        bool allSent() const
        {
            return temporaryFailures == 0 && permanentFailures == 0 && uncertain == 0 &&
                   notAttempted == 0 && sessionError.isEmpty();
        }
    };
    struct Options
    {
        qint64 runId = 0; // 0: every due message
        // Not empty: only these messages, when due (the landlords'
        // statements of a date, sent by `report owners --send`).
        QList<qint64> only;
        QDateTime now = QDateTime::currentDateTimeUtc();
        std::function<void(int done, int total)> progress;
        // Asked before each message: true stops the batch there, the rest
        // stays queued (the desktop's Cancel button).
        std::function<bool()> cancelled;
        // Stops the message being sent too, at once (the window closing):
        // one written whole becomes uncertain, one cut short stays due.
        SmtpAbort* abort = nullptr;
        // Tests and benchmarks give their own sender; otherwise one is made
        // from the settings and `password`.
        SmtpSender* sender = nullptr;
        QString password;
    };

    // After this many attempts a temporary failure counts as permanent.
    static constexpr int maxAttempts = 6;
    // The wait before attempt n+1 after n failed ones.
    static qint64 backoffSeconds(int attempts);

    explicit Outbox(const Database& db)
        : m_db(db)
    {}

    Result<Report> sendPending(const Options& options);

    // The settings as sending uses them (the agency's name as sender name
    // when none is set); a failure when they cannot be read.
    Result<SmtpSettings> effectiveSettings() const;

private:
    const Database& m_db;
};

#pragma once

#include "mail/OutboxMessage.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

class Database;

// The outbox table. Every move of a message is one conditional UPDATE
// ("… WHERE state = the state we expect"), so two senders can never both
// claim the same message, and a move the lifecycle forbids changes nothing.
class OutboxRepository
{
    Q_DECLARE_TR_FUNCTIONS(OutboxRepository)

public:
    explicit OutboxRepository(const Database& db)
        : m_db(db)
    {}

    // The new id, or std::nullopt when this reminder already has a message
    // for this recipient and address.
    static Result<std::optional<qint64>> insertIn(QSqlDatabase& conn, const OutboxMessage& m);
    // Sends the letter of a message that cannot go by e-mail back to paper
    // (letters.state and reminders.letter_state become 'pending').
    static Status fallBackToPaperIn(QSqlDatabase& conn, qint64 reminderId, qint64 letterId);

    Result<std::optional<OutboxMessage>> byId(qint64 id) const;
    // What a send should carry now: queued messages, and temporary failures
    // whose next attempt is due; of one run, or all when runId is 0.
    Result<QList<OutboxMessage>> due(qint64 runId, const QDateTime& now) const;
    // Messages of a state (all states when std::nullopt), of one run or all.
    Result<QList<OutboxMessage>> list(std::optional<OutboxState> state, qint64 runId = 0) const;
    // The messages of one account's reminders (every message when 0).
    Result<QList<OutboxMessage>> ofAccount(qint64 accountId) const;

    // Messages left in "sending" by a process that stopped: now uncertain.
    Result<int> markInterruptedUncertain() const;
    // Claims a queued or failed message for sending, recording its
    // Message-ID and the copies it goes with; false when someone else has
    // it (or it was sent meanwhile).
    Result<bool> claim(qint64 id, const QString& messageId, const QString& cc = {}) const;
    Status markSent(qint64 id, const QDateTime& at) const;
    // A failure; permanent ones send the letter back to the print batch.
    Status markFailed(qint64 id, const QString& error, bool permanent,
                      const QDateTime& nextAttemptAt) const;
    // Sent whole without an answer from the server: it may have arrived,
    // so only a person sends it again (sending → uncertain).
    Status markUncertain(qint64 id, const QString& error) const;
    // A temporary failure found before connecting (its letter's PDF is
    // missing): failed, not permanent, due again at the next send, the
    // attempts untouched.
    Status holdBack(qint64 id, const QString& error) const;
    // A refusal found before connecting (bad address, line break…).
    Status refuse(qint64 id, const QString& error) const;

    // Inside the caller's transaction: the message's state (nullopt when
    // there is no such message), and the stored result of a person's
    // decision (OutboxDecision checks that the decision is allowed).
    static Result<std::optional<OutboxState>> stateIn(QSqlDatabase& conn, qint64 id);
    static Status storeConfirmedIn(QSqlDatabase& conn, qint64 id, const QString& note);
    static Status storeRequeuedIn(QSqlDatabase& conn, qint64 id);

private:
    static Status storeIn(QSqlDatabase& conn, qint64 id, OutboxState to, const QString& setSql,
                          const QVariantList& values);
    const Database& m_db;
};

#include "OutboxRepository.h"

#include "Database.h"

#include <QSqlQuery>

namespace {

const QString selectSql = QStringLiteral(
    "SELECT o.id, o.reminder_id, o.letter_id, COALESCE(a.ref, ''), o.recipient, o.to_address, "
    "o.to_name, o.cc, o.subject, o.body, "
    "COALESCE(NULLIF(l.file_path, ''), o.attachment_path, ''), o.attachment_name, o.state, "
    "o.attempts, o.next_attempt_at, o.last_error, o.permanent_failure, o.message_id, "
    "o.created_at, o.sent_at "
    "FROM outbox o LEFT JOIN reminders r ON r.id = o.reminder_id "
    "LEFT JOIN accounts a ON a.id = r.account_id LEFT JOIN letters l ON l.id = o.letter_id ");

QString stamp(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QVariant nullable(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

OutboxMessage fromRow(const QSqlQuery& q)
{
    OutboxMessage m;
    m.id = q.value(0).toLongLong();
    m.reminderId = q.value(1).toLongLong();
    m.letterId = q.value(2).toLongLong();
    m.accountRef = q.value(3).toString();
    m.recipient = q.value(4).toString();
    m.toAddress = q.value(5).toString();
    m.toName = q.value(6).toString();
    m.cc = q.value(7).toString();
    m.subject = q.value(8).toString();
    m.body = q.value(9).toString();
    m.attachmentPath = q.value(10).toString();
    m.attachmentName = q.value(11).toString();
    m.state = OutboxStates::fromKey(q.value(12).toString()).value_or(OutboxState::Queued);
    m.attempts = q.value(13).toInt();
    m.nextAttemptAt = QDateTime::fromString(q.value(14).toString(), Qt::ISODate);
    m.lastError = q.value(15).toString();
    m.permanentFailure = q.value(16).toInt() != 0;
    m.messageId = q.value(17).toString();
    m.createdAt = QDateTime::fromString(q.value(18).toString(), Qt::ISODate);
    m.sentAt = QDateTime::fromString(q.value(19).toString(), Qt::ISODate);
    return m;
}

Result<QList<OutboxMessage>> readAll(Result<QSqlQuery> q)
{
    if (!q)
        return Result<QList<OutboxMessage>>::failure(q.error());
    QList<OutboxMessage> list;
    while (q->next())
        list << fromRow(*q);
    return list;
}

} // namespace

Result<std::optional<qint64>> OutboxRepository::insertIn(QSqlDatabase& conn, const OutboxMessage& m)
{
    auto q = Database::exec(
        conn,
        QStringLiteral(
            "INSERT INTO outbox (reminder_id, letter_id, recipient, to_address, to_name, "
            "cc, subject, body, attachment_path, attachment_name, state, attempts, "
            "last_error, permanent_failure, message_id, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT DO NOTHING RETURNING id"),
        {nullable(m.reminderId), nullable(m.letterId), m.recipient, m.toAddress, m.toName, m.cc,
         m.subject, m.body, m.attachmentPath, m.attachmentName, OutboxStates::toKey(m.state),
         m.attempts, m.lastError, m.permanentFailure ? 1 : 0, m.messageId,
         stamp(m.createdAt.isValid() ? m.createdAt : QDateTime::currentDateTimeUtc())});
    if (!q)
        return Result<std::optional<qint64>>::failure(q.error());
    if (q->next())
        return std::optional<qint64>(q->value(0).toLongLong());
    return std::optional<qint64>();
}

Status OutboxRepository::fallBackToPaperIn(QSqlDatabase& conn, qint64 reminderId, qint64 letterId)
{
    // A printed letter has already gone on paper; a generated one waits in
    // the next print batch instead of nobody's hands.
    if (letterId > 0) {
        auto q = Database::exec(conn,
                                QStringLiteral("UPDATE letters SET state = 'pending' WHERE id = ? "
                                               "AND state = 'generated'"),
                                {letterId});
        if (!q)
            return Status::failure(q.error());
    }
    if (reminderId > 0) {
        auto q = Database::exec(
            conn,
            QStringLiteral("UPDATE reminders SET letter_state = 'pending' WHERE id = ? AND "
                           "(letter_state IS NULL OR letter_state = 'generated')"),
            {reminderId});
        if (!q)
            return Status::failure(q.error());
    }
    return {};
}

Result<std::optional<OutboxMessage>> OutboxRepository::byId(qint64 id) const
{
    auto q = m_db.exec(selectSql + QStringLiteral("WHERE o.id = ?"), {id});
    if (!q)
        return Result<std::optional<OutboxMessage>>::failure(q.error());
    if (!q->next())
        return std::optional<OutboxMessage>();
    return std::optional<OutboxMessage>(fromRow(*q));
}

Result<QList<OutboxMessage>> OutboxRepository::due(qint64 runId, const QDateTime& now) const
{
    QString sql =
        selectSql + QStringLiteral("WHERE (o.state = 'queued' OR (o.state = 'failed' AND "
                                   "o.permanent_failure = 0 AND (o.next_attempt_at IS NULL OR "
                                   "o.next_attempt_at <= ?)))");
    QVariantList values{stamp(now)};
    if (runId > 0) {
        sql += QStringLiteral(" AND r.run_id = ?");
        values << runId;
    }
    return readAll(m_db.exec(sql + QStringLiteral(" ORDER BY o.id"), values));
}

Result<QList<OutboxMessage>> OutboxRepository::list(std::optional<OutboxState> state,
                                                    qint64 runId) const
{
    QString sql = selectSql + QStringLiteral("WHERE 1 = 1");
    QVariantList values;
    if (state) {
        sql += QStringLiteral(" AND o.state = ?");
        values << OutboxStates::toKey(*state);
    }
    if (runId > 0) {
        sql += QStringLiteral(" AND r.run_id = ?");
        values << runId;
    }
    return readAll(m_db.exec(sql + QStringLiteral(" ORDER BY o.id"), values));
}

Result<QList<OutboxMessage>> OutboxRepository::ofAccount(qint64 accountId) const
{
    if (accountId <= 0)
        return list(std::nullopt);
    return readAll(
        m_db.exec(selectSql + QStringLiteral("WHERE r.account_id = ? ORDER BY o.id"), {accountId}));
}

Result<int> OutboxRepository::markInterruptedUncertain() const
{
    auto q =
        m_db.exec(QStringLiteral("UPDATE outbox SET state = 'uncertain', last_error = ? "
                                 "WHERE state = 'sending'"),
                  {tr("Sending was interrupted: the server may or may not have received it.")});
    if (!q)
        return Result<int>::failure(q.error());
    return q->numRowsAffected();
}

Result<bool> OutboxRepository::claim(qint64 id, const QString& messageId, const QString& cc) const
{
    auto q =
        m_db.exec(QStringLiteral("UPDATE outbox SET state = 'sending', attempts = attempts + 1, "
                                 "message_id = ?, cc = ? WHERE id = ? AND state IN ('queued', "
                                 "'failed')"),
                  {messageId, cc, id});
    if (!q)
        return Result<bool>::failure(q.error());
    return q->numRowsAffected() == 1;
}

Status OutboxRepository::markSent(qint64 id, const QDateTime& at) const
{
    auto q =
        m_db.exec(QStringLiteral("UPDATE outbox SET state = 'sent', sent_at = ?, last_error = '', "
                                 "next_attempt_at = NULL WHERE id = ? AND state = 'sending'"),
                  {stamp(at), id});
    return q ? Status() : Status::failure(q.error());
}

Status OutboxRepository::markFailed(qint64 id, const QString& error, bool permanent,
                                    const QDateTime& nextAttemptAt) const
{
    return m_db.write([&](QSqlDatabase& conn) -> Status {
        auto q = Database::exec(
            conn,
            QStringLiteral("UPDATE outbox SET state = 'failed', last_error = ?, "
                           "permanent_failure = ?, next_attempt_at = ? WHERE id = ? AND "
                           "state IN ('sending', 'queued') RETURNING reminder_id, letter_id"),
            {error, permanent ? 1 : 0,
             permanent || !nextAttemptAt.isValid() ? QVariant() : QVariant(stamp(nextAttemptAt)),
             id});
        if (!q)
            return Status::failure(q.error());
        if (!q->next())
            return Status::failure(tr("E-mail %1 was not being sent.").arg(id));
        const qint64 reminderId = q->value(0).toLongLong();
        const qint64 letterId = q->value(1).toLongLong();
        q->finish();
        return permanent ? fallBackToPaperIn(conn, reminderId, letterId) : Status();
    });
}

Status OutboxRepository::markUncertain(qint64 id, const QString& error) const
{
    auto q = m_db.exec(QStringLiteral("UPDATE outbox SET state = 'uncertain', last_error = ?, "
                                      "next_attempt_at = NULL WHERE id = ? AND state = 'sending'"),
                       {error, id});
    if (!q)
        return Status::failure(q.error());
    if (q->numRowsAffected() != 1)
        return Status::failure(tr("E-mail %1 was not being sent.").arg(id));
    return {};
}

Status OutboxRepository::holdBack(qint64 id, const QString& error) const
{
    auto q = m_db.exec(QStringLiteral("UPDATE outbox SET state = 'failed', permanent_failure = 0, "
                                      "next_attempt_at = NULL, last_error = ? WHERE id = ? AND "
                                      "state IN ('queued', 'failed') AND permanent_failure = 0"),
                       {error, id});
    return q ? Status() : Status::failure(q.error());
}

Status OutboxRepository::refuse(qint64 id, const QString& error) const
{
    return markFailed(id, error, true, {});
}

Result<std::optional<OutboxState>> OutboxRepository::stateIn(QSqlDatabase& conn, qint64 id)
{
    using R = Result<std::optional<OutboxState>>;
    auto q = Database::exec(conn, QStringLiteral("SELECT state FROM outbox WHERE id = ?"), {id});
    if (!q)
        return R::failure(q.error());
    if (!q->next())
        return R(std::optional<OutboxState>());
    const auto state = OutboxStates::fromKey(q->value(0).toString());
    if (!state)
        return R::failure(
            tr("E-mail %1 has an unknown state “%2”.").arg(id).arg(q->value(0).toString()));
    return R(state);
}

Status OutboxRepository::storeIn(QSqlDatabase& conn, qint64 id, OutboxState to,
                                 const QString& setSql, const QVariantList& values)
{
    QVariantList all = values;
    all << id;
    auto u = Database::exec(
        conn, QStringLiteral("UPDATE outbox SET ") + setSql + QStringLiteral(" WHERE id = ?"), all);
    if (!u)
        return Status::failure(u.error());
    return Database::audit(conn, QStringLiteral("outbox.") + OutboxStates::toKey(to),
                           QStringLiteral("outbox"), QString::number(id), QString());
}

Status OutboxRepository::storeConfirmedIn(QSqlDatabase& conn, qint64 id, const QString& note)
{
    return storeIn(conn, id, OutboxState::Sent,
                   QStringLiteral("state = 'sent', sent_at = ?, last_error = ?"),
                   {stamp(QDateTime::currentDateTimeUtc()), note});
}

Status OutboxRepository::storeRequeuedIn(QSqlDatabase& conn, qint64 id)
{
    return storeIn(conn, id, OutboxState::Queued,
                   QStringLiteral("state = 'queued', permanent_failure = 0, "
                                  "next_attempt_at = NULL, last_error = ''"),
                   {});
}

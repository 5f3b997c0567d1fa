#include "OwnerStatementRepository.h"

#include "Database.h"

#include <QDateTime>
#include <QSqlQuery>

Result<std::optional<qint64>> OwnerStatementRepository::recordIn(QSqlDatabase& conn, qint64 ownerId,
                                                                 QDate asOf,
                                                                 const QString& filePath)
{
    using R = Result<std::optional<qint64>>;
    auto q = Database::exec(
        conn,
        QStringLiteral("INSERT INTO owner_statements (owner_id, as_of, file_path, created_at) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id"),
        {ownerId, asOf.toString(Qt::ISODate), filePath,
         QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    if (!q)
        return R::failure(q.kind(), q.error());
    if (!q->next())
        return R(std::optional<qint64>());
    return R(std::optional<qint64>(q->value(0).toLongLong()));
}

Status OwnerStatementRepository::linkOutboxIn(QSqlDatabase& conn, qint64 statementId,
                                              qint64 outboxId)
{
    auto q = Database::exec(
        conn, QStringLiteral("UPDATE owner_statements SET outbox_id = ? WHERE id = ?"),
        {outboxId, statementId});
    return q ? Status() : Status::failure(q.kind(), q.error());
}

Result<QList<qint64>> OwnerStatementRepository::outboxMessages(QDate asOf) const
{
    auto q = m_db.exec(QStringLiteral("SELECT outbox_id FROM owner_statements WHERE as_of = ? "
                                      "AND outbox_id IS NOT NULL ORDER BY outbox_id"),
                       {asOf.toString(Qt::ISODate)});
    if (!q)
        return Result<QList<qint64>>::failure(q.kind(), q.error());
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    return ids;
}

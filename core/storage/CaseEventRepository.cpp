#include "CaseEventRepository.h"

#include "Database.h"

#include <QSqlQuery>

namespace {

const QLatin1String columns("id, account_id, kind, date, note, user_name, document_name, "
                            "created_at, cancelled_at, cancelled_by");

CaseEvent fromRow(const QSqlQuery& q)
{
    CaseEvent e;
    e.id = q.value(0).toLongLong();
    e.accountId = q.value(1).toLongLong();
    e.kind = CaseEventKeys::fromKey(q.value(2).toString()).value_or(CaseEventKind::Note);
    e.date = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    e.note = q.value(4).toString();
    e.userName = q.value(5).toString();
    e.documentName = q.value(6).toString();
    e.createdAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
    if (!q.value(8).isNull()) {
        e.cancelled = true;
        e.cancelledAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
    }
    e.cancelledBy = q.value(9).toString();
    return e;
}

} // namespace

Result<QList<CaseEvent>> CaseEventRepository::forAccount(qint64 accountId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + columns +
                           QStringLiteral(" FROM case_events WHERE account_id = ? ORDER BY date, "
                                          "id"),
                       {accountId});
    if (!q)
        return Result<QList<CaseEvent>>::failure(q.kind(), q.error());
    QList<CaseEvent> events;
    while (q->next())
        events.append(fromRow(*q));
    return events;
}

Result<QHash<qint64, QList<CaseEvent>>> CaseEventRepository::byAccount() const
{
    using R = Result<QHash<qint64, QList<CaseEvent>>>;
    auto q = m_db.exec(QStringLiteral("SELECT ") + columns +
                       QStringLiteral(" FROM case_events ORDER BY account_id, date, id"));
    if (!q)
        return R::failure(q.kind(), q.error());
    QHash<qint64, QList<CaseEvent>> events;
    while (q->next()) {
        CaseEvent e = fromRow(*q);
        events[e.accountId].append(std::move(e));
    }
    return events;
}

Result<CaseEvent> CaseEventRepository::byId(qint64 id) const
{
    QSqlDatabase conn = m_db.connection();
    return byIdIn(conn, id);
}

Result<CaseEvent> CaseEventRepository::byIdIn(QSqlDatabase& conn, qint64 id)
{
    auto q = Database::exec(conn,
                            QStringLiteral("SELECT ") + columns +
                                QStringLiteral(", document FROM case_events WHERE id = ?"),
                            {id});
    if (!q)
        return Result<CaseEvent>::failure(q.kind(), q.error());
    if (!q->next())
        return Result<CaseEvent>::failure(
            ErrorKind::NotFound, tr("There is no event number %1 in the case files.").arg(id));
    CaseEvent e = fromRow(*q);
    e.document = q->value(10).toByteArray();
    return e;
}

Result<qint64> CaseEventRepository::insertIn(QSqlDatabase& conn, const CaseEvent& e)
{
    auto q = Database::exec(
        conn,
        QStringLiteral("INSERT INTO case_events (account_id, kind, date, note, user_name, "
                       "document, document_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"),
        {e.accountId, CaseEventKeys::toKey(e.kind), e.date.toString(Qt::ISODate), e.note,
         e.userName, e.document.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : e.document,
         e.documentName, e.createdAt.toUTC().toString(Qt::ISODate)});
    if (!q)
        return Result<qint64>::failure(q.kind(), q.error());
    if (!q->next())
        return Result<qint64>::failure(tr("The database did not return the new event's number."));
    return q->value(0).toLongLong();
}

Status CaseEventRepository::markCancelledIn(QSqlDatabase& conn, qint64 id, const QString& user,
                                            const QDateTime& at)
{
    auto q = Database::exec(conn,
                            QStringLiteral("UPDATE case_events SET cancelled_at = ?, cancelled_by "
                                           "= ? WHERE id = ?"),
                            {at.toUTC().toString(Qt::ISODate), user, id});
    return q ? Status() : Status::failure(q.kind(), q.error());
}

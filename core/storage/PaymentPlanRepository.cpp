#include "PaymentPlanRepository.h"

#include "Database.h"

#include <QSqlQuery>

namespace {

const QLatin1String columns("id, account_id, created, debt, instalments, first_due, signed_on, "
                            "user_name, created_at");

PaymentPlan fromRow(const QSqlQuery& q)
{
    PaymentPlan p;
    p.id = q.value(0).toLongLong();
    p.accountId = q.value(1).toLongLong();
    p.created = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    p.debt = Money::fromCents(q.value(3).toLongLong());
    p.instalments = q.value(4).toInt();
    p.firstDue = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    if (!q.value(6).isNull())
        p.signedOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    p.userName = q.value(7).toString();
    p.createdAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
    return p;
}

} // namespace

Result<QHash<qint64, QList<PaymentPlan>>> PaymentPlanRepository::byAccount() const
{
    QSqlDatabase conn = m_db.connection();
    return byAccountIn(conn);
}

Result<QHash<qint64, QList<PaymentPlan>>> PaymentPlanRepository::byAccountIn(QSqlDatabase& conn)
{
    using R = Result<QHash<qint64, QList<PaymentPlan>>>;
    auto q = Database::exec(conn, QStringLiteral("SELECT ") + columns +
                                      QStringLiteral(" FROM payment_plans ORDER BY account_id, "
                                                     "created, id"));
    if (!q)
        return R::failure(q.kind(), q.error());
    QHash<qint64, QList<PaymentPlan>> plans;
    while (q->next()) {
        PaymentPlan p = fromRow(*q);
        plans[p.accountId].append(std::move(p));
    }
    return plans;
}

Result<QList<PaymentPlan>> PaymentPlanRepository::forAccount(qint64 accountId) const
{
    QSqlDatabase conn = m_db.connection();
    return forAccountIn(conn, accountId);
}

Result<QList<PaymentPlan>> PaymentPlanRepository::forAccountIn(QSqlDatabase& conn, qint64 accountId)
{
    auto q = Database::exec(conn,
                            QStringLiteral("SELECT ") + columns +
                                QStringLiteral(" FROM payment_plans WHERE account_id = ? ORDER BY "
                                               "created, id"),
                            {accountId});
    if (!q)
        return Result<QList<PaymentPlan>>::failure(q.kind(), q.error());
    QList<PaymentPlan> plans;
    while (q->next())
        plans.append(fromRow(*q));
    return plans;
}

Result<qint64> PaymentPlanRepository::insertIn(QSqlDatabase& conn, const PaymentPlan& p)
{
    auto q = Database::exec(
        conn,
        QStringLiteral("INSERT INTO payment_plans (account_id, created, debt, instalments, "
                       "first_due, user_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"),
        {p.accountId, p.created.toString(Qt::ISODate), p.debt.cents(), p.instalments,
         p.firstDue.toString(Qt::ISODate), p.userName, p.createdAt.toUTC().toString(Qt::ISODate)});
    if (!q)
        return Result<qint64>::failure(q.kind(), q.error());
    if (!q->next())
        return Result<qint64>::failure(ErrorKind::Storage,
                                       tr("The payment plan was not stored: try again."));
    return q->value(0).toLongLong();
}

Status PaymentPlanRepository::setSignedIn(QSqlDatabase& conn, qint64 planId, QDate signedOn)
{
    auto q =
        Database::exec(conn, QStringLiteral("UPDATE payment_plans SET signed_on = ? WHERE id = ?"),
                       {signedOn.toString(Qt::ISODate), planId});
    if (!q)
        return Status::failure(q.kind(), q.error());
    return {};
}

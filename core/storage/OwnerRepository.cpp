#include "OwnerRepository.h"

#include "Database.h"

#include <QDateTime>
#include <QSqlQuery>

namespace {

const QLatin1String
    ownerColumns("id, ref, name, email, address1, address2, postal_code, city, country");

Owner fromRow(const QSqlQuery& q)
{
    Owner o;
    o.id = q.value(0).toLongLong();
    o.ref = q.value(1).toString();
    o.name = q.value(2).toString();
    o.email = q.value(3).toString();
    o.address1 = q.value(4).toString();
    o.address2 = q.value(5).toString();
    o.postalCode = q.value(6).toString();
    o.city = q.value(7).toString();
    o.country = q.value(8).toString();
    return o;
}

} // namespace

Result<QList<Owner>> OwnerRepository::allIn(QSqlDatabase& conn)
{
    auto q = Database::exec(conn,
                            QStringLiteral("SELECT %1 FROM owners ORDER BY ref").arg(ownerColumns));
    if (!q)
        return Result<QList<Owner>>::failure(q.error());
    QList<Owner> owners;
    while (q->next())
        owners.append(fromRow(*q));
    return owners;
}

Result<std::optional<Owner>> OwnerRepository::byRefIn(QSqlDatabase& conn, const QString& ref)
{
    using R = Result<std::optional<Owner>>;
    auto q = Database::exec(conn,
                            QStringLiteral("SELECT %1 FROM owners WHERE ref = ?").arg(ownerColumns),
                            {ref.trimmed()});
    if (!q)
        return R::failure(q.error());
    if (!q->next())
        return std::optional<Owner>();
    return std::optional<Owner>(fromRow(*q));
}

Result<Owner> OwnerRepository::saveIn(QSqlDatabase& conn, const Owner& owner)
{
    Owner stored = owner;
    stored.ref = owner.ref.trimmed();
    stored.name = owner.name.trimmed();
    stored.email = owner.email.trimmed();
    if (stored.country.isEmpty())
        stored.country = QStringLiteral("FR");
    if (stored.ref.isEmpty())
        return Result<Owner>::failure(tr("The owner has no reference."));
    const QVariantList values{stored.name,       stored.email, stored.address1, stored.address2,
                              stored.postalCode, stored.city,  stored.country,  stored.ref};
    auto upd = Database::exec(conn,
                              QStringLiteral("UPDATE owners SET name = ?, email = ?, address1 = ?, "
                                             "address2 = ?, postal_code = ?, city = ?, country = "
                                             "? WHERE ref = ? RETURNING id"),
                              values);
    if (!upd)
        return Result<Owner>::failure(upd.error());
    if (upd->next()) {
        stored.id = upd->value(0).toLongLong();
        return stored;
    }
    QVariantList insert = values;
    insert.append(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    auto ins = Database::exec(conn,
                              QStringLiteral("INSERT INTO owners (name, email, address1, address2, "
                                             "postal_code, city, country, ref, created_at) VALUES "
                                             "(?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                              insert);
    if (!ins)
        return Result<Owner>::failure(ins.error());
    if (!ins->next())
        return Result<Owner>::failure(
            tr("The database did not store the owner %1.").arg(stored.ref));
    stored.id = ins->value(0).toLongLong();
    return stored;
}

Result<QList<Owner>> OwnerRepository::all() const
{
    QSqlDatabase conn = m_db.connection();
    return allIn(conn);
}

Result<std::optional<Owner>> OwnerRepository::byRef(const QString& ref) const
{
    QSqlDatabase conn = m_db.connection();
    return byRefIn(conn, ref);
}

Result<Owner> OwnerRepository::save(const Owner& owner) const
{
    Owner saved;
    Status s = m_db.write([&](QSqlDatabase& conn) -> Status {
        auto r = saveIn(conn, owner);
        if (!r)
            return Status::failure(r.error());
        saved = *r;
        return Database::audit(conn, QStringLiteral("owner.save"), QStringLiteral("owner"),
                               saved.ref, {});
    });
    if (!s)
        return Result<Owner>::failure(s.error());
    return saved;
}

Result<QList<qint64>> OwnerRepository::accountsOf(qint64 ownerId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id FROM accounts WHERE owner_id = ? ORDER BY ref"),
                       {ownerId});
    if (!q)
        return Result<QList<qint64>>::failure(q.error());
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

Result<QHash<qint64, qint64>> OwnerRepository::ownerOfAccounts() const
{
    auto q =
        m_db.exec(QStringLiteral("SELECT id, owner_id FROM accounts WHERE owner_id IS NOT NULL"));
    if (!q)
        return Result<QHash<qint64, qint64>>::failure(q.error());
    QHash<qint64, qint64> owners;
    while (q->next())
        owners.insert(q->value(0).toLongLong(), q->value(1).toLongLong());
    return owners;
}

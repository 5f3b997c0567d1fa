#include "AgencyRepository.h"

#include "Database.h"

#include <QSqlQuery>

namespace {

bool isPng(const QByteArray& bytes)
{
    static const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    return bytes.startsWith(signature);
}

QVariant blob(const QByteArray& bytes)
{
    return bytes.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(bytes);
}

} // namespace

Result<AgencyIdentity> AgencyRepository::load() const
{
    QSqlDatabase conn = m_db.connection();
    return loadIn(conn);
}

Result<AgencyIdentity> AgencyRepository::loadIn(QSqlDatabase& conn)
{
    auto q = Database::exec(
        conn,
        QStringLiteral(
            "SELECT name, address1, address2, postal_code, city, country, phone, email, website, "
            "siret, professional_card, legal_footer, signatory, logo, signature FROM agency "
            "WHERE id = 1"));
    if (!q)
        return Result<AgencyIdentity>::failure(q.error());
    AgencyIdentity a;
    if (!q->next())
        return a;
    a.name = q->value(0).toString();
    a.address1 = q->value(1).toString();
    a.address2 = q->value(2).toString();
    a.postalCode = q->value(3).toString();
    a.city = q->value(4).toString();
    a.country = q->value(5).toString();
    a.phone = q->value(6).toString();
    a.email = q->value(7).toString();
    a.website = q->value(8).toString();
    a.siret = q->value(9).toString();
    a.professionalCard = q->value(10).toString();
    a.legalFooter = q->value(11).toString();
    a.signatory = q->value(12).toString();
    a.logoPng = q->value(13).toByteArray();
    a.signaturePng = q->value(14).toByteArray();
    return a;
}

Status AgencyRepository::save(const AgencyIdentity& agency) const
{
    return m_db.write([&](QSqlDatabase& conn) { return saveIn(conn, agency); });
}

Status AgencyRepository::saveIn(QSqlDatabase& conn, const AgencyIdentity& a)
{
    if (!a.logoPng.isEmpty() && !isPng(a.logoPng))
        return Status::failure(
            tr("The agency logo must be a PNG image: convert it and try again."));
    if (!a.signaturePng.isEmpty() && !isPng(a.signaturePng))
        return Status::failure(
            tr("The signature image must be a PNG image: convert it and try again."));
    // The row exists from the schema on; the upsert also repairs a database
    // where it was deleted by hand.
    auto q = Database::exec(
        conn,
        QStringLiteral(
            "INSERT INTO agency (id, name, address1, address2, postal_code, city, country, phone, "
            "email, website, siret, professional_card, legal_footer, signatory, logo, signature) "
            "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE "
            "SET name = excluded.name, address1 = excluded.address1, address2 = "
            "excluded.address2, postal_code = excluded.postal_code, city = excluded.city, "
            "country = excluded.country, phone = excluded.phone, email = excluded.email, "
            "website = excluded.website, siret = excluded.siret, professional_card = "
            "excluded.professional_card, legal_footer = excluded.legal_footer, signatory = "
            "excluded.signatory, logo = excluded.logo, signature = excluded.signature"),
        {a.name.trimmed(), a.address1, a.address2, a.postalCode, a.city,
         a.country.isEmpty() ? QStringLiteral("FR") : a.country, a.phone, a.email, a.website,
         a.siret, a.professionalCard, a.legalFooter, a.signatory, blob(a.logoPng),
         blob(a.signaturePng)});
    return q ? Status() : Status::failure(q.error());
}

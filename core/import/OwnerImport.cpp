#include "OwnerImport.h"

#include "ImportReport.h"
#include "ledger/OwnerValidator.h"
#include "storage/OwnerRepository.h"

QList<ColumnMap::Column> OwnerImport::columns()
{
    using L = FieldLimits;
    // Each name with « propriétaire » and with « mandant »: agencies use both.
    const auto col = [](const char* key, const QStringList& forms, qsizetype maxLength) {
        QStringList aliases;
        for (const QString& form : forms)
            for (const QString& who : {QStringLiteral("propriétaire"), QStringLiteral("mandant")})
                aliases << form.arg(who);
        return ColumnMap::Column{QString::fromLatin1(key), false, aliases, maxLength, false};
    };
    return {
        col("owner_ref",
            {QStringLiteral("code %1"), QStringLiteral("réf %1"), QStringLiteral("référence %1"),
             QStringLiteral("code du %1"), QStringLiteral("réf du %1")},
            L::ref),
        col("owner_name",
            {QStringLiteral("%1"), QStringLiteral("nom %1"), QStringLiteral("nom du %1")}, L::name),
        col("owner_email",
            {QStringLiteral("courriel %1"), QStringLiteral("e-mail %1"), QStringLiteral("mail %1"),
             QStringLiteral("courriel du %1"), QStringLiteral("e-mail du %1")},
            L::emailList),
        col("owner_address1",
            {QStringLiteral("adresse %1"), QStringLiteral("adresse 1 %1"),
             QStringLiteral("adresse du %1"), QStringLiteral("adresse 1 du %1")},
            L::addressLine),
        col("owner_address2", {QStringLiteral("adresse 2 %1"), QStringLiteral("adresse 2 du %1")},
            L::addressLine),
        col("owner_postal_code",
            {QStringLiteral("code postal %1"), QStringLiteral("cp %1"),
             QStringLiteral("code postal du %1")},
            L::postalCode),
        col("owner_city", {QStringLiteral("ville %1"), QStringLiteral("ville du %1")}, L::city),
        col("owner_country", {QStringLiteral("pays %1"), QStringLiteral("pays du %1")}, L::country),
    };
}

OwnerImport::OwnerImport(const ColumnMap& columns, const QList<Owner>& stored)
{
    const auto idx = [&](const char* key) {
        return columns.index(QString::fromLatin1(key));
    };
    m_ref = idx("owner_ref");
    m_name = idx("owner_name");
    m_email = idx("owner_email");
    m_address1 = idx("owner_address1");
    m_address2 = idx("owner_address2");
    m_postal = idx("owner_postal_code");
    m_city = idx("owner_city");
    m_country = idx("owner_country");
    for (int c : {m_name, m_email, m_address1, m_address2, m_postal, m_city, m_country})
        if (c >= 0)
            m_details.append(c);
    for (const Owner& o : stored)
        m_stored.insert(o.ref, o);
}

void OwnerImport::readRow(int line, const QStringList& f, Account& account, ImportReport& report)
{
    if (m_ref < 0 && m_details.isEmpty())
        return;
    const auto error = [&](const char* column, const QString& message) {
        report.addError(line, QString::fromLatin1(column), message);
    };
    const QString ref = ColumnMap::value(f, m_ref);
    bool hasDetails = false;
    for (int c : std::as_const(m_details))
        hasDetails = hasDetails || !ColumnMap::value(f, c).isEmpty();

    if (ref.isEmpty()) {
        if (!ColumnMap::value(f, m_name).isEmpty())
            error("owner_ref", tr("the owner “%1” has no reference; give it in owner_ref (« code "
                                  "propriétaire »), the same on every line of this owner")
                                   .arg(ColumnMap::value(f, m_name)));
        else if (hasDetails)
            error("owner_ref", tr("the owner's address or e-mail is given but not the owner's "
                                  "reference (owner_ref)"));
        else if (m_ref >= 0)
            account.ownerRef.clear();
        return;
    }
    account.ownerRef = ref;
    if (!hasDetails) {
        m_links.append({line, ref});
        return;
    }

    // Columns the file lacks keep the stored details.
    Owner owner = m_stored.value(ref);
    owner.id = 0;
    owner.ref = ref;
    const auto text = [&](int column, QString& target) {
        if (column >= 0)
            target = ColumnMap::value(f, column);
    };
    text(m_name, owner.name);
    text(m_email, owner.email);
    text(m_address1, owner.address1);
    text(m_address2, owner.address2);
    text(m_postal, owner.postalCode);
    text(m_city, owner.city);
    if (m_country >= 0) {
        owner.country = ColumnMap::value(f, m_country).toUpper();
        if (owner.country.isEmpty())
            owner.country = QStringLiteral("FR");
    }

    bool valid = true;
    for (const OwnerValidator::Problem& p : OwnerValidator::check(owner)) {
        valid = false;
        using F = OwnerValidator::Field;
        switch (p.field) {
        case F::Ref:
            error("owner_ref", p.message);
            break;
        case F::Name:
            error("owner_name", owner.name.trimmed().isEmpty()
                                    ? tr("the owner %1 has no name; it is printed on the "
                                         "owner's statements")
                                          .arg(ref)
                                    : p.message);
            break;
        case F::Email:
            error("owner_email",
                  FieldLimits::check(owner.email, FieldLimits::emailList) ==
                          FieldLimits::Problem::None
                      ? tr("“%1” is not an e-mail address (one address for the owner)")
                            .arg(owner.email)
                      : p.message);
            break;
        case F::Address:
            error(m_address2 >= 0 && owner.address2.size() > FieldLimits::addressLine
                      ? "owner_address2"
                      : "owner_address1",
                  p.message);
            break;
        case F::PostalCode:
            error("owner_postal_code", p.message);
            break;
        case F::City:
            error("owner_city", p.message);
            break;
        case F::Country:
            error("owner_country", p.message);
            break;
        }
    }
    if (!valid)
        return;

    const auto given = m_given.constFind(ref);
    if (given == m_given.constEnd()) {
        m_given.insert(ref, {line, owner});
        m_order.append(ref);
    } else if (!given->owner.sameDetails(owner)) {
        error(m_name >= 0 ? "owner_name" : "owner_ref",
              tr("the owner %1 has other details on line %2; give the same name, e-mail and "
                 "address on every line of this owner, or only the reference")
                  .arg(ref)
                  .arg(given->line));
    }
}

void OwnerImport::finish(ImportReport& report) const
{
    for (const auto& [line, ref] : m_links)
        if (!m_stored.contains(ref) && !m_given.contains(ref))
            report.addError(line, QStringLiteral("owner_ref"),
                            tr("there is no owner %1; give the owner's name on this line (or on "
                               "another line of this owner), or create the owner first")
                                .arg(ref));
}

QList<Owner> OwnerImport::changes(ImportReport& report) const
{
    QList<Owner> owners;
    for (const QString& ref : m_order) {
        const Owner& owner = m_given.value(ref).owner;
        const auto stored = m_stored.constFind(ref);
        if (stored == m_stored.constEnd()) {
            ++report.ownersAdded;
            owners.append(owner);
        } else if (!stored->sameDetails(owner)) {
            ++report.ownersUpdated;
            owners.append(owner);
        }
    }
    return owners;
}

Status OwnerImport::writeIn(QSqlDatabase& conn, const QList<Owner>& owners)
{
    for (const Owner& owner : owners)
        if (auto saved = OwnerRepository::saveIn(conn, owner); !saved)
            return Status::failure(saved.error());
    return {};
}

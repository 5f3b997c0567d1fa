// The covering e-mail of the landlords' statements (issue 15): the default
// text per language, the agency's own text kept in the settings, and what
// is refused before it is stored.
#include "TestSupport.h"

#include "reports/OwnerStatementEmail.h"

#include <catch2/catch.hpp>

using namespace TestSupport;

namespace {

OwnerStatements statements(const QString& language)
{
    OwnerStatements all;
    all.asOf = QDate(2026, 11, 30);
    all.language = language;
    all.agency.name = QStringLiteral("Agence du Parc");
    OwnerStatement s;
    s.asOf = all.asOf;
    s.owner.ref = QStringLiteral("PROP-ODILE");
    s.owner.name = QStringLiteral("Mme Odile Faure");
    s.tenants.resize(2);
    s.total = Money::fromCents(551350);
    all.statements << s;
    return all;
}

} // namespace

TEST_CASE("The landlords' e-mail merges the owner, the date, the count and the total in French "
          "and in English")
{
    QTemporaryDir dir;
    auto db = createDatabase(dir);
    auto fr = OwnerStatementEmail::text(*db, QStringLiteral("fr"));
    REQUIRE(fr.ok());
    const OwnerStatements all = statements(QStringLiteral("fr"));
    const auto mail = OwnerStatementEmail::compose(*fr, all, all.statements.first());
    CHECK(mail.subject ==
          QStringLiteral("Relevé des impayés au 30 novembre 2026 – Agence du Parc"));
    CHECK(mail.body.contains(QStringLiteral("Mme Odile Faure")));
    CHECK(mail.body.contains(
        QStringLiteral("2 locataire(s), pour un total de 5\u202f513,50\u00a0€")));

    auto en = OwnerStatementEmail::text(*db, QStringLiteral("en"));
    REQUIRE(en.ok());
    const OwnerStatements english = statements(QStringLiteral("en"));
    const auto enMail = OwnerStatementEmail::compose(*en, english, english.statements.first());
    CHECK(enMail.subject ==
          QStringLiteral("Arrears statement as of 30 November 2026 – Agence du Parc"));
    CHECK(enMail.body.contains(QStringLiteral("2 tenant(s), €5,513.50 in total")));
}

TEST_CASE("The agency's own landlords' e-mail is stored per language, checked first, and can be "
          "forgotten")
{
    QTemporaryDir dir;
    auto db = createDatabase(dir);
    const OwnerStatements all = statements(QStringLiteral("fr"));

    OwnerStatementEmail::Text own{QStringLiteral("Vos locataires au {{statement.as_of}}"),
                                  QStringLiteral("Bonjour {{owner.name}}, total "
                                                 "{{statement.total}}.")};
    REQUIRE(OwnerStatementEmail::save(*db, QStringLiteral("fr"), own).ok());
    auto stored = OwnerStatementEmail::text(*db, QStringLiteral("fr"));
    REQUIRE(stored.ok());
    const auto mail = OwnerStatementEmail::compose(*stored, all, all.statements.first());
    CHECK(mail.subject == QStringLiteral("Vos locataires au 30 novembre 2026"));
    CHECK(mail.body == QStringLiteral("Bonjour Mme Odile Faure, total 5\u202f513,50\u00a0€."));
    // The English text is still the default.
    auto en = OwnerStatementEmail::text(*db, QStringLiteral("en"));
    REQUIRE(en.ok());
    CHECK(en->subject.startsWith(QStringLiteral("Arrears statement")));

    SECTION("a field of the letters, which the statement does not have, is refused")
    {
        OwnerStatementEmail::Text bad{QStringLiteral("Relevé"),
                                      QStringLiteral("Compte {{account.ref}}")};
        const Status s = OwnerStatementEmail::save(*db, QStringLiteral("fr"), bad);
        CHECK_FALSE(s.ok());
        CHECK(s.error().contains(QStringLiteral("account.ref")));
        CHECK(OwnerStatementEmail::text(*db, QStringLiteral("fr"))->body == own.body);
    }
    SECTION("an unfinished field and an empty subject are refused")
    {
        CHECK_FALSE(OwnerStatementEmail::save(
                        *db, QStringLiteral("fr"),
                        {QStringLiteral("Relevé"), QStringLiteral("Bonjour {{owner.name")})
                        .ok());
        CHECK_FALSE(
            OwnerStatementEmail::save(*db, QStringLiteral("fr"), {QString(), QStringLiteral("x")})
                .ok());
        CHECK(OwnerStatementEmail::text(*db, QStringLiteral("fr"))->body == own.body);
    }
    SECTION("restoring the default forgets the agency's text")
    {
        REQUIRE(OwnerStatementEmail::restoreDefault(*db, QStringLiteral("fr")).ok());
        CHECK(OwnerStatementEmail::text(*db, QStringLiteral("fr"))
                  ->subject.startsWith(QStringLiteral("Relevé des impayés")));
    }
}

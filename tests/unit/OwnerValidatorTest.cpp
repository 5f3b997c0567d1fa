// The rules of a landlord (OwnerValidator), shared by the account form and
// the CSV import.
#include "ledger/OwnerValidator.h"

#include <catch2/catch.hpp>

namespace {

Owner martin()
{
    Owner o;
    o.ref = QStringLiteral("PROP012");
    o.name = QStringLiteral("Mme Hélène Martin");
    o.email = QStringLiteral("helene.martin@example.fr");
    o.address1 = QStringLiteral("3 place Bellecour");
    o.postalCode = QStringLiteral("69002");
    o.city = QStringLiteral("Lyon");
    return o;
}

QList<OwnerValidator::Field> fields(const Owner& o)
{
    QList<OwnerValidator::Field> out;
    for (const auto& p : OwnerValidator::check(o))
        out.append(p.field);
    return out;
}

} // namespace

TEST_CASE(
    "An owner with a ref, a name and a deliverable address is valid, with or without an e-mail")
{
    CHECK(OwnerValidator::check(martin()).isEmpty());
    Owner noMail = martin();
    noMail.email.clear();
    CHECK(OwnerValidator::check(noMail).isEmpty());
    Owner nameOnly;
    nameOnly.ref = QStringLiteral("PROP1");
    nameOnly.name = QStringLiteral("SCI du Parc");
    CHECK(OwnerValidator::check(nameOnly).isEmpty());
}

TEST_CASE("An owner needs a ref and a name, and says which field is wrong")
{
    using F = OwnerValidator::Field;
    Owner o = martin();
    o.ref = QStringLiteral("  ");
    o.name.clear();
    const auto problems = OwnerValidator::check(o);
    REQUIRE(problems.size() == 2);
    CHECK(problems.at(0).field == F::Ref);
    CHECK(problems.at(0).message.contains(QStringLiteral("reference")));
    CHECK(problems.at(1).field == F::Name);
}

TEST_CASE("An owner's e-mail must be one valid address")
{
    using F = OwnerValidator::Field;
    Owner o = martin();
    o.email = QStringLiteral("helene.martin@");
    CHECK(fields(o) == QList<F>{F::Email});
    // Statements go to one mailbox: a list is refused.
    o.email = QStringLiteral("a@example.fr, b@example.fr");
    CHECK(fields(o) == QList<F>{F::Email});
}

TEST_CASE("An owner's postal address must be deliverable and its fields within the limits")
{
    using F = OwnerValidator::Field;
    Owner o = martin();
    o.postalCode = QStringLiteral("6900");
    CHECK(fields(o) == QList<F>{F::PostalCode});
    o = martin();
    o.postalCode.clear();
    o.city.clear();
    CHECK(fields(o) == QList<F>{F::PostalCode, F::City});
    o = martin();
    o.country = QStringLiteral("France");
    CHECK(fields(o) == QList<F>{F::Country});
    o = martin();
    o.country = QStringLiteral("BE");
    o.postalCode = QStringLiteral("1000");
    CHECK(OwnerValidator::check(o).isEmpty());
    o = martin();
    o.name = QString(201, u'x');
    CHECK(fields(o) == QList<F>{F::Name});
    o = martin();
    o.address1 = QStringLiteral("3 place\nBellecour");
    CHECK(fields(o) == QList<F>{F::Address});
}

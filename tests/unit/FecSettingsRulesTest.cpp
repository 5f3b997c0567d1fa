// The rules the Settings page and `config import` share for the FEC
// settings: what the spec's defaults and the agencies' usual rules pass, and
// what is refused, with the field named.
#include "import/FecSettingsValidator.h"

#include <catch2/catch.hpp>

namespace {
FecKindRule rule(QStringList words, FecKindRule::OnSide side, EntryKind kind)
{
    FecKindRule r;
    r.words = std::move(words);
    r.side = side;
    r.kind = kind;
    return r;
}

QStringList keys(const FecSettings& s)
{
    QStringList out;
    for (const FecSettingsValidator::Problem& p : FecSettingsValidator::check(s))
        out << p.key;
    return out;
}
} // namespace

TEST_CASE("FEC settings: the defaults pass, and so do rules on either side, Other on a credit and "
          "several prefixes")
{
    using S = FecKindRule::OnSide;
    CHECK(keys(FecSettings::defaults()).isEmpty());
    FecSettings s = FecSettings::defaults();
    s.tenantPrefixes = {QStringLiteral("4111"), QStringLiteral(" 4191 "), QString()};
    s.kindRules = {rule({QStringLiteral("BQ")}, S::Any, EntryKind::Payment),
                   rule({QStringLiteral("divers")}, S::Credit, EntryKind::Other),
                   rule({QStringLiteral("divers")}, S::Debit, EntryKind::Other),
                   rule({QStringLiteral("  "), QStringLiteral("Frais")}, S::Debit, EntryKind::Fee)};
    CHECK(keys(s).isEmpty());
    // No rule at all is allowed: every debit is rent, every credit a payment.
    s.kindRules.clear();
    CHECK(FecSettingsValidator::validate(s).ok());
    CHECK(s.kindFor(Side::Credit, QStringLiteral("Avoir"), QString(), QString()) ==
          EntryKind::Payment);
}

TEST_CASE("FEC settings: no prefix, letters in a prefix, a rule without a word and kinds of the "
          "other side are refused where they are")
{
    using S = FecKindRule::OnSide;
    FecSettings s;
    s.tenantPrefixes = {QStringLiteral(" ")};
    s.kindRules = {rule({QStringLiteral("-"), QStringLiteral("'")}, S::Any, EntryKind::Fee),
                   rule({QStringLiteral("avoir")}, S::Debit, EntryKind::CreditNote),
                   rule({QStringLiteral("loyer")}, S::Credit, EntryKind::Rent)};
    CHECK(keys(s) ==
          QStringList{QStringLiteral("tenant_prefixes"), QStringLiteral("kind_rules[0].words"),
                      QStringLiteral("kind_rules[1].kind"), QStringLiteral("kind_rules[2].kind")});
    const Status status = FecSettingsValidator::validate(s);
    REQUIRE_FALSE(status.ok());
    CHECK(status.kind() == ErrorKind::BadInput);
    CHECK(status.error().startsWith(QStringLiteral("Tenant account prefixes: give at least one")));

    s.tenantPrefixes = {QStringLiteral("411"), QStringLiteral("411-A"),
                        QStringLiteral("123456789012345678901")};
    s.kindRules.clear();
    const auto problems = FecSettingsValidator::check(s);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].message.contains(QStringLiteral("« 411-A »")));
    CHECK(problems[1].message.contains(QStringLiteral("longer than 20 digits")));
}

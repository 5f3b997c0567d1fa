#include "money/Money.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

namespace {
qint64 cents(const char* text)
{
    QString error;
    const auto m = Money::parse(QString::fromUtf8(text), &error);
    INFO(text << " -> " << error.toStdString());
    REQUIRE(m.has_value());
    return m->cents();
}
bool rejects(const char* text)
{
    QString error;
    const auto m = Money::parse(QString::fromUtf8(text), &error);
    return !m.has_value() && !error.isEmpty();
}
} // namespace

TEST_CASE("Every amount form of import-formats.md parses to the same cents")
{
    CHECK(cents("1013.50") == 101350);
    CHECK(cents("1013,50") == 101350);
    CHECK(cents("1 013,50") == 101350);
    CHECK(cents("1.013,50") == 101350);
    CHECK(cents("1 013,50 €") == 101350);
    CHECK(cents("1\u00a0013,50") == 101350);
    CHECK(cents("1\u202f013,50\u00a0€") == 101350);
    CHECK(cents("1,013.50") == 101350);
    CHECK(cents("€1,013.50") == 101350);
    CHECK(cents("1013") == 101300);
    CHECK(cents("1013,5") == 101350);
    CHECK(cents("0,05") == 5);
    CHECK(cents(",50") == 50);
    CHECK(cents("1.013.500") == 101350000);
}

TEST_CASE("Negative, zero and large amounts")
{
    CHECK(cents("-12,30") == -1230);
    CHECK(cents("-1 013,50 €") == -101350);
    CHECK(cents("-€12.00") == -1200);
    CHECK(cents("0") == 0);
    CHECK(cents("0,00") == 0);
    CHECK(rejects("99999999999999999999"));
}

TEST_CASE("Bad amounts are refused with a reason, never rounded")
{
    CHECK(rejects(""));
    CHECK(rejects("   "));
    CHECK(rejects("12,345"));    // three decimals
    CHECK(rejects("12.999"));    // three decimals
    CHECK(rejects("1.013,505")); // three decimals
    CHECK(rejects("abc"));
    CHECK(rejects("12 euros"));
    CHECK(rejects("1.0.0,5"));
    CHECK(rejects("1,01,50.00"));
    CHECK(rejects("-"));
    QString error;
    Money::parse(QStringLiteral("12,345"), &error);
    CHECK(error.contains(QStringLiteral("12,345")));
}

TEST_CASE("Amounts format for people in French and English, and for machines")
{
    const QLocale fr(QLocale::French, QLocale::France);
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    const auto m = Money::fromCents(101350);
    // French groups with a narrow no-break space and puts a no-break space
    // before the euro sign.
    QString f = m.toLocaleString(fr);
    f.replace(QChar(0x202F), u' ').replace(QChar(0x00A0), u' ');
    CHECK(f == QStringLiteral("1 013,50 €"));
    CHECK(m.toLocaleString(en) == QStringLiteral("€1,013.50"));
    QString neg = Money::fromCents(-1200).toLocaleString(fr);
    neg.replace(QChar(0x00A0), u' ');
    CHECK(neg == QStringLiteral("-12,00 €"));
    CHECK(Money::fromCents(5).toPlainString() == QStringLiteral("0.05"));
    CHECK(Money::fromCents(-101350).toPlainString() == QStringLiteral("-1013.50"));
    CHECK(Money::fromCents(0).toPlainString() == QStringLiteral("0.00"));
    CHECK(Money::fromCents(123456789012).toLocaleString(en) == QStringLiteral("€1,234,567,890.12"));
}

TEST_CASE("Sums stay exact")
{
    Money total;
    for (int i = 0; i < 10; ++i)
        total += Money::fromCents(10); // ten times 0,10 €
    CHECK(total == Money::fromCents(100));
    CHECK((Money::fromCents(30) - Money::fromCents(45)).isNegative());
}

TEST_CASE("Amounts are bounded to 1 000 000 000,00 euros, either sign")
{
    CHECK(cents("1 000 000 000,00") == 100000000000);
    CHECK(cents("-1 000 000 000,00") == -100000000000);
    CHECK(cents("000000000001437,12") == 143712);
    CHECK(rejects("1 000 000 000,01"));
    CHECK(rejects("-1 000 000 000,01"));
    CHECK(rejects("999 999 999 999,99"));
    // 93 of these once summed past qint64 and turned a debt into a credit.
    CHECK(rejects("99 999 999 999 999,99"));
    CHECK(rejects("92233720368547758,07"));
    QString error;
    Money::parse(QStringLiteral("5000000000"), &error);
    CHECK(error.contains(QStringLiteral("too large")));
}

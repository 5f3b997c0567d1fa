#include "TestSupport.h"

#include "import/ImportValues.h"

#include <catch2/catch.hpp>

TEST_CASE("Import dates: ISO and French forms, calendar checked")
{
    QString why;
    CHECK(ImportValues::date(QStringLiteral("2026-06-05"), &why) == QDate(2026, 6, 5));
    CHECK(ImportValues::date(QStringLiteral("05/06/2026"), &why) == QDate(2026, 6, 5));
    CHECK(ImportValues::date(QStringLiteral(" 5/6/2026 "), &why) == QDate(2026, 6, 5));
    CHECK_FALSE(ImportValues::date(QStringLiteral("2026-02-30"), &why));
    CHECK(why.contains(QStringLiteral("calendar")));
    CHECK_FALSE(ImportValues::date(QStringLiteral("06/05/26"), &why));
    CHECK_FALSE(ImportValues::date(QStringLiteral("2026/06/05"), &why));
    CHECK_FALSE(ImportValues::date(QStringLiteral("2026-06-05-01"), &why));
    CHECK_FALSE(ImportValues::date(QStringLiteral("juin 2026"), &why));
    CHECK_FALSE(ImportValues::date(QString(), &why));
    // Found by the fuzz test: digits past what a date has must not overflow.
    CHECK_FALSE(ImportValues::date(QStringLiteral("999999999999999992026-07-01"), &why));
    CHECK(why.contains(QStringLiteral("is not a date")));
}

TEST_CASE("Import amounts: the forms of real exports, in cents")
{
    QString why;
    CHECK(ImportValues::amount(QStringLiteral("1 013,50 €"), &why)->cents() == 101350);
    CHECK(ImportValues::amount(QStringLiteral("1.013,50"), &why)->cents() == 101350);
    CHECK(ImportValues::amount(QStringLiteral("-85.5"), &why)->cents() == -8550);
    CHECK_FALSE(ImportValues::amount(QStringLiteral("12,345"), &why));
    CHECK(why.contains(QStringLiteral("two decimals")));
}

TEST_CASE("Import words: English and French, any case, with or without accents")
{
    QString why;
    CHECK(ImportValues::boolean(QStringLiteral("Oui"), &why) == true);
    CHECK(ImportValues::boolean(QStringLiteral("0"), &why) == false);
    CHECK(ImportValues::boolean(QString(), &why) == false);
    CHECK_FALSE(ImportValues::boolean(QStringLiteral("peut-être"), &why));
    CHECK(ImportValues::paymentMethod(QStringLiteral("Prélèvement"), &why) ==
          PaymentMethod::DirectDebit);
    CHECK(ImportValues::paymentMethod(QStringLiteral("direct_debit"), &why) ==
          PaymentMethod::DirectDebit);
    CHECK(ImportValues::paymentMethod(QStringLiteral("CHÈQUE"), &why) == PaymentMethod::Cheque);
    CHECK(ImportValues::leaseType(QStringLiteral("meublé"), &why) == LeaseType::Furnished);
    CHECK(ImportValues::leaseType(QStringLiteral("Garage"), &why) == LeaseType::Parking);
    CHECK(ImportValues::status(QStringLiteral("sorti"), &why) == AccountStatus::Departed);
    CHECK(ImportValues::entryKind(QStringLiteral("Règlement"), &why) == EntryKind::Payment);
    CHECK(ImportValues::entryKind(QStringLiteral("avoir"), &why) == EntryKind::CreditNote);
    CHECK(ImportValues::entryKind(QStringLiteral("rejet"), &why) == EntryKind::PaymentReversal);
    CHECK_FALSE(ImportValues::entryKind(QStringLiteral("loyers"), &why));
    CHECK(ImportValues::language(QStringLiteral("EN"), &why) == QStringLiteral("en"));
}

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

TEST_CASE("Import values read from bytes are those the full readers give")
{
    // The fast paths of large files (ImportValues::plain…) take the usual
    // forms only; whatever they take must read as the full readers read
    // it, and what they leave goes to the full readers (which word the
    // error).
    QString why;
    for (const char* text : {"378.96",
                             "378,96",
                             "-85.5",
                             "+3.05",
                             "0012,5",
                             "-0,00",
                             "0",
                             "7",
                             "1000000000,00",
                             "1000000000,01",
                             "999999999999,99",
                             "0000000000001,00",
                             "12,345",
                             "1.013,50",
                             "12,",
                             ",50",
                             "1 013,50",
                             "12.5€",
                             "--5",
                             "1e5",
                             ""}) {
        const auto fast = ImportValues::plainAmount(QByteArrayView(text, qstrlen(text)));
        const auto full = ImportValues::amount(QString::fromLatin1(text), &why);
        INFO(text);
        if (fast) {
            REQUIRE(full);
            CHECK(fast->cents() == full->cents());
        }
    }
    CHECK(ImportValues::plainAmount("0012,5")->cents() == 1250);
    CHECK(ImportValues::plainAmount("-85.5")->cents() == -8550);
    CHECK(ImportValues::plainAmount("1000000000,00")->cents() == 100'000'000'000);
    CHECK_FALSE(ImportValues::plainAmount("1000000000,01")); // too large: the full reader says so
    CHECK_FALSE(ImportValues::plainAmount("12,345"));
    CHECK_FALSE(ImportValues::plainAmount("1 013,50"));

    for (const char* text : {"2026-06-05", "2024-02-29", "2026-02-30", "2026-6-5", "20260605",
                             "20260230", "05/06/2026", "2026-06-5x"}) {
        const QByteArrayView bytes(text, qstrlen(text));
        INFO(text);
        if (const auto fast = ImportValues::plainDate(bytes))
            CHECK(ImportValues::date(QString::fromLatin1(text), &why) == fast);
        if (const auto fast = ImportValues::plainCompactDate(bytes))
            CHECK(*fast ==
                  QDate::fromString(QString::fromLatin1(text), QStringLiteral("yyyyMMdd")));
    }
    CHECK(ImportValues::plainDate("2024-02-29") == QDate(2024, 2, 29));
    CHECK_FALSE(ImportValues::plainDate("2026-02-30"));
    CHECK(ImportValues::plainCompactDate("20260605") == QDate(2026, 6, 5));
    CHECK_FALSE(ImportValues::plainCompactDate("20260230"));

    for (const char* text : {"rent", "Rent", "PAYMENT", "credit_note", "Credit-Note", "frais",
                             "Paiement", "loyers", "r e n t", ""}) {
        INFO(text);
        if (const auto fast = ImportValues::plainEntryKind(QByteArrayView(text, qstrlen(text))))
            CHECK(ImportValues::entryKind(QString::fromLatin1(text), &why) == fast);
    }
    CHECK(ImportValues::plainEntryKind("Credit-Note") == EntryKind::CreditNote);
    CHECK_FALSE(ImportValues::plainEntryKind("loyers"));
}

// The FEC's pieces: its dates, the header sniffing of the import dialog,
// and the lettrage rules (import-formats.md « FEC »).
#include "TestSupport.h"

#include "import/FecImporter.h"
#include "import/FecLettrage.h"
#include "import/FecReader.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

TEST_CASE("FEC dates: YYYYMMDD, and the ISO and French forms of non-compliant exports")
{
    QString why;
    CHECK(FecReader::date(QStringLiteral("20260605"), &why) == QDate(2026, 6, 5));
    CHECK(FecReader::date(QStringLiteral("2026-06-05"), &why) == QDate(2026, 6, 5));
    CHECK(FecReader::date(QStringLiteral("05/06/2026"), &why) == QDate(2026, 6, 5));
    CHECK_FALSE(FecReader::date(QStringLiteral("20260631"), &why));
    CHECK(why.contains(QStringLiteral("calendar")));
    CHECK_FALSE(FecReader::date(QStringLiteral("2026065"), &why));
    CHECK(why.contains(QStringLiteral("YYYYMMDD")));
    CHECK_FALSE(FecReader::date(QString(), &why));
}

TEST_CASE("The import dialog recognises a FEC by its header only")
{
    QTemporaryDir dir;
    const auto write = [&](const char* name, const QByteArray& bytes) {
        QFile f(dir.filePath(QLatin1String(name)));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    };
    CHECK(FecImporter::looksLikeFec(
        write("pipe.txt", "JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|"
                          "CompAuxNum\n")));
    CHECK(FecImporter::looksLikeFec(
        write("tab.txt", "\xEF\xBB\xBFjournalcode\tjournallib\tecriturenum\tecrituredate\tcomptenum"
                         "\r\nVT\tVentes\t1\t20260601\t411000\r\n")));
    CHECK_FALSE(FecImporter::looksLikeFec(
        write("ledger.csv", "account_ref;entry_ref;date;due_date;label;debit;credit\n")));
    CHECK_FALSE(FecImporter::looksLikeFec(dir.filePath(QStringLiteral("missing.txt"))));
}

TEST_CASE("Lettrage: each credit matches the oldest debit of its group still open")
{
    FecLettrage l;
    const QString a = QStringLiteral("LOC1");
    const QString b = QStringLiteral("LOC2");
    const QDate dl(2026, 9, 30);
    // LOC1, code X: June 850, July 850; credits 400, 450, 850, 100.
    l.add(a, QStringLiteral("X"), 2, Side::Debit, {2026, 6, 1}, dl, 85000, QStringLiteral("J"));
    l.add(a, QStringLiteral("X"), 3, Side::Debit, {2026, 7, 1}, dl, 85000, QStringLiteral("JL"));
    l.add(a, QStringLiteral("X"), 4, Side::Credit, {2026, 6, 10}, dl, 40000, {});
    l.add(a, QStringLiteral("X"), 5, Side::Credit, {2026, 6, 20}, dl, 45000, {});
    l.add(a, QStringLiteral("X"), 6, Side::Credit, {2026, 7, 2}, dl, 85000, {});
    l.add(a, QStringLiteral("X"), 7, Side::Credit, {2026, 7, 3}, dl, 10000, {});
    // The same code on another account is another group.
    l.add(b, QStringLiteral("X"), 8, Side::Credit, {2026, 6, 3}, dl, 10000, {});
    // A code closed on 5 June and used again in July.
    l.add(b, QStringLiteral("Y"), 9, Side::Debit, {2026, 6, 1}, {2026, 6, 5}, 5000,
          QStringLiteral("B-J"));
    l.add(b, QStringLiteral("Y"), 10, Side::Credit, {2026, 6, 5}, {2026, 6, 5}, 5000, {});
    l.add(b, QStringLiteral("Y"), 11, Side::Credit, {2026, 6, 30}, {2026, 7, 2}, 5000, {});
    l.add(b, QStringLiteral("Y"), 12, Side::Debit, {2026, 7, 1}, {2026, 7, 2}, 5000,
          QStringLiteral("B-JL"));
    l.resolve();
    CHECK(l.matchesOf(4) == QStringLiteral("J"));
    CHECK(l.matchesOf(5) == QStringLiteral("J"));
    CHECK(l.matchesOf(6) == QStringLiteral("JL"));
    CHECK(l.matchesOf(7).isEmpty()); // nothing left open: the engine allocates it
    CHECK(l.matchesOf(8).isEmpty());
    CHECK(l.matchesOf(10) == QStringLiteral("B-J"));
    CHECK(l.matchesOf(11) == QStringLiteral("B-JL"));
    CHECK(l.matchesOf(2).isEmpty());
}

#include "TestSupport.h"

#include "import/AccountImporter.h"
#include "import/LedgerImporter.h"
#include "storage/LedgerRepository.h"

#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace TestSupport;

namespace {

struct Totals
{
    qint64 debits = 0;
    qint64 credits = 0;
    QString firstDue;
    QString lastDate;
};

Totals totalsOf(const Database& db, const QString& ref)
{
    auto q = db.exec(QStringLiteral("SELECT t.debits, t.credits, t.first_due, t.last_date FROM "
                                    "account_totals t JOIN accounts a ON a.id = t.account_id "
                                    "WHERE a.ref = ?"),
                     {ref});
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return {q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(),
            q->value(3).toString()};
}

// The ledger's own indexes (not SQLite's automatic ones): a load into an
// empty ledger drops them and builds them again at the end.
int ledgerIndexes(const Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                                    "AND tbl_name = 'ledger_entries' AND sql IS NOT NULL"));
    REQUIRE(q.ok());
    q->next();
    return q->value(0).toInt();
}

// account_totals, every row, as text.
QStringList allTotals(const Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT account_id, debits, credits, first_due, last_date "
                                    "FROM account_totals ORDER BY account_id"));
    REQUIRE(q.ok());
    QStringList rows;
    while (q->next())
        rows.append(QStringLiteral("%1 %2 %3 %4 %5")
                        .arg(q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                             q->value(3).toString(), q->value(4).toString()));
    return rows;
}

int ledgerTriggers(const Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                    "AND tbl_name = 'ledger_entries'"));
    REQUIRE(q.ok());
    q->next();
    return q->value(0).toInt();
}

// A ledger large enough (over 4 MB) for the bulk path: rent every month for
// two tenants, payments for LOC1 only, plus `extra` appended as is.
QByteArray bigLedger(int rows, const QByteArray& extra = {})
{
    QByteArray csv = "account_ref;entry_ref;date;due_date;label;debit;credit\n";
    const QByteArray padding(80, 'x');
    for (int i = 0; i < rows; ++i) {
        const QByteArray ref = i % 2 ? "LOC1" : "LOC2";
        const QDate d = QDate(2000, 1, 1).addDays(i / 2);
        const QByteArray date = d.toString(Qt::ISODate).toLatin1();
        csv += ref + ";AE-" + QByteArray::number(i) + ';' + date + ';' +
               d.addDays(5).toString(Qt::ISODate).toLatin1() + ";Loyer " + padding + ";100,00;\n";
        if (i % 2)
            csv += ref + ";VIR-" + QByteArray::number(i) + ';' + date + ";;Virement;;60,00\n";
    }
    return csv + extra;
}

} // namespace

TEST_CASE("A large ledger import keeps the per-account totals the engine reads")
{
    QTemporaryDir dir;
    auto db = createDatabase(dir);
    const int triggers = ledgerTriggers(*db);
    REQUIRE(triggers > 0);
    const int indexes = ledgerIndexes(*db);
    REQUIRE(indexes > 0);
    writeFile(dir.filePath(QStringLiteral("accounts.csv")),
              "ref;name\nLOC1;M. Jean Dupont\nLOC2;Mme Hélène Martin\nLOC3;M. Paul Roux\n");
    REQUIRE(AccountImporter::importFile(*db, dir.filePath(QStringLiteral("accounts.csv"))).ok());

    const int rows = 40000;
    const QString ledger = dir.filePath(QStringLiteral("ledger.csv"));
    writeFile(ledger, bigLedger(rows));
    REQUIRE(QFileInfo(ledger).size() > 4 * 1024 * 1024);

    SECTION("a refused file leaves the triggers and totals as they were")
    {
        writeFile(ledger, bigLedger(rows, "LOC1;BAD;2026-02-30;2026-03-01;x;1,00;\n"));
        const ImportReport r = LedgerImporter::importFile(*db, ledger);
        CHECK_FALSE(r.ok());
        CHECK(r.errors.size() == 1);
        CHECK(ledgerTriggers(*db) == triggers);
        CHECK(ledgerIndexes(*db) == indexes);
        CHECK(*LedgerRepository(*db).count() == 0);
    }
    SECTION("imported again, unchanged then with one amount changed, the totals follow")
    {
        REQUIRE(LedgerImporter::importFile(*db, ledger).ok());
        const QStringList first = allTotals(*db);

        // Nothing new: the stored ledger is read back and compared, the
        // totals left as they are.
        ImportReport again = LedgerImporter::importFile(*db, ledger);
        REQUIRE(again.ok());
        CHECK(again.added == 0);
        CHECK(again.unchanged == rows + rows / 2);
        CHECK(ledgerTriggers(*db) == triggers);
        CHECK(ledgerIndexes(*db) == indexes);
        CHECK(allTotals(*db) == first);

        // LOC1's first rent (AE-1) is now 150,00 instead of 100,00.
        QByteArray changed = bigLedger(rows);
        const QByteArray before = ";AE-1;2000-01-01;2000-01-06;Loyer " + QByteArray(80, 'x');
        changed.replace(QByteArray(before + ";100,00;"), QByteArray(before + ";150,00;"));
        REQUIRE(changed != bigLedger(rows));
        writeFile(ledger, changed);
        ImportOptions update;
        update.update = true;
        again = LedgerImporter::importFile(*db, ledger, update);
        INFO(again.errorLines().join(u'\n').toStdString());
        REQUIRE(again.ok());
        CHECK(again.replaced == 1);
        CHECK(totalsOf(*db, QStringLiteral("LOC1")).debits == qint64(rows / 2) * 10000 + 5000);
        CHECK(totalsOf(*db, QStringLiteral("LOC2")).debits == qint64(rows / 2) * 10000);
        CHECK(ledgerTriggers(*db) == triggers);
    }
    SECTION("the totals equal the sums of the file, and later writes still update them")
    {
        // LOC3 has paid in advance: a credit and no debit.
        writeFile(ledger, bigLedger(rows, "LOC3;VIR-X;2001-01-01;;Virement;;10,00\n"));
        const ImportReport r = LedgerImporter::importFile(*db, ledger);
        INFO(r.errorLines().join(u'\n').toStdString());
        REQUIRE(r.ok());
        CHECK(r.added == rows + rows / 2 + 1);
        CHECK(ledgerTriggers(*db) == triggers);
        CHECK(ledgerIndexes(*db) == indexes);
        const Totals t = totalsOf(*db, QStringLiteral("LOC1"));
        CHECK(t.debits == qint64(rows / 2) * 10000);
        CHECK(t.credits == qint64(rows / 2) * 6000);
        CHECK(t.firstDue == QStringLiteral("2000-01-06"));
        CHECK(t.lastDate == QDate(2000, 1, 1).addDays((rows - 1) / 2).toString(Qt::ISODate));
        CHECK(totalsOf(*db, QStringLiteral("LOC2")).credits == 0);
        const Totals advance = totalsOf(*db, QStringLiteral("LOC3"));
        CHECK(advance.debits == 0);
        CHECK(advance.credits == 1000);
        CHECK(advance.firstDue == QStringLiteral("9999-12-31"));
        CHECK(advance.lastDate == QStringLiteral("2001-01-01"));
        // Into the empty ledger the totals were written from the sums of the
        // rows as they went in: the same as reading the whole ledger back.
        const QStringList fromSums = allTotals(*db);
        CHECK(fromSums.size() == 3);
        REQUIRE(db->write([](QSqlDatabase& conn) {
                      return LedgerRepository::recomputeTotals(conn);
                  }).ok());
        CHECK(allTotals(*db) == fromSums);

        // The triggers are back: a new entry moves the totals at once.
        LedgerEntry e;
        auto id = db->exec(QStringLiteral("SELECT id FROM accounts WHERE ref = 'LOC1'"));
        REQUIRE(id.ok());
        REQUIRE(id->next());
        e.accountId = id->value(0).toLongLong();
        e.entryRef = QStringLiteral("FR-1");
        e.date = e.dueDate = QDate(2030, 1, 1);
        e.amount = Money::fromCents(1500);
        e.kind = EntryKind::Fee;
        REQUIRE(db->write([&](QSqlDatabase& conn) {
                      auto r = LedgerRepository::insert(conn, e);
                      return r ? Status() : Status::failure(r.error());
                  }).ok());
        CHECK(totalsOf(*db, QStringLiteral("LOC1")).debits == qint64(rows / 2) * 10000 + 1500);
    }
}

// The storage layer on a real PostgreSQL server: schema, migrations, the
// ledger totals trigger, booleans and images, refusals, passwords.
#include "PostgresFixture.h"
#include "TestSupport.h"

#include "ledger/Account.h"
#include "ledger/LedgerEntry.h"
#include "recovery/CaseFile.h"
#include "storage/AccountRepository.h"
#include "storage/AgencyRepository.h"
#include "storage/CaseEventRepository.h"
#include "storage/Database.h"
#include "storage/LedgerRepository.h"
#include "storage/Schema.h"
#include "storage/ThreadConnectionRelease.h"

#include <QBuffer>
#include <QImage>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <thread>

namespace {

qint64 scalar(const Database& db, const QString& sql, const QVariantList& values = {})
{
    auto q = db.exec(sql, values);
    INFO(q.error().toStdString());
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

LedgerEntry entry(qint64 accountId, const QString& ref, Side side, const QDate& date, qint64 cents)
{
    LedgerEntry e;
    e.accountId = accountId;
    e.entryRef = ref;
    e.side = side;
    e.date = date;
    e.dueDate = date;
    e.amount = Money::fromCents(cents);
    e.kind = side == Side::Debit ? EntryKind::Rent : EntryKind::Payment;
    e.label = QStringLiteral("Loyer");
    return e;
}

QByteArray smallPng()
{
    QImage image(8, 4, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

TEST_CASE("A new PostgreSQL database gets the schema once and opens again as it is")
{
    PostgresFixture pg;
    pg.createDatabase(QStringLiteral("agency"));
    {
        auto db = Database::open(pg.config(QStringLiteral("agency")));
        INFO(db.error().toStdString());
        REQUIRE(db.ok());
        CHECK((*db)->wasCreated());
        CHECK((*db)->schemaVersion() == Schema::currentVersion());
        CHECK((*db)->config().displayName() == pg.url(QStringLiteral("agency")));
        CHECK(scalar(**db, QStringLiteral("SELECT count(*) FROM agency")) == 1);
        CHECK(scalar(**db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                          "'migrate'")) == Schema::currentVersion());
    }
    auto again =
        Database::open(pg.config(QStringLiteral("agency")), Database::OpenMode::ExistingOnly);
    INFO(again.error().toStdString());
    REQUIRE(again.ok());
    CHECK_FALSE((*again)->wasCreated());
    CHECK((*again)->schemaVersion() == Schema::currentVersion());
    CHECK(scalar(**again, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) ==
          Schema::currentVersion());
    CHECK(scalar(**again, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                         "'migrate'")) == Schema::currentVersion());
}

TEST_CASE("Accounts flags images and ledger totals survive a round trip through PostgreSQL")
{
    PostgresFixture pg;
    pg.createDatabase(QStringLiteral("agency"));
    auto opened = Database::open(pg.config(QStringLiteral("agency")));
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    const Database& db = **opened;

    Account a;
    a.ref = QStringLiteral("LOC0001");
    a.name = QStringLiteral("Élodie Bérard");
    a.address1 = QStringLiteral("12 rue des Lilas");
    a.postalCode = QStringLiteral("69003");
    a.city = QStringLiteral("Lyon");
    a.paymentPlan = true;
    a.litigation = false;
    a.monthlyRent = Money::fromCents(65000);
    Guarantor g;
    g.name = QStringLiteral("Caution");
    g.address1 = QStringLiteral("3 place Bellecour");
    a.guarantors << g;
    a.leaseStart = QDate(2023, 9, 15);
    a.rentExclCharges = Money::fromCents(58000);
    a.housingAid = Money::fromCents(12050);
    a.housingAidPayer = HousingAidPayer::Msa;
    a.guarantee = Guarantee::Visale;
    a.guaranteeRef = QStringLiteral("V123456789");
    auto id = AccountRepository(db).save(a);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    auto back = AccountRepository(db).byRef(QStringLiteral("LOC0001"));
    REQUIRE(back.ok());
    CHECK(back->name == a.name);
    CHECK(back->leaseStart == a.leaseStart);
    CHECK(back->rentExclCharges == a.rentExclCharges);
    CHECK(back->housingAid == a.housingAid);
    CHECK(back->housingAidPayer == HousingAidPayer::Msa);
    CHECK(back->guarantee == Guarantee::Visale);
    CHECK(back->guaranteeRef == a.guaranteeRef);
    // An unknown rent without charges stays unknown, not 0.
    Account unknown = *back;
    unknown.rentExclCharges.reset();
    REQUIRE(AccountRepository(db).save(unknown).ok());
    CHECK_FALSE(AccountRepository(db).byRef(QStringLiteral("LOC0001"))->rentExclCharges);

    // The case file keeps its PDF as a bytea, byte for byte.
    CaseEvent served;
    served.kind = CaseEventKind::CommandementServed;
    served.date = QDate(2026, 11, 20);
    served.document = QByteArrayLiteral("%PDF-1.4\n\x00\xff binary\n%%EOF");
    served.documentName = QStringLiteral("commandement.pdf");
    auto eventId = CaseFile(db).record(QStringLiteral("LOC0001"), served, QStringLiteral("marie"));
    INFO(eventId.error().toStdString());
    REQUIRE(eventId.ok());
    auto event = CaseEventRepository(db).byId(*eventId);
    REQUIRE(event.ok());
    CHECK(event->document == served.document);
    CHECK(event->userName == QStringLiteral("marie"));
    CHECK(AccountRepository(db).byRef(QStringLiteral("LOC0001"))->litigation);
    REQUIRE(CaseFile(db).cancel(*eventId, QStringLiteral("paul")).ok());
    auto events = CaseFile(db).events(QStringLiteral("LOC0001"));
    REQUIRE(events.ok());
    REQUIRE(events->size() == 1);
    CHECK(events->first().cancelled);
    CHECK(events->first().cancelledBy == QStringLiteral("paul"));
    CHECK(back->paymentPlan);
    CHECK_FALSE(back->litigation);
    CHECK(back->monthlyRent == a.monthlyRent);
    CHECK(back->guarantors.size() == 1);

    // The logo is a bytea; it comes back byte for byte.
    auto agency = AgencyRepository(db).load();
    REQUIRE(agency.ok());
    agency->name = QStringLiteral("Agence du Parc");
    agency->logoPng = smallPng();
    auto saved = AgencyRepository(db).save(*agency);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
    auto reloaded = AgencyRepository(db).load();
    REQUIRE(reloaded.ok());
    CHECK(reloaded->name == QStringLiteral("Agence du Parc"));
    CHECK(reloaded->logoPng == agency->logoPng);

    // The PL/pgSQL trigger keeps account_totals in step with the ledger:
    // bulk insert, single insert, replace.
    const QString totals = QStringLiteral("SELECT debits, credits, first_due, last_date FROM "
                                          "account_totals WHERE account_id = ?");
    Status written = db.write([&](QSqlDatabase& conn) -> Status {
        return LedgerRepository::insertMany(
            conn, {entry(*id, QStringLiteral("R1"), Side::Debit, QDate(2026, 1, 1), 65000),
                   entry(*id, QStringLiteral("R2"), Side::Debit, QDate(2026, 2, 1), 65000),
                   entry(*id, QStringLiteral("P1"), Side::Credit, QDate(2026, 1, 5), 30000)});
    });
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    {
        auto q = db.exec(totals, {*id});
        REQUIRE(q.ok());
        REQUIRE(q->next());
        CHECK(q->value(0).toLongLong() == 130000);
        CHECK(q->value(1).toLongLong() == 30000);
        CHECK(q->value(2).toString() == QStringLiteral("2026-01-01"));
        CHECK(q->value(3).toString() == QStringLiteral("2026-02-01"));
    }
    qint64 paymentId = 0;
    written = db.write([&](QSqlDatabase& conn) -> Status {
        auto newId = LedgerRepository::insert(
            conn, entry(*id, QStringLiteral("P2"), Side::Credit, QDate(2026, 2, 10), 20000));
        if (!newId)
            return Status::failure(newId.error());
        paymentId = *newId;
        return {};
    });
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    CHECK(paymentId > 0);
    written = db.write([&](QSqlDatabase& conn) -> Status {
        LedgerEntry changed =
            entry(*id, QStringLiteral("P2"), Side::Credit, QDate(2026, 2, 10), 25000);
        changed.id = paymentId;
        return LedgerRepository::replace(conn, changed);
    });
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    CHECK(scalar(db, QStringLiteral("SELECT credits FROM account_totals WHERE account_id = ?"),
                 {*id}) == 55000);
    auto count = LedgerRepository(db).count();
    REQUIRE(count.ok());
    CHECK(*count == 4);

    // A large import turns the trigger off for its transaction and
    // recomputes the totals at the end; the trigger works again afterwards.
    written = db.write([&](QSqlDatabase& conn) -> Status {
        auto bulk = LedgerRepository::beginBulkLoad(conn);
        if (!bulk)
            return Status::failure(bulk.error());
        if (Status s = LedgerRepository::insertMany(
                conn, {entry(*id, QStringLiteral("R0"), Side::Debit, QDate(2025, 12, 1), 10000),
                       entry(*id, QStringLiteral("P3"), Side::Credit, QDate(2026, 3, 2), 5000)});
            !s)
            return s;
        // The trigger did nothing meanwhile: the rows cost no upsert each.
        auto during = Database::exec(
            conn, QStringLiteral("SELECT debits FROM account_totals WHERE account_id = ?"), {*id});
        if (!during || !during->next() || during->value(0).toLongLong() != 130000)
            return Status::failure(QStringLiteral("the totals changed during the bulk load"));
        return LedgerRepository::endBulkLoad(conn, *bulk);
    });
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    {
        auto q = db.exec(totals, {*id});
        REQUIRE(q.ok());
        REQUIRE(q->next());
        CHECK(q->value(0).toLongLong() == 140000);
        CHECK(q->value(1).toLongLong() == 60000);
        CHECK(q->value(2).toString() == QStringLiteral("2025-12-01"));
        CHECK(q->value(3).toString() == QStringLiteral("2026-03-02"));
    }
    written = db.write([&](QSqlDatabase& conn) -> Status {
        return LedgerRepository::insertMany(
            conn, {entry(*id, QStringLiteral("P4"), Side::Credit, QDate(2026, 3, 3), 1000)});
    });
    REQUIRE(written.ok());
    CHECK(scalar(db, QStringLiteral("SELECT credits FROM account_totals WHERE account_id = ?"),
                 {*id}) == 61000);
    // Many rows at once (several multi-row statements and a partial one).
    QList<LedgerEntry> many;
    for (int i = 0; i < 1234; ++i)
        many << entry(*id, QStringLiteral("M%1").arg(i), Side::Debit, QDate(2026, 4, 1), 100);
    written = db.write(
        [&](QSqlDatabase& conn) -> Status { return LedgerRepository::insertMany(conn, many); });
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM ledger_entries WHERE entry_ref LIKE "
                                    "'M%'")) == 1234);
    CHECK(scalar(db, QStringLiteral("SELECT debits FROM account_totals WHERE account_id = ?"),
                 {*id}) == 140000 + 123400);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM ledger_entries")) == 4 + 2 + 1 + 1234);

    // A failed write leaves nothing behind (the transaction is rolled back).
    Status failed = db.write([&](QSqlDatabase& conn) -> Status {
        if (Status s = LedgerRepository::insertMany(
                conn, {entry(*id, QStringLiteral("R3"), Side::Debit, QDate(2026, 3, 1), 65000)});
            !s)
            return s;
        return Status::failure(QStringLiteral("stop"));
    });
    CHECK_FALSE(failed.ok());
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM ledger_entries")) == 4 + 2 + 1 + 1234);
    CHECK(scalar(db, QStringLiteral("SELECT debits FROM account_totals WHERE account_id = ?"),
                 {*id}) == 140000 + 123400);
}

TEST_CASE("A PostgreSQL database of another program is refused and left untouched")
{
    PostgresFixture pg;
    pg.createDatabase(QStringLiteral("other"));
    {
        auto seed = Database::open(pg.config(QStringLiteral("other")));
        // Created as a Relance database first so that we can write with our
        // helpers, then turned into a foreign one.
        REQUIRE(seed.ok());
        for (const QString& table : {QStringLiteral("meta"), QStringLiteral("agency")}) {
            auto dropped = (*seed)->exec(QStringLiteral("DROP TABLE %1 CASCADE").arg(table));
            INFO(dropped.error().toStdString());
            REQUIRE(dropped.ok());
        }
    }
    auto db = Database::open(pg.config(QStringLiteral("other")));
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().contains(QStringLiteral("another program")));
    CHECK(db.error().contains(pg.url(QStringLiteral("other"))));
}

TEST_CASE("A staff password comes from PGPASSWORD and never shows in an error")
{
    PostgresFixture pg;
    pg.createDatabase(QStringLiteral("agency"));
    const QString url = pg.url(QStringLiteral("agency"), PostgresFixture::clerk());

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), PostgresFixture::clerkPassword());
    auto init = TestSupport::runCli({QStringLiteral("--db"), url, QStringLiteral("init")}, {}, env);
    INFO(init.err.toStdString());
    CHECK(init.exitCode == 0);
    CHECK(init.out.contains(QString::number(Schema::currentVersion())));

    // A wrong password: refused, and the error says which database without
    // repeating the password.
    const QString wrong = QStringLiteral("Not-The-Password-7");
    env.insert(QStringLiteral("PGPASSWORD"), wrong);
    auto refused =
        TestSupport::runCli({QStringLiteral("--db"), url, QStringLiteral("plan")}, {}, env);
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains(url));
    CHECK_FALSE(refused.err.contains(wrong));
    CHECK_FALSE(refused.out.contains(wrong));

    // Even a password written into the connection string stays out of the
    // messages.
    env.remove(QStringLiteral("PGPASSWORD"));
    const QString withPassword =
        QStringLiteral("postgresql://clerk:%1@%2:%3/agency").arg(wrong, pg.host()).arg(pg.port());
    auto inUrl = TestSupport::runCli({QStringLiteral("--db"), withPassword, QStringLiteral("plan")},
                                     {}, env);
    CHECK(inUrl.exitCode != 0);
    CHECK_FALSE(inUrl.err.contains(wrong));
    CHECK(inUrl.err.contains(url));

    // The right password in the URL works (for scripts that must).
    const QString good = QStringLiteral("postgresql://clerk:%1@%2:%3/agency")
                             .arg(PostgresFixture::clerkPassword(), pg.host())
                             .arg(pg.port());
    auto ok = TestSupport::runCli({QStringLiteral("--db"), good, QStringLiteral("init")}, {}, env);
    INFO(ok.err.toStdString());
    CHECK(ok.exitCode == 0);
    CHECK_FALSE(ok.out.contains(PostgresFixture::clerkPassword()));
    CHECK_FALSE(ok.err.contains(PostgresFixture::clerkPassword()));
}

TEST_CASE("Two staff writing at the same moment on PostgreSQL both succeed one after the other")
{
    PostgresFixture pg;
    pg.createDatabase(QStringLiteral("agency"));
    auto opened = Database::open(pg.config(QStringLiteral("agency")));
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    const Database& db = **opened;
    Account a;
    a.ref = QStringLiteral("LOC0001");
    a.name = QStringLiteral("Locataire");
    auto id = AccountRepository(db).save(a);
    REQUIRE(id.ok());

    // Both change the same account's totals while the other's transaction
    // is open: on SERIALIZABLE one would fail with a serialization error;
    // writers queue instead, as on SQLite.
    Status results[2];
    std::atomic<int> inside{0};
    int overlapped = 0;
    {
        std::thread threads[2];
        for (int i = 0; i < 2; ++i)
            threads[i] = std::thread([&, i] {
                const ThreadConnectionRelease release(db);
                results[i] = db.write([&](QSqlDatabase& conn) -> Status {
                    if (inside.fetch_add(1) > 0)
                        ++overlapped; // never: the other one is not inside
                    auto newId =
                        LedgerRepository::insert(conn, entry(*id, QStringLiteral("R%1").arg(i),
                                                             Side::Debit, QDate(2026, 1, 1), 1000));
                    QThread::msleep(300);
                    inside.fetch_sub(1);
                    return newId ? Status() : Status::failure(newId.error());
                });
            });
        for (std::thread& t : threads)
            t.join();
    }
    for (const Status& s : results) {
        INFO(s.error().toStdString());
        CHECK(s.ok());
    }
    CHECK(overlapped == 0);
    CHECK(scalar(db, QStringLiteral("SELECT debits FROM account_totals WHERE account_id = ?"),
                 {*id}) == 2000);

    // A writer that waits longer than the time-out is told so, in words.
    DatabaseConfig impatient = pg.config(QStringLiteral("agency"));
    impatient.busyTimeoutMs = 300;
    auto other = Database::open(impatient);
    REQUIRE(other.ok());
    Status late;
    Status held = db.write([&](QSqlDatabase&) -> Status {
        std::thread t([&] {
            const ThreadConnectionRelease release(**other);
            late = (*other)->write([](QSqlDatabase&) -> Status { return {}; });
        });
        t.join();
        return {};
    });
    CHECK(held.ok());
    CHECK_FALSE(late.ok());
    CHECK(late.error().contains(QStringLiteral("stayed locked")));
}

TEST_CASE("A change that loses to another writer on PostgreSQL is a conflict, whatever its text")
{
    PostgresFixture pg;
    pg.createDatabase(QStringLiteral("agency"));
    auto opened = Database::open(pg.config(QStringLiteral("agency")));
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    const Database& db = **opened;
    Account a;
    a.ref = QStringLiteral("LOC0001");
    a.name = QStringLiteral("Locataire");
    auto id = AccountRepository(db).save(a);
    REQUIRE(id.ok());
    // Another program on the same server, which does not queue on Relance's lock.
    auto other = Database::open(pg.config(QStringLiteral("agency")));
    REQUIRE(other.ok());

    // A server set to REPEATABLE READ (as some administrators do) cancels
    // the later of two changes to the same row with SQLSTATE 40001.
    REQUIRE(db.exec(QStringLiteral(
        "SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL REPEATABLE READ")));
    bool otherChanged = false;
    ErrorKind statementKind = ErrorKind::General;
    const Status lost = db.write([&](QSqlDatabase& conn) -> Status {
        otherChanged = (*other)
                           ->exec(QStringLiteral("UPDATE accounts SET name = ? WHERE id = ?"),
                                  {QStringLiteral("Changé ailleurs"), *id})
                           .ok();
        auto mine =
            Database::exec(conn, QStringLiteral("UPDATE accounts SET name = ? WHERE id = ?"),
                           {QStringLiteral("Changé ici"), *id});
        if (!mine)
            statementKind = mine.kind();
        // Passed on as a sentence only, as most code does: the write still
        // knows that its transaction lost.
        return mine ? Status() : Status::failure(mine.error());
    });
    (*other)->releaseThreadConnection();
    REQUIRE(otherChanged);
    INFO(lost.error().toStdString());
    REQUIRE_FALSE(lost.ok());
    CHECK(statementKind == ErrorKind::Conflict);
    CHECK(lost.kind() == ErrorKind::Conflict);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM accounts WHERE name = ?"),
                 {QStringLiteral("Changé ailleurs")}) == 1);

    // Any other refusal keeps its own kind: not retried as a conflict.
    const Status refused = db.write([&](QSqlDatabase& conn) -> Status {
        auto q = Database::exec(conn, QStringLiteral("SELECT * FROM no_such_table"));
        return q ? Status() : Status::failure(q.kind(), q.error());
    });
    CHECK(refused.kind() == ErrorKind::Storage);
}

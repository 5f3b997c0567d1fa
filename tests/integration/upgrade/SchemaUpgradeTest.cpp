// A database made by the first release (schema 1, tests/fixtures/schema1:
// a small demo agency with reminders, letters, e-mails sent and waiting,
// mail settings) opens in this version on SQLite and on PostgreSQL, is
// upgraded to the current schema, and says exactly what the first release
// said of it: the same debtors, the same history, the same configuration.
#include "PostgresFixture.h"
#include "TestSupport.h"

#include "import/FecSettings.h"
#include "ledger/AccountSave.h"
#include "storage/AccountRepository.h"
#include "storage/LedgerRepository.h"
#include "storage/OwnerRepository.h"
#include "storage/Schema.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace TestSupport;

namespace {

const QString fixtureDir = QStringLiteral("tests/fixtures/schema1/");

CliResult cli(const QString& db, QStringList args)
{
    args.prepend(db);
    args.prepend(QStringLiteral("--db"));
    return runCli(args);
}

QJsonDocument jsonFile(const QString& path)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(readFile(path).toUtf8(), &error);
    INFO(path.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc;
}

QJsonDocument expected(const QString& name)
{
    return jsonFile(sourcePath(fixtureDir + QStringLiteral("expected/") + name));
}

QJsonDocument cliJson(const QString& db, const QStringList& args)
{
    auto r = cli(db, args);
    INFO(args.join(u' ').toStdString() + ": " + r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc;
}

// What the first release printed for this agency, read again now.
void checkSameAgency(const QString& db, const QString& configName, const QTemporaryDir& dir)
{
    auto init = cli(db, {QStringLiteral("init")});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.trimmed() == QStringLiteral("schema version %1").arg(Schema::currentVersion()));

    CHECK(cliJson(db, {QStringLiteral("debtors"), QStringLiteral("--as-of"),
                       QStringLiteral("2026-12-05"), QStringLiteral("--json")}) ==
          expected(QStringLiteral("debtors.json")));
    CHECK(cliJson(db, {QStringLiteral("history"), QStringLiteral("--json")}) ==
          expected(QStringLiteral("history.json")));
    const QString exported = dir.filePath(QStringLiteral("config.json"));
    auto r = cli(db, {QStringLiteral("config"), QStringLiteral("export"), exported});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    // Every section the first release exported, exactly as it was; the
    // sections added since (the recovery settings, the FEC import settings)
    // hold their defaults, as nothing of them was stored then.
    QJsonObject config = jsonFile(exported).object();
    const QJsonObject release1 = expected(configName).object();
    const QJsonValue recovery = config.take(QStringLiteral("recovery"));
    const QJsonValue import = config.take(QStringLiteral("import"));
    CHECK(config == release1);
    CHECK(import == QJsonObject{{QStringLiteral("fec"), FecSettings::defaults().toJson()}});
    CHECK(import.toObject()
              .value(QStringLiteral("fec"))
              .toObject()
              .value(QStringLiteral("tenant_prefixes")) == QJsonArray{QStringLiteral("411")});
    CHECK(recovery == QJsonObject{{QStringLiteral("gli_name"), QStringLiteral("Contrat GLI")},
                                  {QStringLiteral("gli_notice_days"), 35},
                                  {QStringLiteral("gli_claim_days"), 45},
                                  {QStringLiteral("disabled"), QString()},
                                  {QStringLiteral("ccapex"), 1},
                                  {QStringLiteral("prescription"), 1},
                                  {QStringLiteral("grace_days"), 15}});

    // Schema 3 added payment plans: none after the upgrade, and a debtor's
    // arrears can be spread at once; the engine then waits for the plan.
    CHECK(cliJson(db, {QStringLiteral("payment-plan"), QStringLiteral("list"),
                       QStringLiteral("--as-of"), QStringLiteral("2026-12-05"),
                       QStringLiteral("--json")})
              .object()
              .value(QStringLiteral("plans"))
              .toArray()
              .isEmpty());
    const QString ref = QStringLiteral("LOC0005");
    const auto skipReason = [&]() {
        const QJsonObject plan =
            cliJson(db, {QStringLiteral("plan"), QStringLiteral("--as-of"),
                         QStringLiteral("2026-12-05"), QStringLiteral("--json")})
                .object();
        for (const QJsonValue& v : plan.value(QStringLiteral("skipped")).toArray())
            if (v.toObject().value(QStringLiteral("ref")).toString() == ref)
                return v.toObject().value(QStringLiteral("reason")).toString();
        return QString();
    };
    CHECK(skipReason() == QStringLiteral("gap_not_elapsed"));
    auto created = cli(db, {QStringLiteral("payment-plan"), QStringLiteral("create"), ref,
                            QStringLiteral("--instalments"), QStringLiteral("3"),
                            QStringLiteral("--first"), QStringLiteral("2026-12-10"),
                            QStringLiteral("--as-of"), QStringLiteral("2026-12-05")});
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    const QJsonObject shown = cliJson(db, {QStringLiteral("payment-plan"), QStringLiteral("show"),
                                           ref, QStringLiteral("--as-of"),
                                           QStringLiteral("2026-12-05"), QStringLiteral("--json")})
                                  .object();
    // The default debt is what the first release's debtors list said it owed.
    CHECK(shown.value(QStringLiteral("debt")).toString() == QStringLiteral("1795.56"));
    CHECK(shown.value(QStringLiteral("state")).toString() == QStringLiteral("respected"));
    CHECK(shown.value(QStringLiteral("instalments")).toArray().size() == 3);
    CHECK(skipReason() == QStringLiteral("excluded:payment_plan"));
}

// Schema 2 added the recovery path's account data: empty, but for the
// guarantee, « guarantor » exactly for the accounts that have one.
void checkRecoveryDataAdded(const DatabaseConfig& config)
{
    auto db = Database::open(config, Database::OpenMode::ExistingOnly);
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    auto accounts = AccountRepository(**db).all();
    REQUIRE(accounts.ok());
    REQUIRE(accounts->size() == 12);
    int withGuarantor = 0;
    for (const Account& a : *accounts) {
        INFO(a.ref.toStdString());
        CHECK(a.guarantee == (a.guarantors.isEmpty() ? Guarantee::None : Guarantee::Guarantor));
        withGuarantor += a.guarantors.isEmpty() ? 0 : 1;
        CHECK_FALSE(a.leaseStart.isValid());
        CHECK_FALSE(a.rentExclCharges.has_value());
        CHECK(a.housingAid.isZero());
        CHECK(a.guaranteeRef.isEmpty());
    }
    CHECK(withGuarantor > 0);
}

// Schema 4 added the landlords: none after the upgrade, every account
// still there without one, and an upgraded account takes an owner, saved
// with it, while the debtors stay what the first release said.
void checkOwnersAdded(const DatabaseConfig& config, const QString& dbArgument)
{
    {
        auto db = Database::open(config, Database::OpenMode::ExistingOnly);
        INFO(db.error().toStdString());
        REQUIRE(db.ok());
        CHECK(OwnerRepository(**db).all()->isEmpty());
        auto accounts = AccountRepository(**db).all();
        REQUIRE(accounts.ok());
        REQUIRE(accounts->size() == 12);
        for (const Account& a : *accounts)
            CHECK(a.ownerRef.isEmpty());

        auto account = AccountRepository(**db).byRef(QStringLiteral("LOC0003"));
        REQUIRE(account.ok());
        Owner owner;
        owner.ref = QStringLiteral("PROP01");
        owner.name = QStringLiteral("SCI Les Tilleuls");
        owner.email = QStringLiteral("sci.tilleuls@example.fr");
        owner.address1 = QStringLiteral("4 rue Neuve");
        owner.postalCode = QStringLiteral("69001");
        owner.city = QStringLiteral("Lyon");
        auto saved = AccountSave::save(**db, *account, owner);
        INFO(saved.error().toStdString());
        REQUIRE(saved.ok());
        CHECK(*saved == account->id);

        auto back = AccountRepository(**db).byRef(QStringLiteral("LOC0003"));
        REQUIRE(back.ok());
        CHECK(back->ownerRef == QStringLiteral("PROP01"));
        // Everything else of the account is as the first release left it.
        Account withoutOwner = *back;
        withoutOwner.ownerRef.clear();
        CHECK(withoutOwner == *account);
        auto stored = OwnerRepository(**db).byRef(QStringLiteral("PROP01"));
        REQUIRE(stored.ok());
        REQUIRE(stored->has_value());
        CHECK((*stored)->name == QStringLiteral("SCI Les Tilleuls"));
        CHECK((*stored)->email == QStringLiteral("sci.tilleuls@example.fr"));
        auto lots = OwnerRepository(**db).accountsOf((*stored)->id);
        REQUIRE(lots.ok());
        CHECK(*lots == QList<qint64>{account->id});
    }
    CHECK(cliJson(dbArgument, {QStringLiteral("debtors"), QStringLiteral("--as-of"),
                               QStringLiteral("2026-12-05"), QStringLiteral("--json")}) ==
          expected(QStringLiteral("debtors.json")));
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("A SQLite database of the first release opens with every account, reminder, e-mail "
          "and setting it held")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("agency.sqlite"));
    REQUIRE(QFile::copy(sourcePath(fixtureDir + QStringLiteral("agency.sqlite")), db));
    REQUIRE(QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner));

    checkSameAgency(db, QStringLiteral("config.sqlite.json"), dir);
    checkRecoveryDataAdded(DatabaseConfig::sqlite(db));
    checkOwnersAdded(DatabaseConfig::sqlite(db), db);

    // An upgrade keeps a copy of the file as it was, beside it.
    const QStringList backups =
        QDir(dir.path()).entryList({QStringLiteral("agency.sqlite.v1-*.bak")}, QDir::Files);
    CHECK(backups.size() == (Schema::currentVersion() > 1 ? 1 : 0));
}

namespace {

// Every ledger entry of a file, in number order, every column.
QStringList ledgerRows(QSqlDatabase& conn)
{
    QSqlQuery q(conn);
    REQUIRE(q.exec(QStringLiteral("SELECT id, account_id, entry_ref, side, date, due_date, label, "
                                  "amount, kind, matches FROM ledger_entries ORDER BY id")));
    QStringList rows;
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < 10; ++i)
            row.append(q.value(i).toString());
        rows.append(row.join(u'|'));
    }
    return rows;
}

qint64 scalarIn(QSqlDatabase& conn, const QString& sql)
{
    QSqlQuery q(conn);
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

// Schema 6 rebuilds SQLite's ledger in account order: every entry keeps its
// number and its content, a reminder fee's invoice still points to its
// entry, the account totals follow the ledger again, and new entries are
// numbered after the last one.
TEST_CASE("The ledger rebuilt in account order keeps every entry, its number and the invoices "
          "that point to it")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("agency.sqlite"));
    REQUIRE(QFile::copy(sourcePath(fixtureDir + QStringLiteral("agency.sqlite")), path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    QStringList before;
    {
        QSqlDatabase conn =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("release-1"));
        conn.setDatabaseName(path);
        REQUIRE(conn.open());
        before = ledgerRows(conn);
        // A fee invoiced to LOC0001's account by the first release.
        QSqlQuery q(conn);
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO fee_invoices (number, account_id, date, amount, state, debit_entry_id) "
            "SELECT 'FR-2026-0001', account_id, date, 1500, 'validated', id FROM ledger_entries "
            "WHERE id = 4")));
        q.finish();
        conn.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("release-1"));
    REQUIRE(before.size() == 145);

    auto db = Database::open(DatabaseConfig::sqlite(path), Database::OpenMode::ExistingOnly);
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    QSqlDatabase conn = (*db)->connection();
    CHECK(ledgerRows(conn) == before);
    CHECK(scalarIn(conn, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                        "'ledger_entries' AND sql LIKE '%WITHOUT ROWID%'")) == 1);
    CHECK(scalarIn(conn, QStringLiteral("SELECT debit_entry_id FROM fee_invoices WHERE number = "
                                        "'FR-2026-0001'")) == 4);
    CHECK(scalarIn(conn, QStringLiteral("PRAGMA foreign_keys")) == 1);
    // The old table's room was given back: the file did not double.
    CHECK(scalarIn(conn, QStringLiteral("PRAGMA freelist_count")) == 0);
    const QString totalsOff = QStringLiteral(
        "SELECT count(*) FROM account_totals t WHERE debits <> (SELECT "
        "COALESCE(SUM(amount), 0) FROM ledger_entries e WHERE e.account_id = "
        "t.account_id AND side = 'debit') OR credits <> (SELECT COALESCE(SUM(amount), "
        "0) FROM ledger_entries e WHERE e.account_id = t.account_id AND side = "
        "'credit')");
    CHECK(scalarIn(conn, totalsOff) == 0);

    // New entries, one by one and in bulk, numbered after the last.
    LedgerEntry entry;
    entry.accountId = 1;
    entry.entryRef = QStringLiteral("AE-2026-12");
    entry.date = QDate(2026, 12, 1);
    entry.dueDate = entry.date;
    entry.label = QStringLiteral("Loyer 12/2026");
    entry.amount = Money::fromCents(65000);
    qint64 single = 0;
    Status written = (*db)->write([&](QSqlDatabase& c) -> Status {
        auto id = LedgerRepository::insert(c, entry);
        if (!id)
            return Status::failure(id.error());
        single = *id;
        LedgerEntry a = entry, b = entry;
        a.entryRef = QStringLiteral("AE-2027-01");
        b.entryRef = QStringLiteral("AE-2027-02");
        return LedgerRepository::insertMany(c, {a, b});
    });
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    CHECK(single == 146);
    CHECK(scalarIn(conn, QStringLiteral("SELECT id FROM ledger_entries WHERE entry_ref = "
                                        "'AE-2027-02' AND account_id = 1")) == 148);
    CHECK(scalarIn(conn, totalsOff) == 0);

    // The table still refuses what the schema always refused.
    for (const char* wrong : {"kind = 'loyer'", "side = 'both'", "amount = 0"}) {
        INFO(wrong);
        Status refused = (*db)->write([&](QSqlDatabase& c) -> Status {
            auto q = Database::exec(c, QStringLiteral("UPDATE ledger_entries SET %1 WHERE id = 2")
                                           .arg(QLatin1String(wrong)));
            return q ? Status() : Status::failure(q.error());
        });
        CHECK_FALSE(refused.ok());
    }
    CHECK(ledgerRows(conn).at(1) == before.at(1)); // id 2, as it was

    // The links still act: the entry gone, its invoice no longer points to it.
    written = (*db)->write([&](QSqlDatabase& c) -> Status {
        auto q = Database::exec(c, QStringLiteral("DELETE FROM ledger_entries WHERE id = 4"));
        return q ? Status() : Status::failure(q.error());
    });
    REQUIRE(written.ok());
    CHECK(scalarIn(conn, QStringLiteral("SELECT count(*) FROM fee_invoices WHERE number = "
                                        "'FR-2026-0001' AND debit_entry_id IS NULL")) == 1);
    CHECK(scalarIn(conn, totalsOff) == 0);
}

TEST_CASE("A PostgreSQL database of the first release opens with every account, reminder, "
          "e-mail and setting it held")
{
    QTemporaryDir dir;
    PostgresFixture pg;
    pg.createDatabase(QStringLiteral("agency"));
    pg.restore(QStringLiteral("agency"),
               sourcePath(fixtureDir + QStringLiteral("agency.postgres.sql")));

    checkSameAgency(pg.url(QStringLiteral("agency")), QStringLiteral("config.postgres.json"), dir);
    checkRecoveryDataAdded(pg.config(QStringLiteral("agency")));
    checkOwnersAdded(pg.config(QStringLiteral("agency")), pg.url(QStringLiteral("agency")));
}

TEST_CASE("An upgrade that fails leaves the file of the first release exactly as it was")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("agency.sqlite"));
    REQUIRE(QFile::copy(sourcePath(fixtureDir + QStringLiteral("agency.sqlite")), db));
    REQUIRE(QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner));
    // Something else made a table the upgrade needs: its step cannot run.
    {
        QSqlDatabase conn =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-program"));
        conn.setDatabaseName(db);
        REQUIRE(conn.open());
        QSqlQuery q(conn);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE case_events (x INTEGER)")));
        q.finish();
        conn.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-program"));
    const QByteArray before = fileHash(db);

    auto init = cli(db, {QStringLiteral("init")});
    INFO(init.err.toStdString());
    CHECK(init.exitCode == 1);
    CHECK(init.err.contains(QStringLiteral("Upgrading the database to version 2 failed")));
    CHECK(init.err.contains(QStringLiteral("Nothing was changed.")));
    CHECK(fileHash(db) == before);
    // The copy made before upgrading is there too.
    CHECK(QDir(dir.path())
              .entryList({QStringLiteral("agency.sqlite.v1-*.bak")}, QDir::Files)
              .size() == 1);
}

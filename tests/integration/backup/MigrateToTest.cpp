// relance-cli migrate-to against the throwaway PostgreSQL server of the
// tests (PostgresFixture) on the demo agency, the libpq options of a
// server's URL, and a server's backup with pg_dump.
#include "PostgresFixture.h"
#include "TestSupport.h"

#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>

using namespace TestSupport;

namespace {

// The clerk's password from the environment, as docs/postgresql.md says.
QProcessEnvironment clerkEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), PostgresFixture::clerkPassword());
    return env;
}

CliResult cli(const QString& db, QStringList args)
{
    args.prepend(db);
    args.prepend(QStringLiteral("--db"));
    auto r = runCli(args, {}, clerkEnvironment());
    CHECK_FALSE(r.err.contains(QStringLiteral("Query results lost")));
    return r;
}

QStringList agencyOutputs(const QString& db, const QString& asOf)
{
    QStringList outputs;
    for (const QStringList& args :
         {QStringList{QStringLiteral("debtors"), QStringLiteral("--as-of"), asOf,
                      QStringLiteral("--json")},
          QStringList{QStringLiteral("history"), QStringLiteral("--json")},
          QStringList{QStringLiteral("config"), QStringLiteral("export")}}) {
        auto r = cli(db, args);
        INFO(db.toStdString() + " " + args.join(u' ').toStdString() + ": " + r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        outputs << r.out;
    }
    return outputs;
}

void runAt(const QString& db, const QString& asOf, const QString& out)
{
    auto r = cli(db, {QStringLiteral("run"), QStringLiteral("--force"), QStringLiteral("--as-of"),
                      asOf, QStringLiteral("--out"), out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

} // namespace

TEST_CASE("migrate-to copies the demo agency to an empty server: the same debtors, history and "
          "configuration, and refuses a server that already holds one")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("agency.sqlite"));
    auto demo =
        cli(file, {QStringLiteral("demo"), QStringLiteral("--accounts"), QStringLiteral("150"),
                   QStringLiteral("--months"), QStringLiteral("12"), QStringLiteral("--as-of"),
                   QStringLiteral("2026-11-23"), QStringLiteral("--plans"), QStringLiteral("3")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    runAt(file, QStringLiteral("2026-12-01"), dir.filePath(QStringLiteral("letters-file")));

    PostgresFixture pg;
    pg.createDatabase(QStringLiteral("agency"));
    const QString server = pg.url(QStringLiteral("agency"), PostgresFixture::clerk());
    auto moved = cli(file, {QStringLiteral("migrate-to"), server});
    INFO(moved.err.toStdString() + moved.out.toStdString() + pg.log().toStdString());
    REQUIRE(moved.exitCode == 0);
    CHECK(moved.err.contains(QStringLiteral("agree")));
    // A line per table with the same count on both sides, and the balance.
    bool sawLedger = false;
    for (const QString& line : moved.out.split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList f = line.split(u' ', Qt::SkipEmptyParts);
        if (f.first() == QLatin1String("ledger_entries")) {
            sawLedger = true;
            CHECK(f.at(1).toLongLong() > 1000);
        }
        if (f.size() == 3 && f.first() != QLatin1String("table"))
            CHECK(f.at(1) == f.at(2));
    }
    CHECK(sawLedger);
    CHECK(moved.out.contains(QStringLiteral("total balance")));
    CHECK_FALSE(moved.out.contains(QStringLiteral("≠")));

    CHECK(agencyOutputs(server, QStringLiteral("2026-12-01")) ==
          agencyOutputs(file, QStringLiteral("2026-12-01")));

    // The server goes on where the file stopped: new runs get new ids
    // (the sequences were moved past the copied rows).
    runAt(file, QStringLiteral("2026-12-20"), dir.filePath(QStringLiteral("letters-file-2")));
    runAt(server, QStringLiteral("2026-12-20"), dir.filePath(QStringLiteral("letters-server-2")));
    CHECK(agencyOutputs(server, QStringLiteral("2026-12-20")) ==
          agencyOutputs(file, QStringLiteral("2026-12-20")));

    // Once more: the server holds an agency now.
    auto again = cli(file, {QStringLiteral("migrate-to"), server});
    CHECK(again.exitCode == 4);
    CHECK(again.err.contains(QStringLiteral("already holds an agency")));
    CHECK(again.err.contains(QStringLiteral("Nothing was copied")));
}

TEST_CASE("The options of a server's URL reach libpq")
{
    PostgresFixture pg;
    pg.createDatabase(QStringLiteral("agency"));
    const QString url = pg.url(QStringLiteral("agency"));

    auto db = Database::open(
        DatabaseConfig::fromString(url + QStringLiteral("?application_name=relance-accueil&"
                                                        "connect_timeout=3&sslmode=disable")));
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    auto name = (*db)->exec(QStringLiteral("SELECT current_setting('application_name')"));
    REQUIRE(name.ok());
    REQUIRE(name->next());
    CHECK(name->value(0).toString() == QStringLiteral("relance-accueil"));

    // The test server has no TLS: requiring it must fail, never fall back.
    auto tls = cli(url + QStringLiteral("?sslmode=require"), {QStringLiteral("debtors")});
    CHECK(tls.exitCode == 1);
    CHECK(tls.err.contains(QStringLiteral("SSL")));
    auto ca = cli(url + QStringLiteral("?sslmode=verify-full&sslrootcert=/nonexistent/ca.pem"),
                  {QStringLiteral("debtors")});
    CHECK(ca.exitCode == 1);
}

TEST_CASE("A server's database is backed up with pg_dump, and without pg_dump the user is told")
{
    PostgresFixture pg;
    pg.createDatabase(QStringLiteral("agency"));
    const QString server = pg.url(QStringLiteral("agency"), PostgresFixture::clerk());
    REQUIRE(cli(server, {QStringLiteral("init")}).exitCode == 0);
    QTemporaryDir dir;
    const QString dump = dir.filePath(QStringLiteral("agency.dump"));
    auto r = cli(server, {QStringLiteral("backup"), dump});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QFile f(dump);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(5) == QByteArray("PGDMP")); // pg_dump's custom format
    f.close();
    // pg_restore reads it back: the tables of the schema are in it.
    QProcess list;
    list.start(QStringLiteral("pg_restore"), {QStringLiteral("--list"), dump});
    REQUIRE(list.waitForFinished(60000));
    CHECK(
        QString::fromUtf8(list.readAllStandardOutput()).contains(QStringLiteral("ledger_entries")));

    QProcessEnvironment noTools = clerkEnvironment();
    noTools.insert(QStringLiteral("PATH"), dir.filePath(QStringLiteral("empty")));
    auto missing = runCli({QStringLiteral("--db"), server, QStringLiteral("backup"),
                           dir.filePath(QStringLiteral("second.dump"))},
                          {}, noTools);
    CHECK(missing.exitCode == 4);
    CHECK(missing.err.contains(QStringLiteral("pg_dump")));
    CHECK(missing.err.contains(QStringLiteral("not installed")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("second.dump"))));
}

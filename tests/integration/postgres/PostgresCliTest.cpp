// relance-cli with --db postgresql://… end to end, and "exactly once" when
// two sessions run at the same moment on the shared server.
#include "PostgresFixture.h"
#include "TestSupport.h"

#include "demo/DemoAgency.h"
#include "demo/DemoCsvWriter.h"
#include "demo/DemoFecWriter.h"
#include "ledger/Account.h"
#include "ledger/LedgerEntry.h"
#include "reminders/RunOptions.h"
#include "reminders/RunService.h"
#include "setup/DatabaseSetup.h"
#include "storage/AccountRepository.h"
#include "storage/Database.h"
#include "storage/LedgerRepository.h"
#include "storage/LedgerStream.h"
#include "storage/ThreadConnectionRelease.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <memory>
#include <thread>

namespace {

TestSupport::CliResult cli(const QString& db, QStringList args)
{
    args.prepend(db);
    args.prepend(QStringLiteral("--db"));
    auto r = TestSupport::runCli(args);
    // Qt's PostgreSQL driver says this when a query read row by row was cut
    // short by another one on the same connection: rows silently missing.
    CHECK_FALSE(r.err.contains(QStringLiteral("Query results lost")));
    return r;
}

// What `config export` writes, without the times of the last changes (the
// two engines were filled a few seconds apart).
QJsonValue withoutTimes(const QJsonValue& v)
{
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue& item : v.toArray())
            out.append(withoutTimes(item));
        return out;
    }
    if (!v.isObject())
        return v;
    QJsonObject out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key() != QLatin1String("updated_at"))
            out.insert(it.key(), withoutTimes(it.value()));
    return out;
}

QJsonValue exportedConfig(const QString& db, const QString& file)
{
    auto r = cli(db, {QStringLiteral("config"), QStringLiteral("export"), file});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return withoutTimes(QJsonDocument::fromJson(f.readAll()).object());
}

QJsonDocument cliJson(const QString& db, const QStringList& args)
{
    auto r = cli(db, args);
    INFO(args.join(u' ').toStdString() + ": " + r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    INFO(r.out.left(500).toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc;
}

int plannedCount(const QString& db, const QDate& d)
{
    const QJsonDocument plan = cliJson(db, {QStringLiteral("plan"), QStringLiteral("--as-of"),
                                            d.toString(Qt::ISODate), QStringLiteral("--json")});
    return int(plan.object().value(QStringLiteral("reminders")).toArray().size());
}

qint64 scalar(const Database& db, const QString& sql, const QVariantList& values = {})
{
    auto q = db.exec(sql, values);
    INFO(q.error().toStdString());
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

// A tenant of the concurrency tests (as EngineFixture makes them).
void addTenant(const Database& db, const QString& ref, bool guarantor)
{
    Account a;
    a.ref = ref;
    a.name = QStringLiteral("Locataire ") + ref;
    a.address1 = QStringLiteral("12 rue des Lilas");
    a.postalCode = QStringLiteral("69003");
    a.city = QStringLiteral("Lyon");
    if (guarantor) {
        Guarantor g;
        g.name = QStringLiteral("Caution de ") + ref;
        g.address1 = QStringLiteral("3 place Bellecour");
        g.postalCode = QStringLiteral("69002");
        g.city = QStringLiteral("Lyon");
        a.guarantors << g;
    }
    auto id = AccountRepository(db).save(a);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
}

void post(const Database& db, const QString& ref, const QString& entryRef, Side side,
          const QDate& date, qint64 cents)
{
    auto account = AccountRepository(db).byRef(ref);
    REQUIRE(account.ok());
    LedgerEntry e;
    e.accountId = account->id;
    e.entryRef = entryRef;
    e.side = side;
    e.date = date;
    e.dueDate = date;
    e.amount = Money::fromCents(cents);
    e.kind = side == Side::Debit ? EntryKind::Rent : EntryKind::Payment;
    e.label = side == Side::Debit ? QStringLiteral("Loyer") : QStringLiteral("Virement");
    Status s = db.write([&](QSqlDatabase& conn) -> Status {
        auto id = LedgerRepository::insert(conn, e);
        return id ? Status() : Status::failure(id.error());
    });
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
}

// A shared agency on the server, prepared as `relance-cli init` does.
std::unique_ptr<Database> openAgency(PostgresFixture& pg)
{
    pg.createDatabase(QStringLiteral("agency"));
    auto init = cli(pg.url(QStringLiteral("agency")), {QStringLiteral("init")});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    auto db = Database::open(pg.config(QStringLiteral("agency")), Database::OpenMode::ExistingOnly);
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    return std::move(db).value();
}

} // namespace

TEST_CASE("relance-cli init import plan debtors and run print the same on PostgreSQL as on "
          "SQLite")
{
    QTemporaryDir dir;
    PostgresFixture pg;
    pg.createDatabase(QStringLiteral("agency"));
    DemoOptions options;
    options.accounts = 120;
    options.months = 8;
    options.seed = 3;
    options.asOf = QDate(2026, 11, 23);
    const QString accountsCsv = dir.filePath(QStringLiteral("accounts.csv"));
    const QString ledgerCsv = dir.filePath(QStringLiteral("ledger.csv"));
    REQUIRE(DemoCsvWriter::write(DemoAgency(options), accountsCsv, ledgerCsv).ok());

    const QString engines[] = {dir.filePath(QStringLiteral("agency.sqlite")),
                               pg.url(QStringLiteral("agency"))};
    QStringList importOutput[2];
    QJsonDocument plans[2], laterPlans[2], debtorLists[2], histories[2], deadlines[2], reports[2];
    QString reported; // the account whose CAF report is recorded
    QJsonValue configs[2];
    for (int i = 0; i < 2; ++i) {
        const QString& db = engines[i];
        auto init = cli(db, {QStringLiteral("init")});
        INFO(init.err.toStdString());
        REQUIRE(init.exitCode == 0);
        for (const auto& [kind, file] : {std::pair{QStringLiteral("accounts"), accountsCsv},
                                         std::pair{QStringLiteral("ledger"), ledgerCsv}}) {
            auto r = cli(db, {QStringLiteral("import"), kind, file});
            INFO(r.err.toStdString());
            REQUIRE(r.exitCode == 0);
            importOutput[i] << r.out << r.err;
        }
        const QString asOf = options.asOf.toString(Qt::ISODate);
        plans[i] = cliJson(db, {QStringLiteral("plan"), QStringLiteral("--as-of"), asOf,
                                QStringLiteral("--json")});
        debtorLists[i] = cliJson(db, {QStringLiteral("debtors"), QStringLiteral("--as-of"), asOf,
                                      QStringLiteral("--json")});
        auto run = cli(db, {QStringLiteral("run"), QStringLiteral("--as-of"), asOf});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        laterPlans[i] =
            cliJson(db, {QStringLiteral("plan"), QStringLiteral("--as-of"),
                         options.asOf.addDays(20).toString(Qt::ISODate), QStringLiteral("--json")});
        histories[i] = cliJson(db, {QStringLiteral("history"), QStringLiteral("--json")});
        // The recovery figures read the whole ledger in one stream and the
        // reminders just issued.
        reports[i] = cliJson(
            db, {QStringLiteral("report"), QStringLiteral("recovery"), QStringLiteral("--as-of"),
                 options.asOf.addDays(20).toString(Qt::ISODate), QStringLiteral("--json")});
        // The recovery path reads the ledger, the reminders just recorded
        // and the case files (recovery-path.md).
        const QStringList deadlinesArgs{QStringLiteral("deadlines"), QStringLiteral("--as-of"),
                                        options.asOf.addDays(20).toString(Qt::ISODate),
                                        QStringLiteral("--json")};
        if (i == 0)
            for (const QJsonValue& d :
                 cliJson(db, deadlinesArgs)[QStringLiteral("deadlines")].toArray())
                if (d[QStringLiteral("kind")].toString() == QLatin1String("caf_report"))
                    reported = d[QStringLiteral("ref")].toString();
        REQUIRE(!reported.isEmpty());
        auto event = cli(db, {QStringLiteral("event"), QStringLiteral("add"), reported,
                              QStringLiteral("caf_reported"), asOf});
        INFO(event.err.toStdString());
        REQUIRE(event.exitCode == 0);
        deadlines[i] = cliJson(db, deadlinesArgs);
        configs[i] = exportedConfig(db, dir.filePath(QStringLiteral("config-%1.json").arg(i)));
    }
    CHECK(importOutput[1] == importOutput[0]);
    CHECK(plans[0].object().value(QStringLiteral("reminders")).toArray().size() > 5);
    CHECK(plans[1] == plans[0]);
    CHECK(debtorLists[1] == debtorLists[0]);
    CHECK(laterPlans[1] == laterPlans[0]);
    CHECK(!histories[0].isEmpty());
    CHECK(histories[1] == histories[0]);
    CHECK(reports[0][QStringLiteral("levels")][0][QStringLiteral("issued")].toInt() > 5);
    CHECK(reports[0][QStringLiteral("total_overdue")].toString() != QLatin1String("0.00"));
    CHECK(reports[1] == reports[0]);
    CHECK(deadlines[0][QStringLiteral("deadlines")].toArray().size() > 3);
    CHECK(deadlines[1] == deadlines[0]);
    // Every level of the default program, each with its French and English
    // letters: an export that kept only the first level would make a later
    // `config import` of it remove the others.
    const QJsonArray levels =
        configs[0][QStringLiteral("programs")][0][QStringLiteral("levels")].toArray();
    CHECK(levels.size() == 4);
    CHECK(levels.last()[QStringLiteral("templates")].toArray().size() == 2);
    CHECK(configs[1] == configs[0]);
}

TEST_CASE("Two relance-cli run processes started together on PostgreSQL issue each reminder "
          "exactly once round after round")
{
    PostgresFixture pg;
    auto db = openAgency(pg);
    const QString url = pg.url(QStringLiteral("agency"));
    const int accounts = 40;
    for (int i = 1; i <= accounts; ++i) {
        const QString ref = QStringLiteral("LOC%1").arg(i, 4, 10, QLatin1Char('0'));
        addTenant(*db, ref, i % 2 == 0);
        post(*db, ref, QStringLiteral("R-2026-03"), Side::Debit, QDate(2026, 3, 1), 65000);
    }
    // One tenant who pays keeps the ledger fresh (no stale-ledger refusal).
    addTenant(*db, QStringLiteral("PAY0001"), false);

    const QList<QDate> rounds = {QDate(2026, 3, 10), QDate(2026, 3, 20), QDate(2026, 4, 5),
                                 QDate(2026, 4, 20)};
    int expectedTotal = 0;
    for (const QDate& d : rounds) {
        post(*db, QStringLiteral("PAY0001"), QStringLiteral("P-") + d.toString(Qt::ISODate),
             Side::Credit, d.addDays(-1), 100);
        const int planned = plannedCount(url, d);
        CHECK(planned > 0);
        expectedTotal += planned;

        const QStringList args = {QStringLiteral("--db"), url, QStringLiteral("run"),
                                  QStringLiteral("--as-of"), d.toString(Qt::ISODate)};
        std::unique_ptr<QProcess> a(new QProcess), b(new QProcess);
        a->start(QStringLiteral(RELANCE_CLI_PATH), args);
        b->start(QStringLiteral(RELANCE_CLI_PATH), args);
        REQUIRE(a->waitForFinished(120000));
        REQUIRE(b->waitForFinished(120000));
        INFO(QString::fromUtf8(a->readAllStandardError()).toStdString());
        INFO(QString::fromUtf8(b->readAllStandardError()).toStdString());
        CHECK(a->exitCode() == 0);
        CHECK(b->exitCode() == 0);

        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM reminders WHERE date = ?"),
                     {d.toString(Qt::ISODate)}) == planned);
        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM runs WHERE as_of = ?"),
                     {d.toString(Qt::ISODate)}) == 2);
        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM (SELECT account_id, "
                                         "level_position, repeat FROM reminders GROUP BY "
                                         "account_id, level_position, repeat HAVING count(*) > "
                                         "1) t")) == 0);
        CHECK(plannedCount(url, d) == 0);
    }
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM reminders")) == expectedTotal);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM reminders WHERE level_position = 1")) ==
          accounts);
}

TEST_CASE("Two threads with their own connections running at once on PostgreSQL issue each "
          "reminder once")
{
    PostgresFixture pg;
    auto db = openAgency(pg);
    for (int i = 1; i <= 30; ++i) {
        const QString ref = QStringLiteral("LOC%1").arg(i, 4, 10, QLatin1Char('0'));
        addTenant(*db, ref, false);
        post(*db, ref, QStringLiteral("R-2026-03"), Side::Debit, QDate(2026, 3, 1), 65000);
    }
    addTenant(*db, QStringLiteral("PAY0001"), false);
    post(*db, QStringLiteral("PAY0001"), QStringLiteral("P-1"), Side::Credit, QDate(2026, 3, 9),
         100);

    RunOptions options;
    options.asOf = QDate(2026, 3, 10);
    options.userName = QStringLiteral("test");
    Result<RunOutcome> outcomes[2] = {Result<RunOutcome>::failure(QStringLiteral("not run")),
                                      Result<RunOutcome>::failure(QStringLiteral("not run"))};
    {
        std::thread threads[2];
        for (int i = 0; i < 2; ++i)
            threads[i] = std::thread([&, i] {
                const ThreadConnectionRelease release(*db);
                outcomes[i] = RunService(*db).run(options);
            });
        for (std::thread& t : threads)
            t.join();
    }
    int issued = 0;
    for (const auto& outcome : outcomes) {
        INFO(outcome.error().toStdString());
        REQUIRE(outcome.ok());
        issued += int(outcome->issued.size());
    }
    CHECK(issued == 30);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM reminders")) == 30);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM runs")) == 2);
}

TEST_CASE("relance-cli import fec: the same on PostgreSQL as on SQLite, refused files included")
{
    QTemporaryDir dir;
    PostgresFixture pg;
    pg.createDatabase(QStringLiteral("fec"));
    DemoOptions options;
    options.accounts = 60;
    options.months = 6;
    options.seed = 5;
    options.asOf = QDate(2026, 11, 23);
    const QString accountsCsv = dir.filePath(QStringLiteral("accounts.csv"));
    const QString ledgerCsv = dir.filePath(QStringLiteral("ledger.csv"));
    const QString fec = dir.filePath(QStringLiteral("FEC.txt"));
    const DemoAgency demo(options);
    REQUIRE(DemoCsvWriter::write(demo, accountsCsv, ledgerCsv).ok());
    REQUIRE(DemoFecWriter::write(demo, fec).ok());
    const QString broken = QStringLiteral(RELANCE_TESTS_DIR) +
                           QStringLiteral("/golden/import/cases/fec-broken-values/fec.txt");

    const QString engines[] = {dir.filePath(QStringLiteral("fec.sqlite")),
                               pg.url(QStringLiteral("fec"))};
    QStringList outputs[2];
    QJsonDocument debtorLists[2];
    for (int i = 0; i < 2; ++i) {
        const QString& db = engines[i];
        REQUIRE(cli(db, {QStringLiteral("init")}).exitCode == 0);
        REQUIRE(
            cli(db, {QStringLiteral("import"), QStringLiteral("accounts"), accountsCsv}).exitCode ==
            0);
        // Refused whole, then imported, then imported again: nothing new.
        for (const QString& file : {broken, fec, fec}) {
            auto r = cli(db, {QStringLiteral("--lang"), QStringLiteral("en"),
                              QStringLiteral("import"), QStringLiteral("fec"), file});
            INFO(r.err.toStdString());
            CHECK(r.exitCode == (file == broken ? 1 : 0));
            outputs[i] << r.err;
        }
        debtorLists[i] = cliJson(db, {QStringLiteral("debtors"), QStringLiteral("--as-of"),
                                      QStringLiteral("2026-11-23"), QStringLiteral("--json")});
    }
    CHECK(outputs[0] == outputs[1]);
    CHECK(outputs[1].at(2).contains(QStringLiteral("(0 added, 0 replaced,")));
    CHECK(debtorLists[0] == debtorLists[1]);
    CHECK(debtorLists[1][QStringLiteral("debtors")].toArray().size() > 3);
}

TEST_CASE("The recovery figures and the debtors of an agency larger than one slice of the "
          "server's ledger are the same on PostgreSQL as on SQLite")
{
    // LedgerStream reads a server's ledger 2,000 accounts at a time: 2,300
    // accounts cross the end of a slice.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("agency.sqlite"));
    auto demo = cli(file, {QStringLiteral("demo"), QStringLiteral("--accounts"),
                           QStringLiteral("2300"), QStringLiteral("--months"), QStringLiteral("3"),
                           QStringLiteral("--as-of"), QStringLiteral("2026-11-23")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    PostgresFixture pg;
    pg.createDatabase(QStringLiteral("agency"));
    const QString server = pg.url(QStringLiteral("agency"));
    auto moved = cli(file, {QStringLiteral("migrate-to"), server});
    INFO(moved.err.toStdString() + moved.out.toStdString());
    REQUIRE(moved.exitCode == 0);

    const QStringList report{QStringLiteral("report"), QStringLiteral("recovery"),
                             QStringLiteral("--as-of"), QStringLiteral("2026-11-23"),
                             QStringLiteral("--json")};
    const QJsonDocument figures = cliJson(server, report);
    CHECK(figures == cliJson(file, report));
    CHECK(figures[QStringLiteral("total_overdue")].toString() != QLatin1String("0.00"));
    const QStringList debtors{QStringLiteral("debtors"), QStringLiteral("--as-of"),
                              QStringLiteral("2026-11-23"), QStringLiteral("--json")};
    const QJsonDocument list = cliJson(server, debtors);
    CHECK(list == cliJson(file, debtors));
    CHECK(list[QStringLiteral("debtors")].toArray().size() > 100);

    // The whole ledger in one range (the dashboard splits it in halves,
    // each smaller than a slice): every account once, in order, with all
    // its entries, as from the file.
    auto ledgerOf = [](const DatabaseConfig& config) {
        auto db = Database::open(config, Database::OpenMode::ExistingOnly);
        INFO(db.error().toStdString());
        REQUIRE(db.ok());
        QList<std::pair<qint64, qint64>> accounts; // id, cents posted
        const Status read = LedgerStream(**db).forEachAccount(
            QDate(2026, 11, 23), [&](qint64 id, const QList<LedgerEntry>& entries) {
                qint64 cents = 0;
                for (const LedgerEntry& e : entries)
                    cents += e.amount.cents();
                accounts.append({id, cents});
                return true;
            });
        INFO(read.error().toStdString());
        REQUIRE(read.ok());
        return accounts;
    };
    const auto onServer = ledgerOf(pg.config(QStringLiteral("agency")));
    CHECK(onServer.size() == 2300);
    CHECK(onServer == ledgerOf(DatabaseConfig::sqlite(file)));
}

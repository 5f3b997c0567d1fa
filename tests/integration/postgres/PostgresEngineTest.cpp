// The same agency on SQLite and on PostgreSQL: imports, debtors, plans and
// runs must agree, and relance-cli must print the same.
#include "PostgresFixture.h"
#include "TestSupport.h"

#include "demo/DemoAgency.h"
#include "demo/DemoCsvWriter.h"
#include "import/AccountImporter.h"
#include "import/LedgerImporter.h"
#include "reminders/Plan.h"
#include "reminders/Planner.h"
#include "reminders/RunOptions.h"
#include "reminders/RunService.h"
#include "setup/DatabaseSetup.h"
#include "storage/AccountRepository.h"
#include "storage/Database.h"
#include "storage/PositionLoader.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

const QDate kAsOf(2026, 11, 23);

// What `relance-cli init` does: the schema, then the default program.
std::unique_ptr<Database> openPrepared(const DatabaseConfig& config)
{
    auto db = Database::open(config);
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    if ((*db)->wasCreated()) {
        Status s = DatabaseSetup::prepare(**db);
        INFO(s.error().toStdString());
        REQUIRE(s.ok());
    }
    return std::move(db).value();
}

// Every row of a query, one string per row, for comparing two databases.
QStringList rows(const Database& db, const QString& sql)
{
    auto q = db.exec(sql);
    INFO(q.error().toStdString());
    REQUIRE(q.ok());
    QStringList out;
    const int columns = q->record().count();
    while (q->next()) {
        QStringList cells;
        for (int i = 0; i < columns; ++i)
            cells << q->value(i).toString();
        out << cells.join(u'|');
    }
    return out;
}

QStringList accounts(const Database& db)
{
    auto all = AccountRepository(db).all();
    INFO(all.error().toStdString());
    REQUIRE(all.ok());
    QStringList out;
    for (Account a : *all) {
        // Everything the user sees; ids are the engine's business.
        a.id = 0;
        QStringList guarantors;
        for (const Guarantor& g : a.guarantors)
            guarantors << g.name + u'/' + g.email + u'/' + g.address1 + u'/' + g.postalCode + u'/' +
                              g.city;
        out << QStringList{a.ref,
                           a.name,
                           a.email,
                           a.address1,
                           a.postalCode,
                           a.city,
                           a.property,
                           QString::number(int(a.leaseType)),
                           QString::number(a.monthlyRent.cents()),
                           QString::number(int(a.paymentMethod)),
                           QString::number(int(a.status)),
                           QString::number(a.paymentPlan),
                           QString::number(a.litigation),
                           QString::number(int(a.programMode)),
                           a.language,
                           guarantors.join(u';')}
                   .join(u'|');
    }
    return out;
}

QStringList debtors(const Database& db, QDate asOf)
{
    auto list = PositionLoader(db).debtors(asOf);
    INFO(list.error().toStdString());
    REQUIRE(list.ok());
    QStringList out;
    for (const Debtor& d : *list) {
        const AccountPosition& p = d.position;
        QStringList items;
        for (const PositionItem& i : p.items)
            items << i.entryRef + u':' + QString::number(i.remaining.cents());
        out << QStringList{p.ref,
                           QString::number(p.balance.cents()),
                           QString::number(p.overdue.cents()),
                           p.oldestDueDate.toString(Qt::ISODate),
                           QString::number(p.daysLate),
                           p.episodeStart.toString(Qt::ISODate),
                           QString::number(p.lastLevel),
                           p.lastReminderDate.toString(Qt::ISODate),
                           items.join(u',')}
                   .join(u'|');
    }
    return out;
}

QStringList plan(const Database& db, QDate asOf)
{
    auto built = Planner::build(db, asOf);
    INFO(built.error().toStdString());
    REQUIRE(built.ok());
    QStringList out = built->warnings;
    for (const PlannedReminder& r : built->reminders)
        out << QStringList{r.ref,
                           QString::number(r.levelSettings.position),
                           r.levelName,
                           QString::number(r.overdue.cents()),
                           QString::number(r.balance.cents()),
                           r.recipients.join(u','),
                           r.channels.join(u','),
                           QString::number(r.fee.cents()),
                           r.deadline.toString(Qt::ISODate),
                           r.episodeStart.toString(Qt::ISODate),
                           QString::number(r.guarantors.size())}
                   .join(u'|');
    for (const PlanSkip& s : built->skipped)
        out << s.ref + QStringLiteral("|skip|") + s.reason.key();
    return out;
}

// The reminders as recorded, with everything a letter states.
const char* const reminderRows =
    "SELECT a.ref, r.level_position, r.level_name, r.repeat, r.date, r.episode_start, r.overdue, "
    "r.balance, r.oldest_due_date, r.items, r.recipients, r.channels, r.deadline, r.registered, "
    "r.fee, r.letter_state FROM reminders r JOIN accounts a ON a.id = r.account_id "
    "ORDER BY a.ref, r.level_position, r.repeat";

struct TwoEngines
{
    QTemporaryDir dir;
    PostgresFixture pg;
    std::unique_ptr<Database> sqlite;
    std::unique_ptr<Database> postgres;

    TwoEngines()
    {
        REQUIRE(dir.isValid());
        pg.createDatabase(QStringLiteral("agency"));
        sqlite = openPrepared(DatabaseConfig::sqlite(dir.filePath(QStringLiteral("a.sqlite"))));
        postgres = openPrepared(pg.config(QStringLiteral("agency")));
    }
};

} // namespace

TEST_CASE("A demo agency imported from CSV gives the same accounts debtors plan and run on "
          "PostgreSQL as on SQLite")
{
    TwoEngines e;
    DemoOptions options;
    options.accounts = 200;
    options.months = 12;
    options.seed = 5;
    options.asOf = kAsOf;
    const QString accountsCsv = e.dir.filePath(QStringLiteral("accounts.csv"));
    const QString ledgerCsv = e.dir.filePath(QStringLiteral("ledger.csv"));
    auto counts = DemoCsvWriter::write(DemoAgency(options), accountsCsv, ledgerCsv);
    REQUIRE(counts.ok());

    for (const Database* db : {e.sqlite.get(), e.postgres.get()}) {
        const ImportReport a = AccountImporter::importFile(*db, accountsCsv);
        INFO(a.errorLines().join(u'\n').toStdString());
        REQUIRE(a.ok());
        CHECK(a.added == counts->accounts);
        const ImportReport l = LedgerImporter::importFile(*db, ledgerCsv);
        INFO(l.errorLines().join(u'\n').toStdString());
        REQUIRE(l.ok());
        CHECK(l.added == counts->entries);
    }

    CHECK(accounts(*e.postgres) == accounts(*e.sqlite));
    const QString totals = QStringLiteral(
        "SELECT a.ref, t.debits, t.credits, t.first_due, t.last_date FROM account_totals t JOIN "
        "accounts a ON a.id = t.account_id ORDER BY a.ref");
    CHECK(rows(*e.postgres, totals).size() == counts->accounts);
    CHECK(rows(*e.postgres, totals) == rows(*e.sqlite, totals));

    const QStringList sqliteDebtors = debtors(*e.sqlite, kAsOf);
    CHECK(sqliteDebtors.size() > 10);
    CHECK(debtors(*e.postgres, kAsOf) == sqliteDebtors);
    // Earlier dates too: another set of debtors, other episodes.
    CHECK(debtors(*e.postgres, kAsOf.addMonths(-3)) == debtors(*e.sqlite, kAsOf.addMonths(-3)));

    const QStringList sqlitePlan = plan(*e.sqlite, kAsOf);
    CHECK(sqlitePlan.size() > 10);
    CHECK(plan(*e.postgres, kAsOf) == sqlitePlan);

    // A run issues the same reminders with the same snapshots.
    RunOptions run;
    run.asOf = kAsOf;
    run.userName = QStringLiteral("test");
    QStringList issued[2];
    int i = 0;
    for (const Database* db : {e.sqlite.get(), e.postgres.get()}) {
        auto outcome = RunService(*db).run(run);
        INFO(outcome.error().toStdString());
        REQUIRE(outcome.ok());
        REQUIRE(outcome->status == RunStatus::Completed);
        for (const RunIssued& r : outcome->issued)
            issued[i] << r.ref + u'|' + QString::number(r.level) + u'|' +
                             QString::number(r.overdue.cents()) + u'|' +
                             QString::number(r.fee.cents()) + u'|' + QString::number(r.letters) +
                             u'|' + r.feeInvoiceNumber;
        ++i;
    }
    CHECK(issued[0].size() > 10);
    CHECK(issued[1] == issued[0]);
    const QString reminders = QString::fromLatin1(reminderRows);
    CHECK(rows(*e.postgres, reminders) == rows(*e.sqlite, reminders));
    for (const QString& table : {QStringLiteral("letters"), QStringLiteral("outbox"),
                                 QStringLiteral("fee_invoices"), QStringLiteral("runs")}) {
        const QString count = QStringLiteral("SELECT count(*) FROM %1").arg(table);
        INFO(table.toStdString());
        CHECK(rows(*e.postgres, count) == rows(*e.sqlite, count));
    }
    // Once issued, a reminder is not planned again.
    CHECK(plan(*e.postgres, kAsOf) == plan(*e.sqlite, kAsOf));
    CHECK(debtors(*e.postgres, kAsOf) == debtors(*e.sqlite, kAsOf));

    // Importing the same ledger again adds nothing on either engine.
    for (const Database* db : {e.sqlite.get(), e.postgres.get()}) {
        const ImportReport l = LedgerImporter::importFile(*db, ledgerCsv);
        INFO(l.errorLines().join(u'\n').toStdString());
        REQUIRE(l.ok());
        CHECK(l.added == 0);
        CHECK(l.unchanged == counts->entries);
    }
    CHECK(rows(*e.postgres, totals) == rows(*e.sqlite, totals));
}

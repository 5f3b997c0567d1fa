// relance-cli demo, as a user runs it: what ends up in the database.
#include "TestSupport.h"

#include "demo/DemoAgency.h"
#include "demo/DemoCsvWriter.h"
#include "storage/AccountRepository.h"
#include "storage/LedgerRepository.h"
#include "storage/OwnerRepository.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace TestSupport;

namespace {

CliResult demo(const QString& db, const QStringList& extra)
{
    return runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("demo")} + extra);
}

// A hash of everything the demo wrote that a user could see, without the
// row ids and timestamps that may legitimately differ.
QByteArray contentHash(const QString& path, bool withNotes = true)
{
    auto db = Database::open(DatabaseConfig::sqlite(path), Database::OpenMode::ExistingOnly);
    REQUIRE(db.ok());
    AccountRepository accounts(**db);
    LedgerRepository ledger(**db);
    auto all = accounts.all();
    REQUIRE(all.ok());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (Account a : *all) {
        auto entries = ledger.forAccount(a.id);
        REQUIRE(entries.ok());
        a.id = 0;
        if (!withNotes)
            a.notes.clear(); // import-formats.md has no notes column
        QStringList fields = {a.ref,
                              a.name,
                              a.email,
                              a.phone,
                              a.address1,
                              a.address2,
                              a.postalCode,
                              a.city,
                              a.property,
                              AccountKeys::toKey(a.leaseType),
                              a.monthlyRent.toPlainString(),
                              AccountKeys::toKey(a.paymentMethod),
                              AccountKeys::toKey(a.status),
                              QString::number(a.paymentPlan),
                              QString::number(a.litigation),
                              a.notes,
                              a.ownerRef};
        for (const Guarantor& g : a.guarantors)
            fields << g.name << g.email << g.address1 << g.postalCode << g.city;
        for (const LedgerEntry& e : *entries)
            fields << e.entryRef << LedgerKeys::toKey(e.side) << e.date.toString(Qt::ISODate)
                   << e.dueDate.toString(Qt::ISODate) << e.label << e.amount.toPlainString()
                   << LedgerKeys::toKey(e.kind) << e.matches;
        hash.addData(fields.join(u'\x1f').toUtf8());
        hash.addData("\x1e");
    }
    // The landlords, with every detail the CSV carries.
    auto owners = OwnerRepository(**db).all();
    REQUIRE(owners.ok());
    for (const Owner& o : *owners)
        hash.addData(QStringList{o.ref, o.name, o.email, o.address1, o.address2, o.postalCode,
                                 o.city, o.country}
                         .join(u'\x1f')
                         .toUtf8());
    return hash.result().toHex();
}

} // namespace

TEST_CASE("relance-cli demo: same seed, same agency, and another seed, another agency")
{
    QTemporaryDir dir;
    const QStringList args = {QStringLiteral("--accounts"), QStringLiteral("150"),
                              QStringLiteral("--months"),   QStringLiteral("12"),
                              QStringLiteral("--as-of"),    QStringLiteral("2026-11-23")};
    const QString one = dir.filePath(QStringLiteral("one.sqlite"));
    const QString two = dir.filePath(QStringLiteral("two.sqlite"));
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    auto r = demo(one, args);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.contains(QStringLiteral("150 account")));
    // The engine finds the same debtors as the demo's summary (the demo
    // writes without the per-row totals triggers and must leave them right).
    const auto summary = QRegularExpression(QStringLiteral("(\\d+) debtor")).match(r.err);
    REQUIRE(summary.hasMatch());
    auto debtors =
        runCli({QStringLiteral("--db"), one, QStringLiteral("debtors"), QStringLiteral("--as-of"),
                QStringLiteral("2026-11-23"), QStringLiteral("--json")});
    REQUIRE(debtors.exitCode == 0);
    const QJsonArray list = QJsonDocument::fromJson(debtors.out.toUtf8())
                                .object()
                                .value(QStringLiteral("debtors"))
                                .toArray();
    CHECK(list.size() == summary.captured(1).toInt());
    CHECK(list.size() > 3);
    REQUIRE(demo(two, args).exitCode == 0);
    REQUIRE(
        demo(other, args + QStringList{QStringLiteral("--seed"), QStringLiteral("2")}).exitCode ==
        0);
    const QByteArray h1 = contentHash(one);
    CHECK(h1 == contentHash(two));
    CHECK(h1 != contentHash(other));

    // The agency identity is filled for the letterhead.
    auto db = Database::open(DatabaseConfig::sqlite(one), Database::OpenMode::ExistingOnly);
    REQUIRE(db.ok());
    auto count = AccountRepository(**db).count();
    CHECK(*count == 150);
    auto entries = LedgerRepository(**db).count();
    CHECK(*entries > 150 * 12 * 3 / 2); // a rent and (mostly) a payment a month
}

TEST_CASE("relance-cli demo refuses a database that already has accounts")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("agency.sqlite"));
    const QStringList args = {QStringLiteral("--accounts"), QStringLiteral("30"),
                              QStringLiteral("--months"),   QStringLiteral("6"),
                              QStringLiteral("--as-of"),    QStringLiteral("2026-11-23")};
    REQUIRE(demo(path, args).exitCode == 0);
    const QByteArray before = contentHash(path);

    auto r = demo(path, {QStringLiteral("--accounts"), QStringLiteral("10"),
                         QStringLiteral("--seed"), QStringLiteral("5")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("already has 30 account")));
    CHECK(contentHash(path) == before);
}

TEST_CASE("relance-cli demo checks its options")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("agency.sqlite"));
    CHECK(demo(path, {}).exitCode == 2);
    CHECK(demo(path, {QStringLiteral("--accounts"), QStringLiteral("0")}).exitCode == 2);
    CHECK(demo(path, {QStringLiteral("--accounts"), QStringLiteral("5"), QStringLiteral("--as-of"),
                      QStringLiteral("23/11/2026")})
              .exitCode == 2);
    auto r = demo(path, {QStringLiteral("--accounts"), QStringLiteral("5"),
                         QStringLiteral("--months"), QStringLiteral("many")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--months")));
}

TEST_CASE("The demo written as CSV imports back into the same accounts and ledger")
{
    QTemporaryDir dir;
    const QString demoDb = dir.filePath(QStringLiteral("demo.sqlite"));
    const QString importDb = dir.filePath(QStringLiteral("import.sqlite"));
    const QString accountsCsv = dir.filePath(QStringLiteral("accounts.csv"));
    const QString ledgerCsv = dir.filePath(QStringLiteral("ledger.csv"));
    REQUIRE(demo(demoDb,
                 {QStringLiteral("--accounts"), QStringLiteral("80"), QStringLiteral("--months"),
                  QStringLiteral("6"), QStringLiteral("--seed"), QStringLiteral("11"),
                  QStringLiteral("--as-of"), QStringLiteral("2026-11-23")})
                .exitCode == 0);
    DemoOptions options;
    options.accounts = 80;
    options.months = 6;
    options.seed = 11;
    options.asOf = QDate(2026, 11, 23);
    auto counts = DemoCsvWriter::write(DemoAgency(options), accountsCsv, ledgerCsv);
    REQUIRE(counts.ok());
    CHECK(counts->accounts == 80);

    REQUIRE(runCli({QStringLiteral("--db"), importDb, QStringLiteral("init")}).exitCode == 0);
    auto r = runCli({QStringLiteral("--db"), importDb, QStringLiteral("import"),
                     QStringLiteral("accounts"), accountsCsv});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = runCli({QStringLiteral("--db"), importDb, QStringLiteral("import"),
                QStringLiteral("ledger"), ledgerCsv});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(contentHash(importDb, false) == contentHash(demoDb, false));
}

TEST_CASE("relance-cli demo --plans: tenants repaying under plans that Relance follows")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("agency.sqlite"));
    auto r =
        demo(path, {QStringLiteral("--accounts"), QStringLiteral("120"), QStringLiteral("--months"),
                    QStringLiteral("12"), QStringLiteral("--plans"), QStringLiteral("4"),
                    QStringLiteral("--as-of"), QStringLiteral("2026-11-23")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.contains(QStringLiteral("4 payment plan")));

    auto list = runCli({QStringLiteral("--db"), path, QStringLiteral("payment-plan"),
                        QStringLiteral("list"), QStringLiteral("--as-of"),
                        QStringLiteral("2026-11-23"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray plans = QJsonDocument::fromJson(list.out.toUtf8())
                                 .object()
                                 .value(QStringLiteral("plans"))
                                 .toArray();
    REQUIRE(plans.size() == 4);
    auto db = Database::open(DatabaseConfig::sqlite(path), Database::OpenMode::ExistingOnly);
    REQUIRE(db.ok());
    QStringList refs;
    for (const QJsonValue& v : plans) {
        const QJsonObject p = v.toObject();
        const QString ref = p.value(QStringLiteral("ref")).toString();
        refs << ref;
        INFO(ref.toStdString());
        // Kept: the tenant pays the rent and the instalment every month.
        CHECK(p.value(QStringLiteral("state")).toString() == QStringLiteral("respected"));
        // The three unpaid months, in ten instalments on the 15th.
        auto account = AccountRepository(**db).byRef(ref);
        REQUIRE(account.ok());
        CHECK(p.value(QStringLiteral("debt")).toString() ==
              Money::fromCents(account->monthlyRent.cents() * 3).toPlainString());
        CHECK(p.value(QStringLiteral("next_due")).toString() == QStringLiteral("2026-12-15"));
        CHECK(!account->paymentPlan); // followed by Relance, not the imported flag
    }

    // The engine waits for these tenants: reminders are excluded while the
    // plans hold.
    auto plan =
        runCli({QStringLiteral("--db"), path, QStringLiteral("plan"), QStringLiteral("--as-of"),
                QStringLiteral("2026-11-23"), QStringLiteral("--json")});
    REQUIRE(plan.exitCode == 0);
    const QJsonObject simulation = QJsonDocument::fromJson(plan.out.toUtf8()).object();
    for (const QJsonValue& v : simulation.value(QStringLiteral("reminders")).toArray())
        CHECK(!refs.contains(v.toObject().value(QStringLiteral("ref")).toString()));
    int waiting = 0;
    for (const QJsonValue& v : simulation.value(QStringLiteral("skipped")).toArray()) {
        const QJsonObject s = v.toObject();
        if (refs.contains(s.value(QStringLiteral("ref")).toString()) &&
            s.value(QStringLiteral("reason")).toString() == QStringLiteral("excluded:payment_plan"))
            ++waiting;
    }
    CHECK(waiting == 4);

    // More plans than accounts is refused, and nothing is written.
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    auto refused = demo(other, {QStringLiteral("--accounts"), QStringLiteral("10"),
                                QStringLiteral("--plans"), QStringLiteral("11")});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("--plans")));
}

// `report recovery --json` on the demo agency against `debtors --json`, the
// list staff already trust: the same total, the same debtors, counted by
// days in arrears in the same buckets, and month ends that are the debtor
// list as of those days.
#include "TestSupport.h"

#include "money/Money.h"
#include "reports/RecoveryDashboard.h"
#include "storage/DatabaseConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace TestSupport;

namespace {

QJsonObject cliJson(const QString& db, const QStringList& args)
{
    const CliResult r = runCli(QStringList{QStringLiteral("--db"), db} + args);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

Money amount(const QJsonValue& v)
{
    REQUIRE(v.isString());
    const auto m = Money::parse(v.toString());
    REQUIRE(m.has_value());
    return *m;
}

struct DebtorSums
{
    Money total;
    int count = 0;
    QMap<QString, std::pair<Money, int>> byBucket;
};

QString bucketOf(int days)
{
    if (days <= 30)
        return QStringLiteral("0-30");
    if (days <= 60)
        return QStringLiteral("31-60");
    if (days <= 90)
        return QStringLiteral("61-90");
    if (days <= 180)
        return QStringLiteral("91-180");
    return QStringLiteral("181+");
}

DebtorSums debtorsAsOf(const QString& db, const QString& date)
{
    DebtorSums sums;
    const QJsonArray debtors = cliJson(db, {QStringLiteral("debtors"), QStringLiteral("--as-of"),
                                            date, QStringLiteral("--json")})
                                   .value(QStringLiteral("debtors"))
                                   .toArray();
    for (const QJsonValue& d : debtors) {
        const Money overdue = amount(d[QStringLiteral("overdue")]);
        sums.total += overdue;
        ++sums.count;
        auto& bucket = sums.byBucket[bucketOf(d[QStringLiteral("days_in_arrears")].toInt())];
        bucket.first += overdue;
        ++bucket.second;
    }
    return sums;
}

} // namespace

TEST_CASE("report recovery on the demo agency agrees with the debtor list")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    const CliResult demo =
        runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--accounts"),
                QStringLiteral("400"), QStringLiteral("--months"), QStringLiteral("30"),
                QStringLiteral("--as-of"), QStringLiteral("2026-11-30")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);

    const QJsonObject report = cliJson(db, {QStringLiteral("report"), QStringLiteral("recovery"),
                                            QStringLiteral("--as-of"), QStringLiteral("2026-11-30"),
                                            QStringLiteral("--json")});
    const DebtorSums today = debtorsAsOf(db, QStringLiteral("2026-11-30"));
    REQUIRE(today.count > 20); // the demo has arrears of every age
    CHECK(amount(report[QStringLiteral("total_overdue")]) == today.total);
    CHECK(report[QStringLiteral("debtors")].toInt() == today.count);

    const QJsonArray ageing = report[QStringLiteral("ageing")].toArray();
    REQUIRE(ageing.size() == 5);
    Money ageingTotal;
    int nonEmpty = 0;
    for (const QJsonValue& row : ageing) {
        const QString bucket = row[QStringLiteral("bucket")].toString();
        INFO("bucket " << bucket.toStdString());
        const auto expected = today.byBucket.value(bucket);
        CHECK(amount(row[QStringLiteral("amount")]) == expected.first);
        CHECK(row[QStringLiteral("count")].toInt() == expected.second);
        ageingTotal += amount(row[QStringLiteral("amount")]);
        nonEmpty += row[QStringLiteral("count")].toInt() > 0 ? 1 : 0;
    }
    CHECK(ageingTotal == today.total);
    CHECK(nonEmpty >= 3);

    // The 24 month ends, oldest first; three of them checked against the
    // debtor list as of that day (the series is computed in one pass).
    const QJsonArray monthly = report[QStringLiteral("monthly")].toArray();
    REQUIRE(monthly.size() == 24);
    CHECK(monthly.first()[QStringLiteral("month_end")].toString() == QLatin1String("2024-12-31"));
    CHECK(monthly.last()[QStringLiteral("month_end")].toString() == QLatin1String("2026-11-30"));
    CHECK(amount(monthly.last()[QStringLiteral("overdue")]) == today.total);
    for (int i : {3, 15, 22}) {
        const QString end = monthly.at(i)[QStringLiteral("month_end")].toString();
        INFO("month end " << end.toStdString());
        const DebtorSums then = debtorsAsOf(db, end);
        CHECK(amount(monthly.at(i)[QStringLiteral("overdue")]) == then.total);
    }

    // Twelve months of recoveries, something recovered in most of them.
    const QJsonArray recovered = report[QStringLiteral("recovered")].toArray();
    REQUIRE(recovered.size() == 12);
    CHECK(recovered.first()[QStringLiteral("month")].toString() == QLatin1String("2025-12"));
    int months = 0;
    for (const QJsonValue& r : recovered)
        months += amount(r[QStringLiteral("amount")]).isPositive() ? 1 : 0;
    CHECK(months >= 10);
}

TEST_CASE("The figures count late and broken payment plans and late deadlines as their screens do")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("plans.sqlite"));
    const QString cases =
        sourcePath(QStringLiteral("tests/golden/engine/cases/recovery-plan-broken"));
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
    for (const auto& [kind, file] :
         {std::pair{QStringLiteral("accounts"), QStringLiteral("accounts.csv")},
          std::pair{QStringLiteral("ledger"), QStringLiteral("ledger.csv")}}) {
        const CliResult r = runCli(
            {QStringLiteral("--db"), db, QStringLiteral("import"), kind, cases + u'/' + file});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    // LOC0001 pays the rent, never the instalments: late from 11 March,
    // broken on 26 March; LOC0002 pays neither the rent: broken on 17 March.
    for (const QString& ref : {QStringLiteral("LOC0001"), QStringLiteral("LOC0002")}) {
        const CliResult r =
            runCli({QStringLiteral("--db"), db, QStringLiteral("payment-plan"),
                    QStringLiteral("create"), ref, QStringLiteral("--instalments"),
                    QStringLiteral("4"), QStringLiteral("--first"), QStringLiteral("2026-03-10"),
                    QStringLiteral("--as-of"), QStringLiteral("2026-02-10")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    auto opened = Database::open(DatabaseConfig::sqlite(db), Database::OpenMode::ExistingOnly);
    REQUIRE(opened.ok());
    const RecoveryDashboard dashboard(**opened);
    auto lateDeadlines = [&db](const QString& date) {
        int late = 0;
        for (const QJsonValue& d :
             cliJson(db, {QStringLiteral("deadlines"), QStringLiteral("--as-of"), date,
                          QStringLiteral("--json")})
                 .value(QStringLiteral("deadlines"))
                 .toArray())
            late += d[QStringLiteral("status")].toString() == QLatin1String("late") ? 1 : 0;
        return late;
    };

    const QDate march17(2026, 3, 17);
    auto f = dashboard.compute(march17, RecoveryDashboard::defaultFrom(march17));
    REQUIRE(f.ok());
    CHECK(f->latePlans == 1);
    CHECK(f->brokenPlans == 1);
    CHECK(f->lateDeadlines == lateDeadlines(QStringLiteral("2026-03-17")));

    const QDate march26(2026, 3, 26);
    f = dashboard.compute(march26, RecoveryDashboard::defaultFrom(march26));
    REQUIRE(f.ok());
    CHECK(f->latePlans == 0);
    CHECK(f->brokenPlans == 2);

    // Before the plans: none.
    const QDate feb9(2026, 2, 9);
    f = dashboard.compute(feb9, RecoveryDashboard::defaultFrom(feb9));
    REQUIRE(f.ok());
    CHECK(f->latePlans + f->brokenPlans == 0);

    // A period that starts after the date is refused, in words.
    f = dashboard.compute(feb9, march17);
    REQUIRE(!f.ok());
    CHECK(f.kind() == ErrorKind::BadInput);
}

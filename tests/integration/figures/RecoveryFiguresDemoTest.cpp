// `report recovery --json` on the demo agency against `debtors --json`, the
// list staff already trust: the same total, the same debtors, counted by
// days in arrears in the same buckets, and month ends that are the debtor
// list as of those days.
#include "TestSupport.h"

#include "money/Money.h"

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

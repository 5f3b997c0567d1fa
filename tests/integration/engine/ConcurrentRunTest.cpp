#include "EngineFixture.h"

#include "reminders/Level.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <memory>

namespace {

int plannedCount(EngineFixture& f, const QDate& d)
{
    auto plan = f.cli({QStringLiteral("plan"), QStringLiteral("--as-of"), d.toString(Qt::ISODate),
                       QStringLiteral("--json")});
    INFO(plan.err.toStdString());
    REQUIRE(plan.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(plan.out.toUtf8()).object();
    return int(root.value(QStringLiteral("reminders")).toArray().size());
}

} // namespace

TEST_CASE("Two relance-cli run processes started together on one database issue each reminder "
          "exactly once, round after round")
{
    EngineFixture f;
    const int accounts = 40;
    for (int i = 1; i <= accounts; ++i) {
        const QString ref = QStringLiteral("LOC%1").arg(i, 4, 10, QLatin1Char('0'));
        f.addAccount(ref, i % 2 == 0);
        f.debit(ref, QStringLiteral("R-2026-03"), QDate(2026, 3, 1), 65000);
    }
    // One tenant who pays keeps the ledger fresh (no stale-ledger refusal).
    f.addAccount(QStringLiteral("PAY0001"));

    // Level 1 at 9 days, level 2 at 19, the guarantor level at 35 (only the
    // accounts with a guarantor), the formal notice at 50.
    const QList<QDate> rounds = {QDate(2026, 3, 10), QDate(2026, 3, 20), QDate(2026, 4, 5),
                                 QDate(2026, 4, 20)};
    int expectedTotal = 0;
    for (const QDate& d : rounds) {
        f.credit(QStringLiteral("PAY0001"), QStringLiteral("P-") + d.toString(Qt::ISODate),
                 d.addDays(-1), 100);
        const int planned = plannedCount(f, d);
        CHECK(planned > 0);
        expectedTotal += planned;

        const QStringList args = {QStringLiteral("--db"), f.dbPath(), QStringLiteral("run"),
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

        // Everything the plan showed was issued, once, split between the two.
        CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM reminders WHERE date = ?"),
                       {d.toString(Qt::ISODate)}) == planned);
        CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM runs WHERE as_of = ?"),
                       {d.toString(Qt::ISODate)}) == 2);
        CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM (SELECT account_id, level_position, "
                                      "repeat FROM reminders GROUP BY account_id, "
                                      "level_position, repeat HAVING count(*) > 1) t")) == 0);
        // Planning again on the same data issues nothing new.
        CHECK(plannedCount(f, d) == 0);
    }
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM reminders")) == expectedTotal);
    // The first round reached every tenant at level 1.
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM reminders WHERE level_position = 1")) ==
          accounts);
}

TEST_CASE("Two run-due processes started together run an automated level once that month")
{
    EngineFixture f;
    f.editLevel(1, [](Level& l) {
        l.automationEnabled = true;
        l.automationOrder = 1;
        l.automationDay = 10;
    });
    for (int i = 1; i <= 20; ++i) {
        const QString ref = QStringLiteral("LOC%1").arg(i, 4, 10, QLatin1Char('0'));
        f.addAccount(ref);
        f.debit(ref, QStringLiteral("R-2026-03"), QDate(2026, 3, 1), 65000);
    }
    f.addAccount(QStringLiteral("PAY0001"));
    f.credit(QStringLiteral("PAY0001"), QStringLiteral("P-1"), QDate(2026, 3, 9), 100);

    for (const QDate& d : {QDate(2026, 3, 12), QDate(2026, 3, 13)}) {
        const QStringList args = {QStringLiteral("--db"), f.dbPath(), QStringLiteral("run-due"),
                                  QStringLiteral("--today"), d.toString(Qt::ISODate)};
        std::unique_ptr<QProcess> a(new QProcess), b(new QProcess);
        a->start(QStringLiteral(RELANCE_CLI_PATH), args);
        b->start(QStringLiteral(RELANCE_CLI_PATH), args);
        REQUIRE(a->waitForFinished(120000));
        REQUIRE(b->waitForFinished(120000));
        INFO(QString::fromUtf8(a->readAllStandardError()).toStdString());
        INFO(QString::fromUtf8(b->readAllStandardError()).toStdString());
        CHECK(a->exitCode() == 0);
        CHECK(b->exitCode() == 0);
    }
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM runs WHERE mode = 'automated'")) == 1);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM automation_runs")) == 1);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM reminders")) == 20);
}

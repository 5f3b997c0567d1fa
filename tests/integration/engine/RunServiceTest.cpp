#include "EngineFixture.h"

#include "letters/LetterStateChange.h"
#include "reminders/Automation.h"
#include "reminders/FeeInvoiceDecision.h"
#include "reminders/History.h"
#include "reminders/HistoryEntry.h"
#include "reminders/RunService.h"
#include "storage/FeeInvoiceRepository.h"
#include "storage/ReminderRepository.h"
#include "storage/RunRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

RunOptions at(const QDate& d)
{
    RunOptions o;
    o.asOf = d;
    o.userName = QStringLiteral("claire");
    return o;
}

// One unpaid March rent, and a payment elsewhere the day before `fresh` so
// the ledger is not stale on that day.
void marchArrears(EngineFixture& f, const QString& ref, bool guarantor = false,
                  const QString& lease = QStringLiteral("residential"))
{
    f.addAccount(ref, guarantor, {}, lease);
    f.debit(ref, QStringLiteral("R-2026-03"), QDate(2026, 3, 1), 65000);
}

void freshPayment(EngineFixture& f, const QDate& d)
{
    if (f.scalar(QStringLiteral("SELECT count(*) FROM accounts WHERE ref = 'PAY0001'")) == 0)
        f.addAccount(QStringLiteral("PAY0001"));
    f.credit(QStringLiteral("PAY0001"), QStringLiteral("P-") + d.toString(Qt::ISODate), d, 100);
}

} // namespace

TEST_CASE("A run on a stale ledger refuses and records nothing; --force issues")
{
    EngineFixture f;
    marchArrears(f, QStringLiteral("LOC0001"));
    const QDate d(2026, 3, 10);

    auto refused =
        f.cli({QStringLiteral("run"), QStringLiteral("--as-of"), d.toString(Qt::ISODate)});
    CHECK(refused.exitCode == 4);
    CHECK(refused.err.contains(QStringLiteral("Give --force to run anyway.")));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM runs")) == 0);
    // The core's sentence (the desktop shows it too) names no command line.
    auto outcome = RunService(f.db()).run(at(d));
    REQUIRE(outcome.ok());
    CHECK(outcome->status == RunStatus::Refused);
    CHECK(outcome->message.contains(QStringLiteral("stale")));
    CHECK_FALSE(outcome->message.contains(QStringLiteral("--")));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM reminders")) == 0);

    auto forced = f.cli({QStringLiteral("run"), QStringLiteral("--as-of"), d.toString(Qt::ISODate),
                         QStringLiteral("--force")});
    INFO(forced.err.toStdString());
    CHECK(forced.exitCode == 0);
    CHECK(forced.out.trimmed().toLongLong() > 0);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM reminders")) == 1);
}

TEST_CASE("A run records a snapshot of what the letter states, and one letter per addressee")
{
    EngineFixture f;
    marchArrears(f, QStringLiteral("LOC0001"), true);
    f.credit(QStringLiteral("LOC0001"), QStringLiteral("V-1"), QDate(2026, 3, 5), 15000);
    freshPayment(f, QDate(2026, 3, 9));
    auto outcome = RunService(f.db()).run(at(QDate(2026, 3, 10)));
    REQUIRE(outcome.ok());
    REQUIRE(outcome->issued.size() == 1);
    CHECK(outcome->issued[0].level == 1);

    auto reminders = ReminderRepository(f.db()).ofRun(outcome->runId);
    REQUIRE(reminders.ok());
    REQUIRE(reminders->size() == 1);
    const ReminderRecord& r = reminders->first();
    CHECK(r.overdue.cents() == 50000);
    CHECK(r.balance.cents() == 50000);
    CHECK(r.oldestDueDate == QDate(2026, 3, 1));
    CHECK(r.deadline == QDate(2026, 3, 18)); // D + 8 days
    CHECK(r.userName == QStringLiteral("claire"));
    CHECK_FALSE(r.manual);
    const QJsonArray items = QJsonDocument::fromJson(r.itemsJson.toUtf8()).array();
    REQUIRE(items.size() == 1);
    CHECK(items[0].toObject().value(QStringLiteral("remaining")).toString() ==
          QStringLiteral("500.00"));
    // Level 1 goes to the tenant only: one letter, waiting to be printed.
    auto letters = ReminderRepository(f.db()).lettersOf(r.id);
    REQUIRE(letters.ok());
    REQUIRE(letters->size() == 1);
    CHECK(letters->first().recipient == QStringLiteral("tenant"));
    CHECK(letters->first().state == LetterState::Pending);
    CHECK(letters->first().address.contains(QStringLiteral("69003 LYON")));

    // Running again the same day issues nothing new.
    auto again = RunService(f.db()).run(at(QDate(2026, 3, 10)));
    REQUIRE(again.ok());
    CHECK(again->issued.isEmpty());

    // The formal notice (level 4) goes to the tenant and the guarantor: two
    // letters for one reminder.
    for (const QDate& d : {QDate(2026, 3, 20), QDate(2026, 4, 5), QDate(2026, 4, 20)}) {
        freshPayment(f, d.addDays(-1));
        REQUIRE(RunService(f.db()).run(at(d)).ok());
    }
    auto history = History::load(f.db(), QStringLiteral("LOC0001"));
    REQUIRE(history.ok());
    REQUIRE(history->size() == 4);
    CHECK(history->at(3).level == 4);
    CHECK(history->at(3).recipients ==
          QStringList{QStringLiteral("tenant"), QStringLiteral("guarantor")});
    auto notice = ReminderRepository(f.db()).lettersOf(history->at(3).reminderId);
    REQUIRE(notice.ok());
    CHECK(notice->size() == 2);
}

TEST_CASE("A manual reminder overrides too_early only when asked, and is recorded as manual")
{
    EngineFixture f;
    marchArrears(f, QStringLiteral("LOC0001"));
    const QDate d(2026, 3, 3); // 2 days late: level 1 needs 5
    freshPayment(f, d);

    RunOptions plain = at(d);
    plain.accountRefs = {QStringLiteral("LOC0001")};
    auto skipped = RunService(f.db()).run(plain);
    REQUIRE(skipped.ok());
    CHECK(skipped->issued.isEmpty());
    REQUIRE(skipped->notIssued.size() == 1);
    CHECK(skipped->notIssued[0].reason == QStringLiteral("too_early"));
    // Core names no command-line option; the command line says how to override.
    CHECK(skipped->notIssued[0].overridable);
    CHECK_FALSE(skipped->notIssued[0].message.contains(QStringLiteral("--")));
    auto refused = f.cli({QStringLiteral("run"), QStringLiteral("--as-of"), d.toString(Qt::ISODate),
                          QStringLiteral("--accounts"), QStringLiteral("LOC0001")});
    CHECK(refused.err.contains(QStringLiteral("Not issued: LOC0001: ")));
    CHECK(refused.err.contains(QStringLiteral(" Use --manual to issue it anyway.")));

    auto cli = f.cli({QStringLiteral("run"), QStringLiteral("--as-of"), d.toString(Qt::ISODate),
                      QStringLiteral("--accounts"), QStringLiteral("LOC0001"),
                      QStringLiteral("--manual")});
    INFO(cli.err.toStdString());
    CHECK(cli.exitCode == 0);
    auto history = f.cli({QStringLiteral("history"), QStringLiteral("--json")});
    const QJsonArray list = QJsonDocument::fromJson(history.out.toUtf8())
                                .object()
                                .value(QStringLiteral("reminders"))
                                .toArray();
    REQUIRE(list.size() == 1);
    CHECK(list[0].toObject().value(QStringLiteral("manual")).toBool());
    CHECK(list[0].toObject().value(QStringLiteral("level")).toInt() == 1);
    CHECK(list[0].toObject().value(QStringLiteral("letter")).toString() ==
          QStringLiteral("pending"));
    CHECK(list[0].toObject().value(QStringLiteral("email")).isNull());
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM reminders WHERE overridden_reason = "
                                  "'too_early' AND manual = 1")) == 1);

    // It counts in the episode: the plan now waits for level 2.
    auto plan = f.cli({QStringLiteral("plan"), QStringLiteral("--as-of"),
                       QDate(2026, 3, 10).toString(Qt::ISODate), QStringLiteral("--json")});
    CHECK_FALSE(plan.out.contains(QStringLiteral("\"level\": 1")));
}

TEST_CASE("program_none cannot be overridden, even with --manual")
{
    EngineFixture f;
    marchArrears(f, QStringLiteral("LOC0001"));
    REQUIRE(f.db()
                .exec(QStringLiteral("UPDATE accounts SET program_mode = 'none' WHERE ref = ?"),
                      {QStringLiteral("LOC0001")})
                .ok());
    freshPayment(f, QDate(2026, 3, 9));
    auto cli = f.cli({QStringLiteral("run"), QStringLiteral("--as-of"),
                      QStringLiteral("2026-03-10"), QStringLiteral("--accounts"),
                      QStringLiteral("LOC0001"), QStringLiteral("--manual")});
    CHECK(cli.exitCode == 1);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM reminders")) == 0);
}

TEST_CASE("A level's fee is invoiced to a commercial lease (validated: a fee debit dated D) and "
          "never to a residential one")
{
    EngineFixture f;
    f.editLevel(1, [](Level& l) {
        l.feeAmount = Money::fromCents(4000);
        l.feeAutoValidate = true;
        l.feeSupplierAccount = QStringLiteral("401REL");
        l.feeExpenseAccount = QStringLiteral("6226");
    });
    marchArrears(f, QStringLiteral("COM0001"), false, QStringLiteral("commercial"));
    marchArrears(f, QStringLiteral("LOC0001"), false, QStringLiteral("residential"));
    const QDate d(2026, 3, 10);
    freshPayment(f, d);
    auto outcome = RunService(f.db()).run(at(d));
    REQUIRE(outcome.ok());
    REQUIRE(outcome->issued.size() == 2);

    auto invoices = FeeInvoiceRepository(f.db()).all();
    REQUIRE(invoices.ok());
    REQUIRE(invoices->size() == 1);
    CHECK(invoices->first().state == FeeInvoiceState::Validated);
    CHECK(invoices->first().amount.cents() == 4000);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM ledger_entries e JOIN accounts a ON a.id "
                                  "= e.account_id WHERE a.ref = 'COM0001' AND e.kind = 'fee' AND "
                                  "e.date = '2026-03-10' AND e.due_date = '2026-03-10' AND "
                                  "e.amount = 4000")) == 1);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM ledger_entries WHERE kind = 'fee'")) == 1);

    // Cancelling the invoice posts a credit note that pays exactly that fee.
    REQUIRE(FeeInvoiceDecision::cancel(f.db(), invoices->first().id, QDate(2026, 3, 12)).ok());
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM ledger_entries WHERE kind = "
                                  "'credit_note' AND amount = 4000 AND matches LIKE 'FEE-%'")) ==
          1);
}

TEST_CASE("run-due runs an automated level once a month from its day, catching up a missed day; "
          "day 31 in a 30-day month is the 30th")
{
    EngineFixture f;
    f.editLevel(1, [](Level& l) {
        l.automationEnabled = true;
        l.automationOrder = 1;
        l.automationDay = 31;
    });
    f.addAccount(QStringLiteral("LOC0001"));
    f.debit(QStringLiteral("LOC0001"), QStringLiteral("R-2026-11"), QDate(2026, 11, 1), 65000);
    for (int day = 27; day <= 30; ++day)
        freshPayment(f, QDate(2026, 11, day));
    for (int day = 1; day <= 3; ++day)
        freshPayment(f, QDate(2026, 12, day));

    auto runDue = [&](const QDate& d) {
        return f.cli(
            {QStringLiteral("run-due"), QStringLiteral("--today"), d.toString(Qt::ISODate)});
    };
    CHECK(runDue(QDate(2026, 11, 29)).exitCode == 0);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM runs")) == 0);
    auto nov30 = runDue(QDate(2026, 11, 30));
    INFO(nov30.err.toStdString());
    CHECK(nov30.exitCode == 0);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM runs WHERE mode = 'automated'")) == 1);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM reminders WHERE date = '2026-11-30'")) ==
          1);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM automation_runs WHERE month = '2026-11' "
                                  "AND day = '2026-11-30'")) == 1);
    // The next days of December are before its 31st: nothing.
    CHECK(runDue(QDate(2026, 12, 1)).exitCode == 0);
    CHECK(runDue(QDate(2026, 12, 2)).exitCode == 0);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM runs")) == 1);
}

TEST_CASE("run-due catches up a missed day, records a run that issues nothing, and records a "
          "refused run on a stale ledger without counting it")
{
    EngineFixture f;
    f.editLevel(1, [](Level& l) {
        l.automationEnabled = true;
        l.automationOrder = 1;
        l.automationDay = 10;
    });
    f.addAccount(QStringLiteral("LOC0001"));
    // Stale on the 14th: the last payment is older than 7 days.
    freshPayment(f, QDate(2026, 1, 2));
    auto stale = Automation::runDue(f.db(), QDate(2026, 1, 14), false, QStringLiteral("cron"));
    REQUIRE(stale.ok());
    CHECK(stale->refused);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM runs WHERE status = 'refused' AND "
                                  "refusal_reason = 'stale_ledger'")) == 1);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM automation_runs")) == 0);
    auto cli =
        f.cli({QStringLiteral("run-due"), QStringLiteral("--today"), QStringLiteral("2026-01-14")});
    CHECK(cli.exitCode == 4);

    // Payments imported: the missed run of the 10th happens on the 15th,
    // issuing nothing (no debtor) but counting for January.
    freshPayment(f, QDate(2026, 1, 14));
    auto caughtUp = Automation::runDue(f.db(), QDate(2026, 1, 15), false, QStringLiteral("cron"));
    REQUIRE(caughtUp.ok());
    CHECK_FALSE(caughtUp->refused);
    REQUIRE(caughtUp->levels.size() == 1);
    CHECK(caughtUp->levels[0].due);
    CHECK(caughtUp->levels[0].outcome.runId > 0);
    CHECK(caughtUp->issued == 0);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM automation_runs WHERE month = "
                                  "'2026-01'")) == 1);
    auto next = Automation::runDue(f.db(), QDate(2026, 1, 16), false, QStringLiteral("cron"));
    REQUIRE(next.ok());
    CHECK_FALSE(next->levels[0].due);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM runs WHERE status = 'completed'")) == 1);
}

TEST_CASE("The schema refuses a second reminder for the same level of the same episode; the "
          "repository reports it as already issued instead of failing")
{
    EngineFixture f;
    const qint64 account = f.addAccount(QStringLiteral("LOC0001"));
    auto insert = [&](const QDate& episode) {
        std::optional<qint64> id;
        Status s = f.db().write([&](QSqlDatabase& conn) -> Status {
            RunRecord run;
            run.asOf = QDate(2026, 3, 10);
            auto runId = RunRepository::insertIn(conn, run);
            if (!runId)
                return Status::failure(runId.error());
            ReminderRecord r;
            r.runId = *runId;
            r.accountId = account;
            r.levelPosition = 1;
            r.levelName = QStringLiteral("Première relance");
            r.date = run.asOf;
            r.episodeStart = episode;
            r.recipients = {QStringLiteral("tenant")};
            r.channels = {QStringLiteral("letter")};
            auto inserted = ReminderRepository::insertIn(conn, r);
            if (!inserted)
                return Status::failure(inserted.error());
            id = *inserted;
            return {};
        });
        REQUIRE(s.ok());
        return id;
    };
    CHECK(insert(QDate(2026, 3, 1)).has_value());
    CHECK_FALSE(insert(QDate(2026, 3, 1)).has_value());
    // A new episode (the tenant paid everything in between) starts over.
    CHECK(insert(QDate(2026, 4, 2)).has_value());
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM reminders")) == 2);
}

TEST_CASE("History follows the letters: printed once printed, never back; tracking numbers show")
{
    EngineFixture f;
    f.addAccount(QStringLiteral("LOC0001"), true);
    f.debit(QStringLiteral("LOC0001"), QStringLiteral("R-2026-01"), QDate(2026, 1, 1), 65000);
    // Up to the formal notice (tenant and guarantor, registered).
    for (const QDate& d :
         {QDate(2026, 1, 10), QDate(2026, 1, 20), QDate(2026, 2, 5), QDate(2026, 2, 20)}) {
        freshPayment(f, d);
        REQUIRE(RunService(f.db()).run(at(d)).ok());
    }
    auto history = History::load(f.db(), QStringLiteral("LOC0001"));
    REQUIRE(history.ok());
    REQUIRE(history->size() == 4);
    const HistoryEntry notice = history->last();
    CHECK(notice.level == 4);
    CHECK(notice.letter == LetterState::Pending);

    ReminderRepository reminders(f.db());
    auto letters = reminders.lettersOf(notice.reminderId);
    REQUIRE(letters.ok());
    REQUIRE(letters->size() == 2);
    // The print batch: levels 1 and 2, the guarantor notice, and both copies
    // of the formal notice.
    CHECK(reminders.pendingLetters()->size() == 5);
    // One copy printed, the guarantor's still to print: the reminder waits.
    REQUIRE(LetterStateChange::apply(f.db(), letters->at(0).id, LetterState::Printed).ok());
    CHECK(History::load(f.db(), QStringLiteral("LOC0001"))->last().letter == LetterState::Pending);
    REQUIRE(LetterStateChange::apply(f.db(), letters->at(1).id, LetterState::Printed).ok());
    REQUIRE(reminders.setTracking(notice.reminderId, QStringLiteral("1A01234567890")).ok());
    auto after = History::load(f.db(), QStringLiteral("LOC0001"));
    CHECK(after->last().letter == LetterState::Printed);
    CHECK(after->last().tracking == QStringLiteral("1A01234567890"));
    CHECK(f.scalar(QStringLiteral(
              "SELECT count(*) FROM reminders WHERE letter_state = 'printed'")) == 1);
    // A printed letter has gone: it cannot return to the print batch.
    auto back = LetterStateChange::apply(f.db(), letters->at(0).id, LetterState::Pending);
    CHECK_FALSE(back.ok());
    CHECK_FALSE(back.error().isEmpty());
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM letters WHERE state = 'printed'")) == 2);

    const QJsonObject json = History::toJson(*after);
    const QJsonObject last = json.value(QStringLiteral("reminders")).toArray().last().toObject();
    CHECK(last.value(QStringLiteral("letter")).toString() == QStringLiteral("printed"));
    CHECK(last.value(QStringLiteral("tracking")).toString() == QStringLiteral("1A01234567890"));
    CHECK(last.value(QStringLiteral("email")).isNull());
}

TEST_CASE("run --template picks a level's template by name; an unknown name records nothing")
{
    EngineFixture f;
    marchArrears(f, QStringLiteral("LOC0001"));
    freshPayment(f, QDate(2026, 3, 9));
    auto unknown =
        f.cli({QStringLiteral("run"), QStringLiteral("--as-of"), QStringLiteral("2026-03-10"),
               QStringLiteral("--template"), QStringLiteral("Courrier inexistant")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("Courrier inexistant")));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM runs")) == 0);

    const qint64 templateId = f.scalar(
        QStringLiteral("SELECT t.id FROM templates t JOIN levels l ON l.id = t.level_id WHERE "
                       "l.position = 1 AND t.language = 'fr' ORDER BY t.id LIMIT 1"));
    QString name;
    {
        // Read and let go of the statement: an open read would keep this
        // connection on a snapshot older than the CLI's run.
        auto q =
            f.db().exec(QStringLiteral("SELECT name FROM templates WHERE id = ?"), {templateId});
        REQUIRE(q.ok());
        REQUIRE(q->next());
        name = q->value(0).toString();
    }
    auto chosen = f.cli({QStringLiteral("run"), QStringLiteral("--as-of"),
                         QStringLiteral("2026-03-10"), QStringLiteral("--template"), name});
    INFO(chosen.err.toStdString());
    CHECK(chosen.exitCode == 0);
    CHECK(f.scalar(QStringLiteral("SELECT template_id FROM reminders")) == templateId);
}

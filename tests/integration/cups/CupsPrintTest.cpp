#include "CupsFixture.h"
#include "LetterFixture.h"

#include "letters/LetterProducer.h"
#include "storage/DatabaseConfig.h"
#include "storage/ReminderRepository.h"

using namespace TestSupport;
using namespace LetterFixture;

TEST_CASE("A run printed to a real CUPS queue comes out as the letters")
{
    CupsFixture printing;
    if (!printing.available())
        return;
    printing.useInThisProcess();
    CupsServer& cups = printing.server();
    const QTemporaryDir& dir = printing.dir();

    auto db = createDatabase(dir);
    Account second = dupont();
    second.ref = QStringLiteral("LOC0077");
    second.name = QStringLiteral("Mme Chloé Bernard");
    second.guarantors.clear();
    Issued one;
    one.account = dupont();
    one.level = 1;
    one.oldestDue = QDate(2026, 10, 5);
    one.itemsJson = monthlyItems(1, one.oldestDue, Money::fromCents(101350), &one.overdue);
    Issued two = one;
    two.account = second;
    two.itemsJson = monthlyItems(2, QDate(2026, 9, 5), Money::fromCents(48000), &two.overdue);
    QList<Issued> issued{one, two};
    const qint64 runId = recordRun(*db, QDate(2026, 11, 23), issued);

    LetterOutputOptions options;
    options.printerName = cups.queue();
    auto printed = LetterProducer::produceRun(*db, runId, options);
    INFO(printed.error().toStdString());
    REQUIRE(printed.ok());
    CHECK(printed->printed);
    CHECK(printed->letters == 2);

    const QString pdf = cups.waitForOutput(90000);
    REQUIRE_FALSE(pdf.isEmpty());
    CHECK(pdfInfo(pdf, QStringLiteral("Pages")) == QStringLiteral("2"));
    const QString text = normalizedText(pdf);
    CHECK(text.contains(QStringLiteral("M. Jean Dupont")));
    CHECK(text.contains(QStringLiteral("1 013,50 €")));
    CHECK(text.contains(QStringLiteral("Mme Chloé Bernard")));
    CHECK(text.contains(QStringLiteral("960,00 €")));
    CHECK(text.contains(QStringLiteral("Lyon, le 23 novembre 2026")));
    CHECK(text.indexOf(QStringLiteral("M. Jean Dupont")) <
          text.indexOf(QStringLiteral("Mme Chloé Bernard")));

    auto letters = ReminderRepository(*db).lettersOfRun(runId);
    REQUIRE(letters.ok());
    for (const ReminderLetter& l : *letters)
        CHECK(l.state == LetterState::Printed);
}

TEST_CASE("relance-cli run --printer prints the run on a real CUPS queue")
{
    // What a cron job does: relance-cli prints through the print system
    // itself (it loads no Qt Widgets, test_cli_without_widgets).
    CupsFixture printing;
    if (!printing.available())
        return;
    CupsServer& cups = printing.server();
    const QTemporaryDir& dir = printing.dir();
    const QString path = dir.filePath(QStringLiteral("relance.sqlite"));
    auto demo =
        runCli({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--accounts"),
                QStringLiteral("12"), QStringLiteral("--as-of"), QStringLiteral("2026-11-23")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CUPS_SERVER"), cups.socket());
    auto run =
        runCli({QStringLiteral("--db"), path, QStringLiteral("run"), QStringLiteral("--as-of"),
                QStringLiteral("2026-11-23"), QStringLiteral("--printer"), cups.queue()},
               {}, env);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.contains(QStringLiteral("sent to the printer")));

    auto db = Database::open(DatabaseConfig::sqlite(path), Database::OpenMode::ExistingOnly);
    REQUIRE(db.ok());
    // Every paper letter of the run is recorded as printed, and the queue
    // received them all: one page or more each, the first tenant's name in
    // the printed text.
    auto q = (*db)->exec(QStringLiteral(
        "SELECT count(*), sum(CASE WHEN l.state = 'printed' THEN 1 ELSE 0 END), min(a.name) "
        "FROM letters l JOIN reminders r ON r.id = l.reminder_id "
        "JOIN accounts a ON a.id = r.account_id"));
    REQUIRE(q.ok());
    REQUIRE(q->next());
    const int letters = q->value(0).toInt();
    REQUIRE(letters > 0);
    CHECK(q->value(1).toInt() == letters);
    const QString pdf = cups.waitForOutput(90000);
    REQUIRE_FALSE(pdf.isEmpty());
    CHECK(pdfInfo(pdf, QStringLiteral("Pages")).toInt() >= letters);
    CHECK(normalizedText(pdf).contains(q->value(2).toString()));
}

TEST_CASE("Printing to a printer that does not exist is refused before anything is recorded")
{
    QTemporaryDir dir;
    auto db = createDatabase(dir);
    Issued one;
    one.account = dupont();
    one.oldestDue = QDate(2026, 10, 5);
    one.itemsJson = monthlyItems(1, one.oldestDue, Money::fromCents(101350), &one.overdue);
    QList<Issued> issued{one};
    const qint64 runId = recordRun(*db, QDate(2026, 11, 23), issued);
    LetterOutputOptions options;
    options.printerName = QStringLiteral("NoSuchPrinter");
    auto printed = LetterProducer::produceRun(*db, runId, options);
    REQUIRE_FALSE(printed.ok());
    CHECK(printed.error().contains(QStringLiteral("NoSuchPrinter")));
    auto letters = ReminderRepository(*db).lettersOfRun(runId);
    REQUIRE(letters.ok());
    CHECK(letters->first().state != LetterState::Printed);
}

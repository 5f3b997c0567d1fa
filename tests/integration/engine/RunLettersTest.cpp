#include "EngineFixture.h"

#include "letters/LetterProducer.h"
#include "reminders/RunService.h"
#include "storage/ReminderRepository.h"

#include <QDir>

using namespace TestSupport;

TEST_CASE("The letters of a run say what its snapshot recorded, even after the ledger moved on")
{
    EngineFixture f;
    f.addAccount(QStringLiteral("LOC0042"), true);
    f.debit(QStringLiteral("LOC0042"), QStringLiteral("R-2026-03"), QDate(2026, 3, 1), 101350);
    f.credit(QStringLiteral("LOC0042"), QStringLiteral("V-1"), QDate(2026, 3, 9), 350);

    RunOptions options;
    options.asOf = QDate(2026, 3, 10);
    options.userName = QStringLiteral("claire");
    auto outcome = RunService(f.db()).run(options);
    INFO(outcome.error().toStdString());
    REQUIRE(outcome.ok());
    REQUIRE(outcome->issued.size() == 1);

    // Paid in full the next day: the letter must still state what was owed
    // on the day of the run.
    f.credit(QStringLiteral("LOC0042"), QStringLiteral("V-2"), QDate(2026, 3, 11), 101000);

    QTemporaryDir out;
    LetterOutputOptions output;
    output.outDir = out.filePath(QStringLiteral("letters"));
    output.mergedPath = out.filePath(QStringLiteral("run.pdf"));
    QDir().mkpath(output.outDir);
    auto produced = LetterProducer::produceRun(f.db(), outcome->runId, output);
    INFO(produced.error().toStdString());
    REQUIRE(produced.ok());
    CHECK(produced->letters == 1);
    const QString text = pdfText(output.mergedPath).simplified();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("LOC0042")));
    CHECK(text.contains(QStringLiteral("1 010,00")));
    auto letters = ReminderRepository(f.db()).lettersOfRun(outcome->runId);
    REQUIRE(letters.ok());
    REQUIRE(letters->size() == 1);
    CHECK(QFile::exists(letters->first().filePath));
}

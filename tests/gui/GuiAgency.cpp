#include "GuiAgency.h"

#include "TestSupport.h"

#include "reminders/RunService.h"
#include "setup/DatabaseSetup.h"
#include "storage/ProgramRepository.h"

GuiAgency GuiAgency::withRuns(GuiFixture& fixture)
{
    GuiAgency agency;
    agency.db = fixture.databaseWithAccounts();
    Database& db = *agency.db;
    REQUIRE(DatabaseSetup::prepare(db).ok());
    ProgramRepository programs(db);
    auto global = programs.global();
    REQUIRE(global.ok());
    Level first = *global->level(1);
    first.feeAmount = Money::fromCents(2500);
    REQUIRE(programs.saveLevel(first).ok());

    GuiFixture::insertLedger(db, GuiFixture::sampleLedger(db));

    auto run = [&db](const QDate& asOf, const QStringList& refs = {}) {
        RunOptions options;
        options.asOf = asOf;
        options.accountRefs = refs;
        options.force = true; // the sample ledger has no recent payment import
        options.userName = QStringLiteral("claire");
        auto outcome = RunService(db).run(options);
        INFO(outcome.error().toStdString());
        REQUIRE(outcome.ok());
        REQUIRE(outcome->status == RunStatus::Completed);
        return outcome->runId;
    };
    agency.firstRun = run(QDate(2026, 11, 20));
    agency.secondRun = run(QDate(2026, 11, 30), {QStringLiteral("LOC10")});
    return agency;
}

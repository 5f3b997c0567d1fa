#include "TestSupport.h"

#include "reminders/DefaultProgram.h"
#include "reminders/ProgramEditor.h"
#include "storage/ProgramRepository.h"

using namespace TestSupport;

TEST_CASE("A new database has the default program of reminder-rules.md, installed once")
{
    QTemporaryDir dir;
    auto db = createDatabase(dir);
    REQUIRE(DefaultProgram::install(*db).ok());
    REQUIRE(DefaultProgram::install(*db).ok()); // a second call adds nothing
    ProgramRepository repo(*db);
    REQUIRE(*repo.count() == 1);
    auto global = repo.global();
    REQUIRE(global.ok());
    REQUIRE(global->levels.size() == 4);
    const Level& l1 = global->levels.at(0);
    const Level& l3 = global->levels.at(2);
    const Level& l4 = global->levels.at(3);
    CHECK(l1.name == QStringLiteral("Première relance"));
    CHECK(l1.delayDays == 5);
    CHECK(l1.threshold == Money::fromCents(1000));
    CHECK(l1.exclusions.size() == 4);
    CHECK((l1.toTenant && !l1.toGuarantor && l1.byLetter && l1.byEmail));
    CHECK(l1.paymentDeadlineDays == 8);
    CHECK(l3.name == QStringLiteral("Information de la caution"));
    CHECK(l3.guarantorOnly());
    CHECK(l3.paymentDeadlineDays == 15);
    CHECK(l4.name == QStringLiteral("Mise en demeure"));
    CHECK((l4.toTenant && l4.toGuarantor && l4.registered));
    CHECK(l4.delayDays == 45);
    CHECK(!l4.hasRepeats());
    CHECK(!l4.feeAmount.isPositive());
    // Default gaps: delay minus the previous level's delay.
    CHECK(global->minGapDays(0) == 0);
    CHECK(global->minGapDays(1) == 10);
    CHECK(global->minGapDays(3) == 15);
}

TEST_CASE(
    "Every setting of a level survives a save and a reload, and levels are renumbered on removal")
{
    QTemporaryDir dir;
    auto db = createDatabase(dir);
    ProgramRepository repo(*db);
    Program p;
    p.name = QStringLiteral("Commerces");
    Level a;
    a.position = 1;
    a.name = QStringLiteral("Rappel");
    a.delayDays = 3;
    a.minGapDays = 4;
    a.threshold = Money::fromCents(2550);
    a.exclusions = {Exclusion::Litigation, Exclusion::DirectDebit};
    a.toTenant = true;
    a.toGuarantor = true;
    a.byLetter = false;
    a.byEmail = true;
    a.paymentDeadlineDays = 10;
    a.registered = true;
    a.feeAmount = Money::fromCents(1500);
    a.feeSupplierAccount = QStringLiteral("401000");
    a.feeExpenseAccount = QStringLiteral("622600");
    a.feeAutoValidate = true;
    a.automationEnabled = true;
    a.automationOrder = 2;
    a.automationDay = 31;
    Level b;
    b.position = 2;
    b.name = QStringLiteral("Relance");
    Level c;
    c.position = 3;
    c.name = QStringLiteral("Dernière");
    c.repeatEveryDays = 10;
    c.repeatMax = 3;
    p.levels = {a, b, c};
    auto id = repo.save(p);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());

    auto loaded = repo.byName(QStringLiteral("Commerces"));
    REQUIRE(loaded.ok());
    REQUIRE(loaded->levels.size() == 3);
    Level back = loaded->levels.at(0);
    a.id = back.id;
    a.programId = *id;
    // Exclusions come back in the order the rules check them.
    a.exclusions = {Exclusion::DirectDebit, Exclusion::Litigation};
    CHECK(back == a);
    CHECK(loaded->levels.at(2).repeatEveryDays == 10);
    CHECK(loaded->levels.at(2).repeatMax == 3);
    CHECK(!loaded->levels.at(2).minGapDays.has_value());

    // Editing one level through the level dialog's path.
    Level edited = loaded->levels.at(1);
    edited.threshold = Money::fromCents(999);
    REQUIRE(ProgramEditor(*db).saveLevel(edited).ok());
    CHECK(repo.level(edited.id)->threshold == Money::fromCents(999));

    REQUIRE(ProgramEditor(*db).removeLevel(loaded->levels.at(0).id).ok());
    auto after = repo.byId(*id);
    REQUIRE(after->levels.size() == 2);
    CHECK(after->levels.at(0).name == QStringLiteral("Relance"));
    CHECK(after->levels.at(0).position == 1);
    CHECK(after->levels.at(1).position == 2);

    // A level without recipient is refused with a sentence.
    Level bad = after->levels.at(0);
    bad.toTenant = false;
    bad.toGuarantor = false;
    auto refused = ProgramEditor(*db).saveLevel(bad);
    REQUIRE(!refused.ok());
    CHECK(refused.error().contains(QStringLiteral("who receives it")));
    CHECK(repo.level(bad.id)->toTenant);
}

// Errors carry a kind that code decides on, never their text (the text is for
// people and is translated): a failed settings read is a failure, not the
// defaults; the importer finds the field of a failed row by its kind.
#include "TestSupport.h"

#include "import/AccountImporter.h"
#include "letters/EnvelopeWindow.h"
#include "mail/SmtpSettings.h"
#include "reminders/Planner.h"
#include "storage/ProgramRepository.h"
#include "storage/SettingsRepository.h"

#include <catch2/catch.hpp>

using namespace TestSupport;

namespace {

// A real agency file whose settings table cannot be read any more (renamed
// away by another program, as a damaged or hand-edited file would be).
std::unique_ptr<Database> agencyWithoutSettings(const QTemporaryDir& dir)
{
    auto db = createDatabase(dir);
    REQUIRE(db->setSetting(QStringLiteral("smtp.host"), QStringLiteral("smtp.agence.fr")));
    REQUIRE(db->setSetting(QStringLiteral("letters.window_left_mm"), QStringLiteral("100")));
    REQUIRE(db->exec(QStringLiteral("ALTER TABLE settings RENAME TO settings_elsewhere")));
    return db;
}

} // namespace

TEST_CASE("Settings that cannot be read are a failure, never the defaults")
{
    QTemporaryDir dir;
    auto db = agencyWithoutSettings(dir);
    const QString why = QStringLiteral("no such table: settings");

    auto host = db->setting(QStringLiteral("smtp.host"), QStringLiteral("fallback"));
    REQUIRE_FALSE(host.ok());
    CHECK(host.kind() == ErrorKind::Storage);
    CHECK(host.error().contains(why));

    // Mail: no sending from an empty host and port 587 as if nothing was set.
    auto smtp = SmtpSettings::load(*db);
    REQUIRE_FALSE(smtp.ok());
    CHECK(smtp.error().contains(why));

    // Letters: no address printed at the default 110 mm when 100 mm was saved.
    auto window = SettingsRepository::envelopeWindow(*db);
    REQUIRE_FALSE(window.ok());
    CHECK(window.error().contains(why));

    // The plan: no staleness warning computed from the default 7 days.
    auto plan = Planner::build(*db, QDate(2026, 11, 23));
    REQUIRE_FALSE(plan.ok());
    CHECK(plan.error().contains(why));
}

TEST_CASE("A setting never stored gives its default, a stored one its value")
{
    QTemporaryDir dir;
    auto db = createDatabase(dir);
    CHECK(db->setting(QStringLiteral("smtp.port"), QStringLiteral("587")).value() ==
          QStringLiteral("587"));
    REQUIRE(db->setSetting(QStringLiteral("letters.window_top_mm"), QStringLiteral("60")));
    auto window = SettingsRepository::envelopeWindow(*db);
    REQUIRE(window.ok());
    CHECK(window->topMm == 60.0);
    CHECK(window->leftMm == EnvelopeWindow().leftMm);
}

TEST_CASE("An account import names the program column only for an unknown program")
{
    QTemporaryDir dir;
    auto db = createDatabase(dir);
    Program commerces;
    commerces.name = QStringLiteral("Commerces");
    REQUIRE(ProgramRepository(*db).save(commerces));
    // The database refuses one row with a sentence that happens to contain
    // the program's name (as a constraint of a newer version could): that
    // refusal is not about the program column.
    REQUIRE(db->exec(QStringLiteral(
        "CREATE TRIGGER refuse_loc0001 BEFORE INSERT ON accounts WHEN NEW.ref = 'LOC0001' "
        "BEGIN SELECT RAISE(ABORT, 'no more Commerces accounts in this file'); END")));

    const QString csv = dir.filePath(QStringLiteral("accounts.csv"));
    writeFile(csv, "ref;name;program\n"
                   "LOC0001;M. Jean Dupont;Commerces\n"
                   "LOC0002;Mme Hélène Martin;Programme inconnu\n");
    const ImportReport report = AccountImporter::importFile(*db, csv);
    QStringList lines;
    for (const ImportIssue& issue : report.errors)
        lines << QStringLiteral("%1 %2").arg(issue.line).arg(issue.column);
    CHECK(lines == QStringList{QStringLiteral("2 "), QStringLiteral("3 program")});
}

TEST_CASE("A database file that does not exist: core says so, the command line says how to create "
          "one")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("moved-away.sqlite"));
    auto db = Database::open(DatabaseConfig::fromString(missing), Database::OpenMode::ExistingOnly);
    REQUIRE_FALSE(db.ok());
    CHECK(db.kind() == ErrorKind::NotFound);
    CHECK(db.error() ==
          QStringLiteral("The database %1 does not exist. Check the path, or create a new "
                         "database.")
              .arg(missing));

    const CliResult r = runCli({QStringLiteral("plan"), QStringLiteral("--db"), missing});
    CHECK(r.exitCode != 0);
    CHECK(r.err == QStringLiteral("Error: %1\nCreate it with “relance-cli init --db %2”.\n")
                       .arg(db.error(), missing));
}

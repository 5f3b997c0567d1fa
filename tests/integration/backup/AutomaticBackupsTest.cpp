// The daily copies in the user's data folder: one a day, the copy made
// before a schema upgrade counts as the day's, and the retention rule runs
// on the files.
#include "TestSupport.h"

#include "setup/AutomaticBackups.h"
#include "setup/BackupFolder.h"
#include "storage/SqliteBackup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace TestSupport;

TEST_CASE("One automatic copy a day, kept 7 days and 4 weeks")
{
    QTemporaryDir dir;
    auto db = createDatabase(dir, QStringLiteral("agence.sqlite"));
    CHECK(BackupFolder::forDatabase(dir.filePath(QStringLiteral("agence.sqlite")))
              .endsWith(QStringLiteral("/backups/agence")));
    const QString folder = dir.filePath(QStringLiteral("backups/agence"));
    REQUIRE(QDir().mkpath(folder));
    // Copies of the last 40 days, as earlier starts of the application left them.
    for (int i = 1; i <= 40; ++i)
        writeFile(QDir(folder).filePath(BackupFolder::dailyFileName(
                      QDateTime(QDate(2026, 12, 6).addDays(-i), QTime(8, 30)))),
                  "old copy");
    // Not Relance's: left alone.
    writeFile(QDir(folder).filePath(QStringLiteral("notes.txt")), "mine");

    const QDateTime morning(QDate(2026, 12, 6), QTime(9, 15, 2));
    auto made = AutomaticBackups::makeDailyCopy(*db, folder, morning);
    INFO(made.error().toStdString());
    REQUIRE(made.ok());
    CHECK(QFileInfo(*made).fileName() == QStringLiteral("20261206-091502.sqlite"));
    Status whole = SqliteBackup::integrityCheck(*made);
    CHECK(whole.ok());

    const QList<BackupCopy> copies = BackupFolder::list(folder);
    REQUIRE(copies.size() == 11);
    CHECK(copies.first().madeAt == morning);
    CHECK(copies.first().size == QFileInfo(*made).size());
    CHECK(copies.at(6).madeAt.date() == QDate(2026, 11, 30)); // the 7th day
    CHECK(copies.last().madeAt.date() == QDate(2026, 11, 8)); // 4th weekly (Sunday)
    CHECK(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("notes.txt"))));

    // Later the same day: nothing new.
    auto again = AutomaticBackups::makeDailyCopy(*db, folder, morning.addSecs(3600));
    REQUIRE(again.ok());
    CHECK(again->isEmpty());
    CHECK(BackupFolder::list(folder).size() == 11);
}

TEST_CASE("The copy before a schema upgrade goes to the backups folder and is the day's copy")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("agency.sqlite"));
    REQUIRE(QFile::copy(sourcePath(QStringLiteral("tests/fixtures/schema1/agency.sqlite")), path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    const QString folder = dir.filePath(QStringLiteral("backups/agency"));
    DatabaseConfig config = DatabaseConfig::sqlite(path);
    config.upgradeCopyFolder = folder;
    auto db = Database::open(config, Database::OpenMode::ExistingOnly);
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    // Not beside the file any more.
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files).isEmpty());
    const QList<BackupCopy> copies = BackupFolder::list(folder);
    REQUIRE(copies.size() == 1);
    CHECK(copies.first().path == (*db)->backupPath());
    CHECK(copies.first().beforeUpgradeFrom == 1);
    CHECK(copies.first().madeAt.date() == QDate::currentDate());
    CHECK(SqliteBackup::relanceSchemaVersion(copies.first().path).value() == 1);

    auto daily = AutomaticBackups::makeDailyCopy(**db, folder, QDateTime::currentDateTime());
    REQUIRE(daily.ok());
    CHECK(daily->isEmpty());
    CHECK(BackupFolder::list(folder).size() == 1);
}

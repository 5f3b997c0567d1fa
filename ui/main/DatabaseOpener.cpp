#include "DatabaseOpener.h"

#include "setup/BackupFolder.h"
#include "setup/DatabaseSetup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

Result<std::unique_ptr<Database>> DatabaseOpener::open(const QString& path, bool createIfMissing)
{
    return openAndPrepare(path, createIfMissing ? Database::OpenMode::CreateOrMigrate
                                                : Database::OpenMode::ExistingOnly);
}

Result<std::unique_ptr<Database>> DatabaseOpener::create(const QString& path)
{
    if (QFileInfo::exists(path))
        return Result<std::unique_ptr<Database>>::failure(
            tr("%1 already exists. Choose another name for the new database, or open this one "
               "with File › Open database.")
                .arg(QDir::toNativeSeparators(path)));
    return openAndPrepare(path, Database::OpenMode::CreateOrMigrate);
}

Result<std::unique_ptr<Database>> DatabaseOpener::openAndPrepare(const QString& path,
                                                                 Database::OpenMode mode)
{
    DatabaseConfig config = DatabaseConfig::fromString(path);
    // The copy before a schema upgrade joins the automatic copies, where
    // Settings › Backup shows and restores them.
    if (config.kind == DatabaseConfig::Kind::SQLite)
        config.upgradeCopyFolder = BackupFolder::forDatabase(config.path);
    // The user's data folder does not exist on a first start: Database::open
    // creates it, or says why it cannot (SqliteFileCheck::beforeOpen).
    auto db = Database::open(config, mode);
    if (!db)
        return db;
    if (db.value()->wasCreated()) {
        if (Status s = DatabaseSetup::prepare(*db.value()); !s) {
            // A half-prepared database would never be prepared again (it is no
            // longer new): remove the file we have just created.
            const bool isFile = db.value()->config().kind == DatabaseConfig::Kind::SQLite;
            db.value().reset();
            if (isFile) {
                for (const auto* suffix : {"", "-wal", "-shm"})
                    QFile::remove(path + QLatin1String(suffix));
            }
            return Result<std::unique_ptr<Database>>::failure(
                tr("The new database could not be prepared: %1").arg(s.error()));
        }
    }
    return db;
}

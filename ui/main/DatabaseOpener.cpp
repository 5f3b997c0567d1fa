#include "DatabaseOpener.h"

#include "setup/BackupFolder.h"
#include "setup/DatabaseSetup.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProgressDialog>

#include <thread>

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
    auto db = openShowingUpgrade(config, mode);
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

Result<std::unique_ptr<Database>> DatabaseOpener::openShowingUpgrade(const DatabaseConfig& config,
                                                                     Database::OpenMode mode)
{
    if (!Database::upgradeTakesTime(config))
        return Database::open(config, mode);
    // The upgrade rebuilds a table: up to a minute on a large agency. The
    // user sees why the window waits instead of thinking Relance does not
    // start; the work runs on a thread of its own so that this stays drawn.
    // It cannot be cancelled: it is one transaction, done or not at all.
    QProgressDialog wait(
        tr("Relance is updating the database %1 for this version. A copy of it is kept "
           "first.\nOn a large agency this takes up to a minute: please wait.")
            .arg(QDir::toNativeSeparators(config.path)),
        QString(), 0, 0);
    wait.setWindowTitle(tr("Updating the database"));
    wait.setCancelButton(nullptr);
    wait.setMinimumDuration(0);
    wait.setWindowModality(Qt::ApplicationModal);
    wait.show();
    Result<std::unique_ptr<Database>> opened =
        Result<std::unique_ptr<Database>>::failure(QString());
    QEventLoop loop;
    std::thread worker([&] {
        opened = Database::open(config, mode);
        // The migration's connection belongs to this thread.
        if (opened)
            opened.value()->releaseThreadConnection();
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    loop.exec();
    worker.join();
    return opened;
}

#include "BackupService.h"

#include "storage/Database.h"
#include "storage/OpenDatabaseFiles.h"
#include "storage/Schema.h"
#include "storage/SqliteBackup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace {

// The copy is written under a name of its own and renamed once checked: a
// copy cut short by a full disk or a crash never passes for a backup.
QString partName(const QString& file)
{
    return file + QStringLiteral(".part");
}

void removeQuietly(const QString& file)
{
    // Clean-up on the way out of a failure whose message is the one to give.
    QFile::remove(file);
    QFile::remove(file + QStringLiteral("-journal"));
}

Status refuseExisting(const QString& file)
{
    if (QFileInfo::exists(file))
        return Status::failure(ErrorKind::BadInput,
                               BackupService::tr("%1 already exists and was left as it is. "
                                                 "Choose a new file name.")
                                   .arg(QDir::toNativeSeparators(file)));
    const QFileInfo info(file);
    if (!info.absoluteDir().exists())
        return Status::failure(ErrorKind::BadInput,
                               BackupService::tr("The folder %1 does not exist. Choose an "
                                                 "existing folder.")
                                   .arg(QDir::toNativeSeparators(info.absolutePath())));
    return {};
}

} // namespace

Status BackupService::backup(const Database& db, const QString& file)
{
    if (Status s = refuseExisting(file); !s)
        return s;
    return db.dialect().isSQLite() ? backupSqlite(db, file) : backupPostgres(db, file);
}

Status BackupService::backupSqlite(const Database& db, const QString& file)
{
    const QString part = partName(file);
    removeQuietly(part);
    QSqlDatabase conn = db.connection();
    Status copied = SqliteBackup::copyConnection(conn, part, db.config().busyTimeoutMs);
    if (copied)
        copied = SqliteBackup::integrityCheck(part);
    if (!copied) {
        removeQuietly(part);
        return Status::failure(copied.kind(),
                               tr("The backup could not be made: %1 Nothing was written; check "
                                  "that the disk has room and try again.")
                                   .arg(copied.error()));
    }
    if (!QFile::rename(part, file)) {
        removeQuietly(part);
        return Status::failure(ErrorKind::Storage,
                               tr("The backup could not be saved as %1. Check that you may "
                                  "write in that folder.")
                                   .arg(QDir::toNativeSeparators(file)));
    }
    return {};
}

Status BackupService::backupPostgres(const Database& db, const QString& file)
{
    const QString pgDump = QStandardPaths::findExecutable(QStringLiteral("pg_dump"));
    if (pgDump.isEmpty())
        return Status::failure(
            ErrorKind::NotConfigured,
            tr("The shared server's database is backed up with pg_dump, PostgreSQL's own "
               "backup program, which is not installed on this computer. Install it (on "
               "Debian: apt install postgresql-client) and try again, or ask whoever runs the "
               "server to back it up."));
    const DatabaseConfig& config = db.config();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // libpq reads these; a password on pg_dump's command line would be
    // visible to every user of the machine.
    if (!config.password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), config.password);
    if (!config.sslMode.isEmpty())
        env.insert(QStringLiteral("PGSSLMODE"), config.sslMode);
    if (!config.sslRootCert.isEmpty())
        env.insert(QStringLiteral("PGSSLROOTCERT"), config.sslRootCert);
    if (config.connectTimeoutSeconds > 0)
        env.insert(QStringLiteral("PGCONNECT_TIMEOUT"),
                   QString::number(config.connectTimeoutSeconds));
    env.insert(QStringLiteral("PGAPPNAME"), config.applicationName.isEmpty()
                                                ? QStringLiteral("relance backup")
                                                : config.applicationName);
    QProcess dump;
    dump.setProcessEnvironment(env);
    const QString part = partName(file);
    QFile::remove(part);
    dump.start(pgDump, {QStringLiteral("--format=custom"), QStringLiteral("--no-password"),
                        QStringLiteral("--file=") + part, QStringLiteral("--host=") + config.host,
                        QStringLiteral("--port=") + QString::number(config.port),
                        QStringLiteral("--username=") + config.user,
                        QStringLiteral("--dbname=") + config.databaseName});
    const bool finished = dump.waitForStarted() && dump.waitForFinished(-1);
    const QString said = QString::fromLocal8Bit(dump.readAllStandardError()).trimmed();
    if (!finished || dump.exitStatus() != QProcess::NormalExit || dump.exitCode() != 0) {
        QFile::remove(part);
        return Status::failure(
            ErrorKind::Network,
            tr("pg_dump could not back up %1: %2 Nothing was written; check "
               "that the server can be reached and that the password is in "
               "~/.pgpass or PGPASSWORD.")
                .arg(config.displayName(), said.isEmpty() ? dump.errorString() : said));
    }
    if (!QFile::rename(part, file)) {
        QFile::remove(part);
        return Status::failure(ErrorKind::Storage,
                               tr("The backup could not be saved as %1. Check that you may "
                                  "write in that folder.")
                                   .arg(QDir::toNativeSeparators(file)));
    }
    return {};
}

Result<int> BackupService::restore(const QString& source, const QString& newDatabase)
{
    if (!QFileInfo::exists(source) || QFileInfo(source).isDir())
        return Result<int>::failure(ErrorKind::NotFound,
                                    tr("The backup %1 does not exist. Check the path.")
                                        .arg(QDir::toNativeSeparators(source)));
    // Reading a database this process has open would release its locks
    // (OpenDatabaseFiles); it is not a backup anyway.
    if (OpenDatabaseFiles::contains(source))
        return Result<int>::failure(ErrorKind::BadInput,
                                    tr("%1 is the database open now, not a backup. Choose a "
                                       "backup copy.")
                                        .arg(QDir::toNativeSeparators(source)));
    if (Status s = refuseExisting(newDatabase); !s)
        return Result<int>::failure(s.kind(), s.error() + u' ' +
                                                  tr("A backup is restored into a new database "
                                                     "file, never over one."));
    auto version = SqliteBackup::relanceSchemaVersion(source);
    if (!version)
        return Result<int>::failure(version.kind(),
                                    version.error() + u' ' +
                                        tr("Choose a backup made by Relance; nothing was "
                                           "restored."));
    if (*version > Schema::currentVersion())
        return Result<int>::failure(
            ErrorKind::BadInput,
            tr("The backup %1 was made by a newer version of Relance (schema %2; this version "
               "knows up to %3). Install the newer version to restore it; nothing was restored.")
                .arg(QDir::toNativeSeparators(source))
                .arg(*version)
                .arg(Schema::currentVersion()));
    if (Status s = SqliteBackup::integrityCheck(source); !s)
        return Result<int>::failure(s.kind(), s.error() + u' ' +
                                                  tr("Choose another, older backup; nothing was "
                                                     "restored."));

    const QString part = partName(newDatabase);
    removeQuietly(part);
    if (Status s = SqliteBackup::copyFile(source, part, DatabaseConfig().busyTimeoutMs); !s) {
        removeQuietly(part);
        return Result<int>::failure(s.kind(), s.error());
    }
    if (!QFile::rename(part, newDatabase)) {
        removeQuietly(part);
        return Result<int>::failure(ErrorKind::Storage,
                                    tr("The restored database could not be saved as %1. Check "
                                       "that you may write in that folder.")
                                        .arg(QDir::toNativeSeparators(newDatabase)));
    }
    // Opened once here so that an older copy is upgraded now, with its own
    // pre-upgrade copy, rather than by whoever opens it next.
    auto opened =
        Database::open(DatabaseConfig::sqlite(newDatabase), Database::OpenMode::ExistingOnly);
    if (!opened)
        return Result<int>::failure(opened.kind(), opened.error());
    return *version;
}

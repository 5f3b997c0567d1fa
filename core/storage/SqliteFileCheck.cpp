#include "SqliteFileCheck.h"

#include "OpenDatabaseFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

namespace {

const QByteArray sqliteMagic("SQLite format 3\0", 16);

// The size the 100-byte header says the file has, or 0 when the header's
// own count cannot be trusted (an old writer left it stale: sqlite.org
// fileformat §1.3.7, "in-header database size").
qint64 declaredSize(const QByteArray& header)
{
    if (header.size() < 100)
        return 0;
    const auto* bytes = reinterpret_cast<const uchar*>(header.constData());
    qint64 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = qFromBigEndian<quint32>(bytes + 28);
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    if (pages == 0 || changeCounter != validFor)
        return 0;
    return pageSize * pages;
}

} // namespace

Status SqliteFileCheck::beforeOpen(const QString& path, bool mustExist, bool* suspect)
{
    *suspect = false;
    if (path.isEmpty())
        return Status::failure(tr("No database file was given."));
    const QFileInfo info(path);
    if (!info.exists() && mustExist)
        return Status::failure(ErrorKind::NotFound,
                               tr("The database %1 does not exist. Check the path, or create "
                                  "a new database.")
                                   .arg(path));
    if (info.exists() && info.isDir())
        return Status::failure(tr("%1 is a folder, not a database file. Choose a file.").arg(path));
    const QDir dir = info.absoluteDir();
    const QString folder = QDir::toNativeSeparators(dir.absolutePath());
    if (!info.exists()) {
        if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
            return Status::failure(
                tr("The folder %1 cannot be created. Check its permissions.").arg(folder));
        if (!QFileInfo(dir.absolutePath()).isWritable())
            return Status::failure(
                tr("The database %1 cannot be created: you may not write in the folder %2. "
                   "Choose a folder where you may save files, for example your Documents.")
                    .arg(path, folder));
        return {};
    }
    // A connection of this process is already on the file: it is an SQLite
    // database, and opening it here to read its header would release that
    // connection's locks (OpenDatabaseFiles).
    if (info.size() > 0 && !OpenDatabaseFiles::contains(path)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Status::failure(tr("The database %1 cannot be read: %2. Check its "
                                      "permissions.")
                                       .arg(path, file.errorString()));
        const QByteArray header = file.read(100);
        file.close();
        if (!header.startsWith(sqliteMagic))
            return Status::failure(
                tr("%1 is not a Relance database (it is not an SQLite file). It was left "
                   "untouched: choose another file.")
                    .arg(path));
        const qint64 declared = declaredSize(header);
        if (declared > info.size()) {
            // Pages still in the WAL complete the file after a crash; without
            // one, the file was cut off.
            if (QFileInfo(path + QLatin1String("-wal")).size() > 0)
                *suspect = true;
            else
                return Status::failure(damagedMessage(
                    path, tr("the file is shorter than it says it is (%1 of %2 bytes): it was "
                             "cut off, by a full disk or an interrupted copy for example")
                              .arg(info.size())
                              .arg(declared)));
        }
    }
    // Relance writes in every session (the audit log at least), and SQLite
    // keeps its working files (-wal, -shm) next to the database.
    if (!QFileInfo(dir.absolutePath()).isWritable())
        return Status::failure(
            tr("The database %1 cannot be opened: you may not write in its folder %2, where "
               "Relance keeps its working files (%3-wal and %3-shm). Copy the database to a "
               "folder where you may save files (for example your Documents) and open the "
               "copy, or ask for the right to write in this folder. Nothing was changed.")
                .arg(path, folder, info.fileName()));
    if (!info.isWritable())
        return Status::failure(
            tr("The database %1 is read-only: Relance records every change in it. Make the "
               "file writable (or ask whoever manages it), or open a copy of it. Nothing was "
               "changed.")
                .arg(path));
    return {};
}

Status SqliteFileCheck::quickCheck(QSqlDatabase& db, const QString& path)
{
    // quick_check reads every page: about 0.2 s of CPU for 100 MB, several
    // seconds on a busy machine, so it runs only when something is suspect.
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check(1)")))
        return Status::failure(damagedMessage(path, check.lastError().databaseText()));
    if (check.next() && check.value(0).toString() != QLatin1String("ok"))
        return Status::failure(damagedMessage(path, check.value(0).toString()));
    return {};
}

QString SqliteFileCheck::newestBackup(const QString& path)
{
    const QFileInfo info(path);
    // Migrations name their copies <file>.v<version>-<yyyyMMdd-HHmmss>.bak.
    const QFileInfoList copies = info.absoluteDir().entryInfoList(
        {info.fileName() + QLatin1String(".v*.bak")}, QDir::Files, QDir::Time);
    return copies.isEmpty() ? QString() : copies.first().absoluteFilePath();
}

QString SqliteFileCheck::damagedMessage(const QString& path, const QString& detail)
{
    const QString file = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const QString damaged =
        tr("The database %1 is damaged (%2). Relance did not change it.").arg(file, detail);
    const QString backup = newestBackup(path);
    if (backup.isEmpty())
        return damaged + u' ' +
               tr("There is no automatic copy next to it: restore the file from your own "
                  "backup, or ask your IT support.");
    return damaged + u' ' +
           tr("Its newest automatic copy is %1 (made on %2, before an upgrade: what was "
              "recorded after that is not in it). To go back to it, close Relance, move the "
              "damaged file aside with its %4-wal and %4-shm files, then copy %1 to %3 and "
              "open it.")
               .arg(QDir::toNativeSeparators(backup),
                    QLocale().toString(QFileInfo(backup).lastModified(), QLocale::ShortFormat),
                    file, QFileInfo(path).fileName());
}

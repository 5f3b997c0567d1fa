#include "AutomaticBackups.h"

#include "BackupFolder.h"
#include "BackupRetention.h"
#include "BackupService.h"

#include "storage/Database.h"

#include <QDir>
#include <QFile>

Result<QString> AutomaticBackups::makeDailyCopy(const Database& db, const QString& folder,
                                                const QDateTime& now)
{
    if (!db.dialect().isSQLite())
        return QString();
    for (const BackupCopy& copy : BackupFolder::list(folder))
        if (copy.madeAt.date() == now.date())
            return QString();
    if (!QDir().mkpath(folder))
        return Result<QString>::failure(
            ErrorKind::Storage,
            tr("The folder of the automatic backups, %1, cannot be created. Check its "
               "permissions.")
                .arg(QDir::toNativeSeparators(folder)));
    const QString path = QDir(folder).filePath(BackupFolder::dailyFileName(now));
    if (Status s = BackupService::backup(db, path); !s)
        return Result<QString>::failure(s.kind(), s.error());
    if (Status s = prune(folder); !s)
        return Result<QString>::failure(s.kind(), s.error());
    return path;
}

Status AutomaticBackups::prune(const QString& folder)
{
    const QList<BackupCopy> copies = BackupFolder::list(folder);
    QList<QDateTime> times;
    for (const BackupCopy& copy : copies)
        times << copy.madeAt;
    for (const qsizetype i : BackupRetention::toRemove(times))
        if (!QFile::remove(copies.at(i).path))
            return Status::failure(ErrorKind::Storage,
                                   tr("The old automatic backup %1 could not be removed. Check "
                                      "the permissions of its folder.")
                                       .arg(QDir::toNativeSeparators(copies.at(i).path)));
    return {};
}

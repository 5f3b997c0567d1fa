#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

// One copy in the folder of a database's automatic backups.
struct BackupCopy
{
    QString path;
    QDateTime madeAt;
    qint64 size = 0;
    // The schema version the database had when the copy was made before an
    // upgrade; 0 for a daily copy.
    int beforeUpgradeFrom = 0;
};

// The folder of a database's automatic backups and the copies in it:
// <user's data folder>/backups/<database name>/, each copy named by when it
// was made (20261206-091500.sqlite, or 20261206-091500-before-upgrade-v4.sqlite
// from Database's copy before a schema upgrade).
class BackupFolder
{
    Q_DECLARE_TR_FUNCTIONS(BackupFolder)

public:
    // The folder for the SQLite database at `databasePath`
    // (QStandardPaths::AppDataLocation/backups/<file name without suffix>).
    static QString forDatabase(const QString& databasePath);
    // The copies in `folder`, newest first; files named otherwise are not
    // Relance's copies and are left alone.
    static QList<BackupCopy> list(const QString& folder);
    // The file name of a daily copy made at `at`.
    static QString dailyFileName(const QDateTime& at);
};

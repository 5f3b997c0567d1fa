#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class Database;

// The daily copies the application keeps of a local (SQLite) database in
// the user's data folder (BackupFolder): one at the first start of a day,
// kept by BackupRetention (7 daily, 4 weekly). The copy Database makes
// before a schema upgrade lands in the same folder (the faces set
// DatabaseConfig::upgradeCopyFolder) and counts as that day's copy.
class AutomaticBackups
{
    Q_DECLARE_TR_FUNCTIONS(AutomaticBackups)

public:
    // Makes today's copy of `db` in `folder` unless one was made on
    // `now`'s day, then removes what the retention rule no longer keeps.
    // Gives the new copy's path, or an empty string when none was due (or
    // the database is not an SQLite file).
    static Result<QString> makeDailyCopy(const Database& db, const QString& folder,
                                         const QDateTime& now);
    // Removes the copies of `folder` the retention rule does not keep.
    static Status prune(const QString& folder);
};

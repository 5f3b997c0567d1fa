#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// What an SQLite file is, found before Relance opens a connection on it and
// without changing it, and the sentences that say what to do about it.
class SqliteFileCheck
{
    // The sentences are Database's: they say what opening a database found.
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // Refuses a folder, a missing file (mustExist), a file that is not
    // SQLite, a file cut short, a read-only file or folder. `suspect` is set
    // when the file looks cut short but a WAL may still complete it: call
    // quickCheck() once connected.
    static Status beforeOpen(const QString& path, bool mustExist, bool* suspect);
    // PRAGMA quick_check: about 0.2 s of CPU for 100 MB, so only on suspicion.
    static Status quickCheck(QSqlDatabase& db, const QString& path);

    // The sentence for a damaged database at `path`: what was found
    // (`detail`), and how to go back to its newest automatic copy.
    static QString damagedMessage(const QString& path, const QString& detail);
    // The newest copy the upgrades left next to `path` (empty when none).
    static QString newestBackup(const QString& path);
};

#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// Copies of SQLite files through SQLite's online backup API
// (sqlite.org/backup.html), and what a copy holds, read without changing
// it. Stores only: which copy to make, where, and whether a file may be
// restored are decided by BackupService (core/setup).
class SqliteBackup
{
    Q_DECLARE_TR_FUNCTIONS(SqliteBackup)

public:
    // Copies the database under `conn` (an open connection of this process)
    // into the new file `target`, page by page in one read transaction: a
    // consistent copy even while another connection or process writes (in
    // WAL mode, writers are not held up). The copy is a single file (no
    // -wal beside it). `busyTimeoutMs` bounds the wait for a lock.
    static Status copyConnection(QSqlDatabase& conn, const QString& target, int busyTimeoutMs);
    // The same from a file nobody in this process has open (a backup to
    // restore), opened read-only.
    static Status copyFile(const QString& source, const QString& target, int busyTimeoutMs);

    // PRAGMA integrity_check on a file opened read-only: ok, or a Damaged
    // failure naming SQLite's first findings.
    static Status integrityCheck(const QString& path);

    // The Relance schema version written in the file's `meta` table, read
    // read-only. A failure (BadInput) when the file is not SQLite or not a
    // Relance database.
    static Result<int> relanceSchemaVersion(const QString& path);
};

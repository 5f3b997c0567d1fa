#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

class Database;

// Backing a database up and restoring a copy, for every face (relance-cli
// backup / restore, Settings › Backup, the automatic copies). The rules
// live here; SqliteBackup only copies.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    // Writes a copy of `db` into the new file `file`, refused when `file`
    // exists. SQLite: SQLite's online backup (safe while the application or
    // a run writes), checked with PRAGMA integrity_check before it takes its
    // name. PostgreSQL: pg_dump's custom format (`pg_dump -Fc`), the password
    // given to pg_dump in its environment, never on its command line;
    // NotConfigured when pg_dump is not installed.
    static Status backup(const Database& db, const QString& file);

    // Restores the SQLite copy `source` into the new database file
    // `newDatabase`: refused when `newDatabase` exists, when `source` is not
    // a Relance database, is damaged, or was written by a newer Relance.
    // The source is never changed; the new file is upgraded to this
    // version's schema when the copy is older. Gives the copy's schema
    // version.
    static Result<int> restore(const QString& source, const QString& newDatabase);

private:
    static Status backupSqlite(const Database& db, const QString& file);
    static Status backupPostgres(const Database& db, const QString& file);
};

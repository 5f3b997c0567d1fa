#include "SqliteBackup.h"

#include "SqliteHandle.h"

#include <QFile>
#include <QThread>

#include <sqlite3.h>

namespace {

// A connection of SQLite's C API, closed however the function ends.
struct RawConnection
{
    sqlite3* db = nullptr;
    ~RawConnection()
    {
        // Closing a connection whose statements are finalized cannot fail
        // in a way anyone could act on.
        if (db)
            sqlite3_close_v2(db);
    }
};

QString sqliteMessage(sqlite3* db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
}

bool openRaw(const QString& path, int flags, RawConnection* raw, QString* error)
{
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw->db, flags, nullptr);
    if (rc != SQLITE_OK) {
        *error = sqliteMessage(raw->db);
        return false;
    }
    return true;
}

// Runs the backup from `source` into `dest` in one step (one read
// transaction on the source: its snapshot cannot change under the copy),
// retrying while the source is locked for at most `busyTimeoutMs`.
bool runBackup(sqlite3* dest, sqlite3* source, int busyTimeoutMs, QString* error)
{
    sqlite3_backup* backup = sqlite3_backup_init(dest, "main", source, "main");
    if (!backup) {
        *error = sqliteMessage(dest);
        return false;
    }
    int rc = SQLITE_OK;
    int waitedMs = 0;
    for (;;) {
        rc = sqlite3_backup_step(backup, -1);
        if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && waitedMs < busyTimeoutMs) {
            QThread::msleep(50);
            waitedMs += 50;
            continue;
        }
        break;
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    // A copy of a WAL database is marked WAL: turned back into one file so
    // that it can be moved, mailed or opened read-only as it is.
    char* message = nullptr;
    if (sqlite3_exec(dest, "PRAGMA journal_mode = DELETE", nullptr, nullptr, &message) !=
        SQLITE_OK) {
        *error = message ? QString::fromUtf8(message) : sqliteMessage(dest);
        sqlite3_free(message);
        return false;
    }
    return true;
}

} // namespace

Status SqliteBackup::copyConnection(QSqlDatabase& conn, const QString& target, int busyTimeoutMs)
{
    sqlite3* source = sqliteHandle(conn);
    if (!source)
        return Status::failure(ErrorKind::Storage,
                               tr("Only an SQLite database can be copied this way."));
    RawConnection dest;
    QString error;
    if (!openRaw(target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &dest, &error) ||
        !runBackup(dest.db, source, busyTimeoutMs, &error))
        return Status::failure(ErrorKind::Storage,
                               tr("The copy %1 could not be written: %2.").arg(target, error));
    return {};
}

Status SqliteBackup::copyFile(const QString& source, const QString& target, int busyTimeoutMs)
{
    RawConnection from;
    QString error;
    if (!openRaw(source, SQLITE_OPEN_READONLY, &from, &error))
        return Status::failure(ErrorKind::Storage, tr("%1 cannot be read: %2.").arg(source, error));
    RawConnection dest;
    if (!openRaw(target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &dest, &error) ||
        !runBackup(dest.db, from.db, busyTimeoutMs, &error))
        return Status::failure(ErrorKind::Storage,
                               tr("The copy %1 could not be written: %2.").arg(target, error));
    return {};
}

Status SqliteBackup::integrityCheck(const QString& path)
{
    RawConnection raw;
    QString error;
    if (!openRaw(path, SQLITE_OPEN_READONLY, &raw, &error))
        return Status::failure(ErrorKind::Storage, tr("%1 cannot be read: %2.").arg(path, error));
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(raw.db, "PRAGMA integrity_check(20)", -1, &stmt, nullptr) != SQLITE_OK)
        return Status::failure(ErrorKind::Damaged,
                               tr("%1 cannot be checked: %2.").arg(path, sqliteMessage(raw.db)));
    QStringList findings;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        findings << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    const QString stepError = sqliteMessage(raw.db);
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return Status::failure(ErrorKind::Damaged, tr("%1 is damaged: %2.").arg(path, stepError));
    if (findings != QStringList{QStringLiteral("ok")})
        return Status::failure(
            ErrorKind::Damaged,
            tr("%1 is damaged: %2.").arg(path, findings.join(QLatin1String("; "))));
    return {};
}

Result<int> SqliteBackup::relanceSchemaVersion(const QString& path)
{
    const auto notRelance = [&](const QString& detail) {
        return Result<int>::failure(ErrorKind::BadInput,
                                    tr("%1 is not a Relance database (%2).").arg(path, detail));
    };
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Result<int>::failure(ErrorKind::Storage,
                                        tr("%1 cannot be read: %2.").arg(path, file.errorString()));
        if (!file.read(16).startsWith(QByteArray("SQLite format 3\0", 16)))
            return notRelance(tr("it is not an SQLite file"));
    }
    RawConnection raw;
    QString error;
    if (!openRaw(path, SQLITE_OPEN_READONLY, &raw, &error))
        return notRelance(error);
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(raw.db, "SELECT value FROM meta WHERE key = 'schema_version'", -1, &stmt,
                           nullptr) != SQLITE_OK)
        return notRelance(tr("it has no Relance schema version"));
    int version = 0;
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW)
        version =
            QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0))).toInt();
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW || version <= 0)
        return notRelance(tr("it has no Relance schema version"));
    return version;
}

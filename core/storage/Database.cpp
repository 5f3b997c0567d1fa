#include "Database.h"

#include "OpenDatabaseFiles.h"
#include "Schema.h"
#include "SqliteFileCheck.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <sqlite3.h>

#include <pwd.h>
#include <unistd.h>
#endif

namespace {

bool looksLocked(const QSqlError& error)
{
    const QString text = error.text().toLower();
    // SQLite: "database is locked" / "busy"; PostgreSQL: "canceling statement
    // due to lock timeout".
    return text.contains(QLatin1String("locked")) || text.contains(QLatin1String("busy")) ||
           text.contains(QLatin1String("lock timeout"));
}

// PostgreSQL cancelled the statement because a concurrent transaction changed
// the same rows (SQLSTATE 40001, serialization_failure) or deadlocked with it
// (40P01): the whole transaction is lost, and running it again may succeed.
bool lostToAnotherWriter(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("40001") || code == QLatin1String("40P01");
}

// How many statements of this thread lost to another writer. Database::write
// compares it before and after the work: the work passes its failures on as
// sentences (often without their kind), yet on PostgreSQL a lost statement
// aborts the whole transaction, so the write itself is what lost. Connections
// belong to one thread (Database::connection), hence thread_local.
thread_local quint64 t_lostStatements = 0;

// SQLITE_CORRUPT and SQLITE_NOTADB, with their extended codes.
bool looksDamaged(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == 11 || (code & 0xff) == 26);
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

Database::Database(const DatabaseConfig& config)
    : m_config(config)
    , m_dialect(config.kind)
    , m_prefix(QStringLiteral("relance-") + QUuid::createUuid().toString(QUuid::Id128).left(12) +
               u'-')
{}

Database::~Database()
{
    std::lock_guard lock(m_mutex);
    for (const QString& name : m_connectionNames) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    OpenDatabaseFiles::remove(this);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseConfig& config, OpenMode mode)
{
    std::unique_ptr<Database> db(new Database(config));
    if (Status s = db->openMainConnection(mode); !s)
        return Result<std::unique_ptr<Database>>::failure(s.kind(), s.error());
    if (Status s = db->migrate(); !s)
        return Result<std::unique_ptr<Database>>::failure(s.kind(), s.error());
    return Result<std::unique_ptr<Database>>(std::move(db));
}

Status Database::openMainConnection(OpenMode mode)
{
    bool suspect = false;
    if (m_dialect.isSQLite()) {
        if (Status s = SqliteFileCheck::beforeOpen(m_config.path, mode == OpenMode::ExistingOnly,
                                                   &suspect);
            !s)
            return s;
    }
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        {
            std::lock_guard lock(m_mutex);
            if (!m_connectionError.isEmpty())
                return Status::failure(m_connectionError);
        }
        return Status::failure(tr("The database %1 cannot be opened: %2")
                                   .arg(m_config.displayName(), db.lastError().text()));
    }
    if (m_dialect.isSQLite()) {
        // From now on nothing else in the process may open the file.
        OpenDatabaseFiles::add(this, m_config.path);
        if (suspect)
            return SqliteFileCheck::quickCheck(db, m_config.path);
    }
    return {};
}

QString Database::connectionName() const
{
    return m_prefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()));
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    {
        std::lock_guard lock(m_mutex);
        if (m_connectionNames.count(name))
            return QSqlDatabase::database(name, false);
        m_connectionNames.insert(name);
    }
    return createConnection(name);
}

void Database::releaseThreadConnection() const
{
    const QString name = connectionName();
    std::lock_guard lock(m_mutex);
    if (!m_connectionNames.erase(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QSqlDatabase Database::createConnection(const QString& name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), name);
    if (m_dialect.isSQLite()) {
        db.setDatabaseName(m_config.path);
        // Wait for another writer rather than failing at once.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_config.busyTimeoutMs));
    } else {
        db.setHostName(m_config.host);
        db.setPort(m_config.port);
        db.setDatabaseName(m_config.databaseName);
        db.setUserName(m_config.user);
        db.setPassword(m_config.password);
        db.setConnectOptions(m_config.postgresConnectOptions());
    }
    if (!db.open())
        return db;
    if (m_dialect.isSQLite()) {
        // The cascades (an account's reminders, a run's letters) depend on
        // foreign_keys: a connection without it must not be used at all.
        for (const QString& pragma : {QStringLiteral("PRAGMA foreign_keys = ON"),
                                      QStringLiteral("PRAGMA synchronous = NORMAL")}) {
            QSqlQuery q(db);
            if (!q.exec(pragma)) {
                {
                    std::lock_guard lock(m_mutex);
                    m_connectionError =
                        looksDamaged(q.lastError())
                            ? SqliteFileCheck::damagedMessage(m_config.path,
                                                              q.lastError().databaseText())
                            : tr("The database %1 cannot be opened: %2")
                                  .arg(m_config.displayName(), q.lastError().text());
                }
                db.close();
                return db;
            }
        }
    }
    return db;
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& values) const
{
    QSqlDatabase db = connection();
    return exec(db, sql, values);
}

Result<QSqlQuery> Database::exec(QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db);
    // Forward-only saves SQLite a copy of the rows. Qt's PostgreSQL driver
    // instead reads such a result row by row from the server, and a second
    // query on the same connection (the levels of a program while reading
    // the programs) silently cuts the first one short ("Query results
    // lost"): there, results are read whole, so that nested reads are safe.
    q.setForwardOnly(db.driverName() != QLatin1String("QPSQL"));
    // Qt's PostgreSQL driver prepares with a server-side PREPARE, which takes
    // only SELECT, INSERT, UPDATE, DELETE and VALUES: a statement without
    // values (the schema, a trigger) is sent as it is.
    const bool direct = values.isEmpty() && db.driverName() == QLatin1String("QPSQL");
    if (!direct && !q.prepare(sql))
        return Result<QSqlQuery>::failure(
            ErrorKind::Storage, tr("The database refused a request: %1").arg(q.lastError().text()));
    if (!direct)
        bindValues(q, values);
    if (!(direct ? q.exec(sql) : q.exec())) {
        if (looksLocked(q.lastError()))
            return Result<QSqlQuery>::failure(
                ErrorKind::Busy,
                tr("The database is in use by another program and stayed locked. Wait a "
                   "moment and try again."));
        if (looksDamaged(q.lastError()) && db.driverName() == QLatin1String("QSQLITE"))
            return Result<QSqlQuery>::failure(
                ErrorKind::Damaged,
                SqliteFileCheck::damagedMessage(db.databaseName(), q.lastError().databaseText()));
        const bool lost = lostToAnotherWriter(q.lastError());
        if (lost)
            ++t_lostStatements;
        return Result<QSqlQuery>::failure(
            lost ? ErrorKind::Conflict : ErrorKind::Storage,
            tr("The database refused a request: %1").arg(q.lastError().text()));
    }
    return Result<QSqlQuery>(std::move(q));
}

void Database::bindValues(QSqlQuery& query, const QVariantList& values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        // A null QString is bound as SQL NULL by Qt; our text columns are
        // NOT NULL with '' for "nothing". Pass QVariant() for a real NULL.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            query.bindValue(int(i), QStringLiteral(""));
        // Booleans are INTEGER 0/1 (Schema.cpp); PostgreSQL will not put a
        // boolean into an integer column.
        else if (v.typeId() == QMetaType::Bool)
            query.bindValue(int(i), v.toBool() ? 1 : 0);
        else
            query.bindValue(int(i), v);
    }
}

Status Database::write(const std::function<Status(QSqlDatabase&)>& work) const
{
    QSqlDatabase db = connection();
    const QStringList beginStatements = m_dialect.beginWrite(m_config.busyTimeoutMs);
    for (qsizetype i = 0; i < beginStatements.size(); ++i) {
        QSqlQuery begin(db);
        if (begin.exec(beginStatements.at(i)))
            continue;
        const QSqlError error = begin.lastError();
        if (i > 0)
            rollback(db);
        if (looksLocked(error))
            return Status::failure(
                ErrorKind::Busy,
                tr("The database %1 is in use by another program and stayed locked. Close "
                   "the other program or wait a moment, then try again.")
                    .arg(m_config.displayName()));
        return Status::failure(ErrorKind::Storage,
                               tr("The database cannot start a change: %1").arg(error.text()));
    }
    const quint64 lostBefore = t_lostStatements;
    Status status = work(db);
    QSqlQuery end(db);
    if (!status) {
        rollback(db);
        if (t_lostStatements != lostBefore)
            return Status::failure(ErrorKind::Conflict, status.error());
        return status;
    }
    if (!end.exec(QStringLiteral("COMMIT"))) {
        const QSqlError error = end.lastError();
        rollback(db);
        return Status::failure(lostToAnotherWriter(error) ? ErrorKind::Conflict
                                                          : ErrorKind::Storage,
                               tr("The database could not save the change: %1").arg(error.text()));
    }
    return {};
}

void Database::rollback(QSqlDatabase& db)
{
    // Called on the way out of a failure, whose message is the one to give.
    // A ROLLBACK fails when the connection is already lost (the server then
    // drops the transaction) or when no transaction is open; in both cases
    // nothing was committed. The log keeps it for whoever investigates.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("ROLLBACK")))
        qWarning("Relance: ROLLBACK failed: %s", qPrintable(q.lastError().text()));
}

Result<int> Database::readVersion(QSqlDatabase& db)
{
    QStringList tables = db.tables();
    if (tables.isEmpty()) {
        // An SQLite file that is not a database only fails on first read.
        QSqlQuery probe(db);
        if (m_dialect.isSQLite() &&
            !probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
            if (looksLocked(probe.lastError()))
                return Result<int>::failure(
                    tr("The database %1 is locked by another program. Close it and try "
                       "again; nothing was changed.")
                        .arg(m_config.displayName()));
            if (looksDamaged(probe.lastError()))
                return Result<int>::failure(SqliteFileCheck::damagedMessage(
                    m_config.path, probe.lastError().databaseText()));
            return Result<int>::failure(
                tr("%1 is not a Relance database (%2). It was left untouched: choose another "
                   "file.")
                    .arg(m_config.displayName(), probe.lastError().text()));
        }
        // An empty database another program has marked as its own.
        if (m_dialect.isSQLite()) {
            for (const char* pragma : {"application_id", "user_version"}) {
                QSqlQuery mark(db);
                if (mark.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(pragma))) &&
                    mark.next() && mark.value(0).toLongLong() != 0)
                    return Result<int>::failure(
                        tr("%1 is an SQLite database of another program (it is marked with "
                           "that program's %2), not a Relance database. Relance did not touch "
                           "it and will not: choose your Relance database instead.")
                            .arg(m_config.displayName(), QLatin1String(pragma)));
            }
        }
        return 0;
    }
    if (!tables.contains(QStringLiteral("meta"))) {
        tables.sort();
        const QStringList some = tables.mid(0, 5);
        return Result<int>::failure(
            tr("%1 is a database of another program (its tables: %2), not a Relance "
               "database. Relance did not touch it and will not: choose your Relance database "
               "instead.")
                .arg(m_config.displayName(),
                     some.join(QLatin1String(", ")) +
                         (tables.size() > some.size() ? QStringLiteral(", …") : QString())));
    }
    auto q = exec(db, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
    if (!q)
        return Result<int>::failure(q.error());
    if (!q->next())
        return Result<int>::failure(
            tr("%1 is damaged: it has no schema version. It was left untouched.")
                .arg(m_config.displayName()));
    return q->value(0).toInt();
}

bool Database::upgradeTakesTime(const DatabaseConfig& config)
{
    if (config.kind != DatabaseConfig::Kind::SQLite || !QFileInfo(config.path).isFile())
        return false;
    sqlite3* raw = nullptr;
    int version = 0;
    if (sqlite3_open_v2(QFile::encodeName(config.path).constData(), &raw, SQLITE_OPEN_READONLY,
                        nullptr) == SQLITE_OK) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(raw, "SELECT value FROM meta WHERE key = 'schema_version'", -1,
                               &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW)
            version = sqlite3_column_int(stmt, 0);
        sqlite3_finalize(stmt);
    }
    sqlite3_close(raw);
    if (version <= 0)
        return false;
    for (const Schema::Migration& step : Schema::migrations())
        if (step.toVersion > version && step.rebuildsTables)
            return true;
    return false;
}

Status Database::migrate()
{
    QSqlDatabase db = connection();
    auto version = readVersion(db);
    if (!version)
        return Status::failure(version.error());
    const int target = Schema::currentVersion();
    if (*version > target)
        return Status::failure(
            tr("The database %1 was written by a newer version of Relance (schema %2; this "
               "version knows up to %3). Install the newer version of Relance; the file was "
               "left untouched.")
                .arg(m_config.displayName())
                .arg(*version)
                .arg(target));

    if (m_dialect.isSQLite()) {
        QSqlQuery wal(db);
        if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && looksLocked(wal.lastError()))
            return Status::failure(
                tr("The database %1 is locked by another program. Close it and try again; "
                   "nothing was changed.")
                    .arg(m_config.displayName()));
    }

    if (*version > 0 && *version < target && m_dialect.isSQLite()) {
        // A copy before changing the structure: a failed upgrade must never
        // cost the agency its data.
        const QString stamp =
            QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (m_config.upgradeCopyFolder.isEmpty()) {
            m_backupPath =
                QStringLiteral("%1.v%2-%3.bak").arg(m_config.path).arg(*version).arg(stamp);
        } else {
            // Named like the automatic copies of that folder (BackupFolder),
            // so that the list in the settings shows it with them.
            if (!QDir().mkpath(m_config.upgradeCopyFolder))
                return Status::failure(tr("Before upgrading, Relance could not create the "
                                          "folder %1 for a copy of the database. Nothing was "
                                          "changed.")
                                           .arg(m_config.upgradeCopyFolder));
            m_backupPath =
                QDir(m_config.upgradeCopyFolder)
                    .filePath(
                        QStringLiteral("%1-before-upgrade-v%2.sqlite").arg(stamp).arg(*version));
        }
        auto backup = exec(db, QStringLiteral("VACUUM INTO ?"), {m_backupPath});
        if (!backup)
            return Status::failure(tr("Before upgrading, Relance could not copy the database "
                                      "to %1 (%2). Nothing was changed.")
                                       .arg(m_backupPath, backup.error()));
    }

    for (const Schema::Migration& step : Schema::migrations()) {
        if (step.toVersion <= *version)
            continue;
        // PRAGMA foreign_keys has no effect inside a transaction: it is
        // switched off before the step's and on again after it, whatever
        // happened.
        const bool keysOff = step.rebuildsTables && m_dialect.isSQLite();
        if (keysOff) {
            if (auto off = exec(db, QStringLiteral("PRAGMA foreign_keys = OFF")); !off)
                return Status::failure(off.error());
        }
        Status s = write([&](QSqlDatabase& conn) -> Status {
            // Another process may have migrated while we waited for the lock.
            auto now = readVersion(conn);
            if (!now)
                return Status::failure(now.error());
            if (*now >= step.toVersion)
                return {};
            for (const QString& statement : step.statements) {
                const QString sql = m_dialect.translate(statement);
                if (sql.isEmpty())
                    continue; // not for this engine
                auto r = exec(conn, sql);
                if (!r)
                    return Status::failure(
                        tr("Upgrading the database to version %1 failed: %2. Nothing was "
                           "changed.")
                            .arg(step.toVersion)
                            .arg(r.error()));
            }
            if (step.rebuildsTables && m_dialect.isSQLite()) {
                auto broken = exec(conn, QStringLiteral("PRAGMA foreign_key_check"));
                if (!broken)
                    return Status::failure(broken.error());
                if (broken->next())
                    return Status::failure(
                        tr("Upgrading the database to version %1 failed: the table %2 holds "
                           "rows whose links the upgrade could not keep. Nothing was changed; "
                           "keep this file and contact support.")
                            .arg(step.toVersion)
                            .arg(broken->value(0).toString()));
            }
            auto r =
                exec(conn,
                     step.toVersion == 1 ? QStringLiteral("INSERT INTO meta (key, value) VALUES "
                                                          "('schema_version', ?)")
                                         : QStringLiteral("UPDATE meta SET value = ? WHERE key = "
                                                          "'schema_version'"),
                     {QString::number(step.toVersion)});
            if (!r)
                return Status::failure(r.error());
            return audit(conn, QStringLiteral("migrate"), QStringLiteral("database"), {},
                         QStringLiteral("schema %1: %2").arg(step.toVersion).arg(step.description));
        });
        if (keysOff) {
            if (auto on = exec(db, QStringLiteral("PRAGMA foreign_keys = ON")); !on && s)
                return Status::failure(on.error());
        }
        if (!s)
            return s;
        if (keysOff && *version > 0) {
            // The old table's pages are free but still in the file (it
            // would stay twice its size until the ledger grows into them).
            // A failure here loses nothing: SQLite reuses them later.
            if (auto vacuum = exec(db, QStringLiteral("VACUUM")); !vacuum)
                qWarning("Relance: VACUUM after upgrading to schema %d: %s", step.toVersion,
                         qPrintable(vacuum.error()));
        }
        if (*version == 0)
            m_created = true;
    }
    m_schemaVersion = target;
    return {};
}

Result<QString> Database::setting(const QString& key, const QString& fallback) const
{
    QSqlDatabase conn = connection();
    return settingIn(conn, key, fallback);
}

Result<QString> Database::settingIn(QSqlDatabase& conn, const QString& key, const QString& fallback)
{
    auto q = exec(conn, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!q)
        return Result<QString>::failure(q.kind(), q.error());
    if (q->next())
        return q->value(0).toString();
    return fallback;
}

Status Database::setSetting(const QString& key, const QString& value) const
{
    auto q = exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT "
                                 "(key) DO UPDATE SET value = excluded.value"),
                  {key, value});
    return q ? Status() : Status::failure(q.error());
}

Status Database::audit(QSqlDatabase& db, const QString& action, const QString& entity,
                       const QString& entityRef, const QString& details)
{
    auto q = exec(db,
                  QStringLiteral("INSERT INTO audit_log (at, user_name, action, entity, "
                                 "entity_ref, details) VALUES (?, ?, ?, ?, ?, ?)"),
                  {nowUtc(), currentUserName(), action, entity, entityRef, details});
    return q ? Status() : Status::failure(q.error());
}

QString Database::currentUserName()
{
    // RELANCE_USER names the person when several share one system account.
    QString user = qEnvironmentVariable("RELANCE_USER");
    if (!user.isEmpty())
        return user;
#ifdef Q_OS_UNIX
    // The login name from the system: USER is unset under cron, systemd
    // units and some desktop launchers, and a manual reminder must still
    // say who issued it.
    if (const passwd* entry = getpwuid(geteuid()); entry && entry->pw_name && *entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME"); // Windows
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    return user;
}

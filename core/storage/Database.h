#pragma once

#include "DatabaseConfig.h"
#include "SqlDialect.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <memory>
#include <mutex>
#include <set>

// The database of one agency. Opening checks what the file is, migrates it
// stepwise (after keeping a copy) and refuses what it must not touch: a file
// that is not a database, a database from a newer Relance, a locked file.
//
// Qt Sql connections belong to one thread: connection() gives the calling
// thread its own named connection, created on first use.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenMode
    {
        CreateOrMigrate, // create the file if missing, migrate if older
        ExistingOnly,    // the file must exist; migrate if older
    };

    static Result<std::unique_ptr<Database>> open(const DatabaseConfig& config,
                                                  OpenMode mode = OpenMode::CreateOrMigrate);
    // True when open() will rebuild a large table of this SQLite file
    // (schema 6 rebuilds the ledger: a minute on a big agency), for the
    // window to say so while it waits. False when unsure: open() decides.
    static bool upgradeTakesTime(const DatabaseConfig& config);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const DatabaseConfig& config() const { return m_config; }
    const SqlDialect& dialect() const { return m_dialect; }
    int schemaVersion() const { return m_schemaVersion; }
    // True when open() created the schema from nothing (a new database).
    bool wasCreated() const { return m_created; }
    // The copy made before the last migration, if any.
    QString backupPath() const { return m_backupPath; }

    // This thread's connection (opened on first use).
    QSqlDatabase connection() const;
    // Closes this thread's connection: call it before a worker thread ends.
    void releaseThreadConnection() const;

    // Runs `work` in one write transaction (taking the write lock at once);
    // commits when it returns ok, rolls back otherwise.
    Status write(const std::function<Status(QSqlDatabase&)>& work) const;

    // Prepares and runs one statement with bound values ("?" placeholders).
    // A null QString is bound as '' (our text columns are NOT NULL); pass
    // QVariant() for SQL NULL. The error names what failed in the user's
    // language.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& values = {}) const;
    static Result<QSqlQuery> exec(QSqlDatabase& db, const QString& sql,
                                  const QVariantList& values = {});

    // Binds positional values to a prepared query the way exec() does, for
    // a statement prepared once and run many times.
    static void bindValues(QSqlQuery& query, const QVariantList& values);

    // Settings: small key/value pairs (never secrets). `fallback` when the
    // key is not set; a failure when the settings cannot be read, so that a
    // broken database never passes for an agency that kept the defaults.
    Result<QString> setting(const QString& key, const QString& fallback = {}) const;
    // The same inside the caller's transaction.
    static Result<QString> settingIn(QSqlDatabase& conn, const QString& key,
                                     const QString& fallback = {});
    Status setSetting(const QString& key, const QString& value) const;

    // Records who did what, for the audit log.
    static Status audit(QSqlDatabase& db, const QString& action, const QString& entity,
                        const QString& entityRef, const QString& details);
    static QString currentUserName();

private:
    explicit Database(const DatabaseConfig& config);
    Status openMainConnection(OpenMode mode);
    Status migrate();
    Result<int> readVersion(QSqlDatabase& db);
    static void rollback(QSqlDatabase& db);
    QSqlDatabase createConnection(const QString& name) const;
    QString connectionName() const;

    DatabaseConfig m_config;
    SqlDialect m_dialect;
    QString m_prefix;
    int m_schemaVersion = 0;
    bool m_created = false;
    QString m_backupPath;
    mutable std::mutex m_mutex;
    mutable std::set<QString> m_connectionNames;
    // Why the last connection was closed right after opening (a PRAGMA
    // refused): the sentence openMainConnection gives.
    mutable QString m_connectionError;
};

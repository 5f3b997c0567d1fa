#pragma once

#include <QString>

// Where the data lives: a local SQLite file (one agency seat) or a shared
// PostgreSQL server (several staff). The password of a server is never
// stored here; it comes from the keyring or the environment.
struct DatabaseConfig
{
    enum class Kind
    {
        SQLite,
        PostgreSQL
    };

    Kind kind = Kind::SQLite;
    QString path; // SQLite file
    QString host; // PostgreSQL
    int port = 5432;
    QString databaseName;
    QString user;
    QString password;
    // libpq's connection options taken from the URL's query
    // (?sslmode=verify-full&sslrootcert=…): empty when not given, and then
    // libpq's own default applies (connect_timeout: ours, 10 s).
    QString sslMode;
    QString sslRootCert;
    int connectTimeoutSeconds = 0;
    QString applicationName;
    // SQLite: where the copy made before a schema upgrade goes (the user's
    // automatic backups, AutomaticBackups::folderFor); empty: next to the
    // file, as path.vN-YYYYMMDD-HHMMSS.bak.
    QString upgradeCopyFolder;
    // How long a writer waits for another one before giving up.
    int busyTimeoutMs = 10000;

    static DatabaseConfig sqlite(const QString& path)
    {
        DatabaseConfig c;
        c.path = path;
        return c;
    }
    // "postgresql://user@host:port/dbname?sslmode=verify-full" or a file
    // path. Query options other than the four above are ignored.
    static DatabaseConfig fromString(const QString& text);
    // Without the password; with the options, so that it opens the same
    // server the same way again.
    QString displayName() const;
    // The options in the form QSqlDatabase::setConnectOptions takes for
    // QPSQL ("sslmode=verify-full;connect_timeout=5"), values that
    // could break that form left out.
    QString postgresConnectOptions() const;
    // True when the connection may go over the network without TLS
    // (sslmode absent, disable, allow or prefer: libpq may fall back to clear text).
    bool mayBeUnencrypted() const;
    // True for the same machine (localhost, 127.0.0.1, ::1, a socket folder).
    bool isLocalServer() const;
};

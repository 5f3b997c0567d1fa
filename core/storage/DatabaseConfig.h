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
    // How long a writer waits for another one before giving up.
    int busyTimeoutMs = 10000;

    static DatabaseConfig sqlite(const QString& path)
    {
        DatabaseConfig c;
        c.path = path;
        return c;
    }
    // "postgresql://user@host:port/dbname" or a file path.
    static DatabaseConfig fromString(const QString& text);
    QString displayName() const;
};

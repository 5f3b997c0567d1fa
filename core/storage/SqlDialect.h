#pragma once

#include "DatabaseConfig.h"

#include <QString>
#include <QStringList>

// Every difference between SQLite and PostgreSQL lives here, so that the rest
// of the code writes one SQL.
class SqlDialect
{
public:
    explicit SqlDialect(DatabaseConfig::Kind kind)
        : m_kind(kind)
    {}

    DatabaseConfig::Kind kind() const { return m_kind; }
    bool isSQLite() const { return m_kind == DatabaseConfig::Kind::SQLite; }

    QString driverName() const;
    // Replaces the schema placeholders ({{ID}}, {{BLOB}}).
    QString translate(const QString& sql) const;
    // The statements that start a transaction taking the write lock at once,
    // so that two writers queue up instead of failing halfway. SQLite:
    // BEGIN IMMEDIATE (the busy timeout bounds the wait). PostgreSQL: one
    // transaction-scoped advisory lock that every Relance writer takes, so
    // that writers run one after the other as on SQLite, in READ COMMITTED:
    // each statement then sees what the previous writer committed, and no
    // write fails with a serialization error. `lockTimeoutMs` bounds the wait.
    QStringList beginWrite(int lockTimeoutMs) const;
    // "INSERT ... ON CONFLICT DO NOTHING" is spelled the same in both, but
    // "INSERT OR IGNORE" is SQLite-only: use this suffix.
    QString onConflictDoNothing() const { return QStringLiteral(" ON CONFLICT DO NOTHING"); }
    // Both engines understand "INSERT ... RETURNING id" (SQLite since 3.35):
    // use it to get the id of a new row.

private:
    DatabaseConfig::Kind m_kind;
};

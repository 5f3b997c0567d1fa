#pragma once

#include <QString>
#include <QStringList>

#include <vector>

// The schema as stepwise migrations. Step i brings a database from version i
// to version i + 1. Placeholders keep the SQL portable: {{ID}} is the
// auto-increment primary key, {{BLOB}} binary data, {{NOW}} the current
// timestamp, {{SQLITE_ONLY}} a statement PostgreSQL skips (see SqlDialect).
namespace Schema {

struct Migration
{
    int toVersion;
    QString description;
    QStringList statements;
    // The step replaces a table others refer to: on SQLite it runs with
    // foreign keys off (else dropping the old table would empty or unlink
    // the rows that point to it) and checks them before committing.
    bool rebuildsTables = false;
};

const std::vector<Migration>& migrations();
int currentVersion();

} // namespace Schema

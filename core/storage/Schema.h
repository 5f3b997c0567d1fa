#pragma once

#include <QString>
#include <QStringList>

#include <vector>

// The schema as stepwise migrations. Step i brings a database from version i
// to version i + 1. Placeholders keep the SQL portable: {{ID}} is the
// auto-increment primary key, {{BLOB}} binary data, {{NOW}} the current
// timestamp (see SqlDialect).
namespace Schema {

struct Migration
{
    int toVersion;
    QString description;
    QStringList statements;
};

const std::vector<Migration>& migrations();
int currentVersion();

} // namespace Schema

#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

// Moving an agency from its SQLite file to a shared PostgreSQL server
// (relance-cli migrate-to, File › Connect to a shared server): every table
// copied into an empty server database in one transaction, then counted
// again on both sides.
class ServerMigration
{
    Q_DECLARE_TR_FUNCTIONS(ServerMigration)

public:
    struct TableCount
    {
        QString table;
        qint64 source = 0;
        qint64 target = 0;
    };
    struct Report
    {
        QList<TableCount> tables;
        qint64 sourceBalanceCents = 0;
        qint64 targetBalanceCents = 0;
        // Every count and the balance the same on both sides.
        bool agrees() const;
    };

    // True when `target` holds no agency yet: no accounts, ledger entries,
    // owners or runs (a database just created by Relance, with only its
    // default program, counts as empty).
    static Result<bool> isEmpty(const Database& target);

    // Copies `source` (SQLite, at this version's schema) into `target`
    // (PostgreSQL, schema created by opening it), refused unless `target`
    // is empty. What the target held (the default program) is replaced, in
    // the same transaction. The counts are read back after the commit.
    static Result<Report> copy(const Database& source, const Database& target);

    // The counts and balances of both sides.
    static Result<Report> compare(const Database& source, const Database& target);
};

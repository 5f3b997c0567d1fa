#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Copies every table of an SQLite database into a PostgreSQL database of
// the same schema, and counts what each side holds. Stores only: whether
// the target may receive the copy and whether the counts agree are
// decided by ServerMigration (core/setup).
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)

public:
    // The tables of an SQLite database, each after the tables it refers to
    // (foreign keys): the order in which rows can be inserted.
    static Result<QStringList> tablesInOrder(QSqlDatabase& sqlite);

    // Inside the caller's PostgreSQL write transaction: empties `tables`
    // (children first), copies every row of each from `source` (ids kept),
    // with the ledger trigger asleep so that account_totals is copied as it
    // is, then moves each id sequence past the highest id copied.
    static Status copyInto(QSqlDatabase& source, QSqlDatabase& target, const QStringList& tables);

    // Rows of `table`.
    static Result<qint64> rowCount(QSqlDatabase& conn, const QString& table);
    // The sum of every account's balance, in cents: debits less credits of
    // the whole ledger.
    static Result<qint64> ledgerBalance(QSqlDatabase& conn);
    // Tables in the database's own schema (PostgreSQL: public).
    static Result<QStringList> tableNames(QSqlDatabase& conn);

private:
    static Status copyAll(QSqlDatabase& source, QSqlDatabase& target, const QStringList& tables);
};

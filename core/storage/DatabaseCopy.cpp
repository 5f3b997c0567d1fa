#include "DatabaseCopy.h"

#include "Database.h"

#include <QSqlField>
#include <QSqlRecord>

#include <map>
#include <set>
#include <tuple>

namespace {

// Table names come from the database's own catalogue, never from a user;
// quoted all the same.
QString quoted(const QString& name)
{
    return u'"' + QString(name).replace(u'"', QLatin1String("\"\"")) + u'"';
}

// PostgreSQL takes at most 65,535 bound values per statement; one statement
// per few hundred rows saves a round trip per row.
constexpr int maxValuesPerStatement = 20000;

Status insertRows(QSqlDatabase& target, const QString& table, const QStringList& columns,
                  const QVariantList& values, int rows)
{
    QStringList quotedColumns;
    for (const QString& c : columns)
        quotedColumns << quoted(c);
    const QString one = u'(' + QStringList(columns.size(), QStringLiteral("?")).join(u',') + u')';
    const QString sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
            .arg(quoted(table), quotedColumns.join(u','), QStringList(rows, one).join(u','));
    auto q = Database::exec(target, sql, values);
    if (!q)
        return Status::failure(q.kind(), q.error());
    return {};
}

Status copyTable(QSqlDatabase& source, QSqlDatabase& target, const QString& table)
{
    auto q = Database::exec(source, QStringLiteral("SELECT * FROM %1").arg(quoted(table)));
    if (!q)
        return Status::failure(q.kind(), q.error());
    const QSqlRecord record = q->record();
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    if (columns.isEmpty())
        return {};
    const int rowsPerStatement = qMax(1, maxValuesPerStatement / int(columns.size()));
    QVariantList values;
    int rows = 0;
    while (q->next()) {
        for (int i = 0; i < columns.size(); ++i) {
            QVariant v = q->value(i);
            // A text column holding '' must stay '' (Database::bindValues
            // binds a null QString as ''); a real NULL stays NULL.
            if (v.isNull())
                v = QVariant();
            values << v;
        }
        if (++rows == rowsPerStatement) {
            if (Status s = insertRows(target, table, columns, values, rows); !s)
                return s;
            values.clear();
            rows = 0;
        }
    }
    if (rows > 0)
        return insertRows(target, table, columns, values, rows);
    return {};
}

} // namespace

Result<QStringList> DatabaseCopy::tablesInOrder(QSqlDatabase& sqlite)
{
    auto names = tableNames(sqlite);
    if (!names)
        return names;
    std::map<QString, std::set<QString>> parents;
    for (const QString& table : *names) {
        auto q = Database::exec(
            sqlite, QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list(?)"), {table});
        if (!q)
            return Result<QStringList>::failure(q.kind(), q.error());
        auto& own = parents[table];
        while (q->next())
            if (q->value(0).toString() != table)
                own.insert(q->value(0).toString());
    }
    QStringList ordered;
    std::set<QString> placed;
    while (ordered.size() < names->size()) {
        bool progress = false;
        for (const QString& table : *names) {
            if (placed.count(table))
                continue;
            bool ready = true;
            for (const QString& parent : parents[table])
                ready = ready && (placed.count(parent) || !names->contains(parent));
            if (!ready)
                continue;
            ordered << table;
            placed.insert(table);
            progress = true;
        }
        if (!progress)
            return Result<QStringList>::failure(
                ErrorKind::Storage,
                tr("The tables of the database refer to each other in a circle; they cannot "
                   "be copied one after the other."));
    }
    return ordered;
}

Status DatabaseCopy::copyInto(QSqlDatabase& source, QSqlDatabase& target, const QStringList& tables)
{
    // Every table is read from one snapshot of the file: the desktop
    // application or a run may write to it meanwhile.
    if (auto q = Database::exec(source, QStringLiteral("BEGIN")); !q)
        return Status::failure(q.kind(), q.error());
    Status copied = copyAll(source, target, tables);
    // Only reads were made: ending the read transaction cannot lose anything.
    std::ignore = Database::exec(source, QStringLiteral("COMMIT"));
    return copied;
}

Status DatabaseCopy::copyAll(QSqlDatabase& source, QSqlDatabase& target, const QStringList& tables)
{
    // The ledger trigger would add every copied entry to account_totals a
    // second time (SqlDialect: it sleeps while relance.bulk_load is on).
    if (auto q = Database::exec(target, QStringLiteral("SET LOCAL relance.bulk_load = 'on'")); !q)
        return Status::failure(q.kind(), q.error());
    for (auto it = tables.crbegin(); it != tables.crend(); ++it)
        if (auto q = Database::exec(target, QStringLiteral("DELETE FROM %1").arg(quoted(*it))); !q)
            return Status::failure(q.kind(), q.error());
    for (const QString& table : tables)
        if (Status s = copyTable(source, target, table); !s)
            return s;
    for (const QString& table : tables) {
        auto sequence = Database::exec(target,
                                       QStringLiteral("SELECT pg_get_serial_sequence(?, "
                                                      "column_name) FROM "
                                                      "information_schema.columns WHERE "
                                                      "table_schema = 'public' AND "
                                                      "table_name = ? AND "
                                                      "is_identity = 'YES'"),
                                       {table, table});
        if (!sequence)
            return Status::failure(sequence.kind(), sequence.error());
        if (!sequence->next() || sequence->value(0).isNull())
            continue;
        const QString name = sequence->value(0).toString();
        auto set = Database::exec(
            target,
            QStringLiteral("SELECT setval(?, COALESCE((SELECT MAX(id) FROM %1), 0) + 1, false)")
                .arg(quoted(table)),
            {name});
        if (!set)
            return Status::failure(set.kind(), set.error());
    }
    if (auto q = Database::exec(target, QStringLiteral("SET LOCAL relance.bulk_load = 'off'")); !q)
        return Status::failure(q.kind(), q.error());
    return {};
}

Result<qint64> DatabaseCopy::rowCount(QSqlDatabase& conn, const QString& table)
{
    auto q = Database::exec(conn, QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table)));
    if (!q)
        return Result<qint64>::failure(q.kind(), q.error());
    if (!q->next())
        return Result<qint64>::failure(ErrorKind::Storage,
                                       tr("The rows of %1 could not be counted.").arg(table));
    return q->value(0).toLongLong();
}

Result<qint64> DatabaseCopy::ledgerBalance(QSqlDatabase& conn)
{
    auto q = Database::exec(conn, QStringLiteral("SELECT COALESCE(SUM(CASE WHEN side = 'debit' "
                                                 "THEN amount ELSE -amount END), 0) FROM "
                                                 "ledger_entries"));
    if (!q)
        return Result<qint64>::failure(q.kind(), q.error());
    if (!q->next())
        return Result<qint64>::failure(ErrorKind::Storage,
                                       tr("The ledger's balance could not be read."));
    return q->value(0).toLongLong();
}

Result<QStringList> DatabaseCopy::tableNames(QSqlDatabase& conn)
{
    const bool sqlite = conn.driverName() == QLatin1String("QSQLITE");
    auto q = Database::exec(conn, sqlite ? QStringLiteral("SELECT name FROM sqlite_master WHERE "
                                                          "type = 'table' AND name NOT LIKE "
                                                          "'sqlite_%' ORDER BY name")
                                         : QStringLiteral("SELECT table_name FROM "
                                                          "information_schema.tables WHERE "
                                                          "table_schema = 'public' AND "
                                                          "table_type = 'BASE TABLE' ORDER BY "
                                                          "table_name"));
    if (!q)
        return Result<QStringList>::failure(q.kind(), q.error());
    QStringList names;
    while (q->next())
        names << q->value(0).toString();
    return names;
}

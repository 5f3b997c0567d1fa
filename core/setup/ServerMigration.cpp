#include "ServerMigration.h"

#include "storage/Database.h"
#include "storage/DatabaseCopy.h"

bool ServerMigration::Report::agrees() const
{
    for (const TableCount& t : tables)
        if (t.source != t.target)
            return false;
    return sourceBalanceCents == targetBalanceCents;
}

Result<bool> ServerMigration::isEmpty(const Database& target)
{
    QSqlDatabase conn = target.connection();
    for (const QString& table : {QStringLiteral("accounts"), QStringLiteral("ledger_entries"),
                                 QStringLiteral("owners"), QStringLiteral("runs")}) {
        auto rows = DatabaseCopy::rowCount(conn, table);
        if (!rows)
            return Result<bool>::failure(rows.kind(), rows.error());
        if (*rows > 0)
            return false;
    }
    return true;
}

Result<ServerMigration::Report> ServerMigration::copy(const Database& source,
                                                      const Database& target)
{
    if (!source.dialect().isSQLite() || target.dialect().isSQLite())
        return Result<Report>::failure(
            ErrorKind::BadInput,
            tr("Only a local database file can be copied to a shared PostgreSQL server."));
    if (source.schemaVersion() != target.schemaVersion())
        return Result<Report>::failure(ErrorKind::BadInput,
                                       tr("The two databases do not have the same schema "
                                          "version (%1 and %2). Open both with this version "
                                          "of Relance first.")
                                           .arg(source.schemaVersion())
                                           .arg(target.schemaVersion()));
    QSqlDatabase from = source.connection();
    auto tables = DatabaseCopy::tablesInOrder(from);
    if (!tables)
        return Result<Report>::failure(tables.kind(), tables.error());
    bool refused = false;
    Status written = target.write([&](QSqlDatabase& to) -> Status {
        // Checked again inside the write lock: another seat may have started
        // filling the server since the caller looked.
        auto empty = isEmpty(target);
        if (!empty)
            return Status::failure(empty.kind(), empty.error());
        if (!*empty) {
            refused = true;
            return Status::failure(
                ErrorKind::Conflict,
                tr("The server's database %1 already holds an agency (accounts, ledger or "
                   "runs). Nothing was copied: choose an empty database, created for Relance.")
                    .arg(target.config().displayName()));
        }
        return DatabaseCopy::copyInto(from, to, *tables);
    });
    if (!written)
        return Result<Report>::failure(refused ? ErrorKind::BadInput : written.kind(),
                                       refused ? written.error()
                                               : tr("Copying to the server failed: %1 Nothing "
                                                    "was copied (the server's database was left "
                                                    "as it was).")
                                                     .arg(written.error()));
    return compare(source, target);
}

Result<ServerMigration::Report> ServerMigration::compare(const Database& source,
                                                         const Database& target)
{
    QSqlDatabase from = source.connection();
    QSqlDatabase to = target.connection();
    auto tables = DatabaseCopy::tablesInOrder(from);
    if (!tables)
        return Result<Report>::failure(tables.kind(), tables.error());
    Report report;
    for (const QString& table : *tables) {
        auto a = DatabaseCopy::rowCount(from, table);
        if (!a)
            return Result<Report>::failure(a.kind(), a.error());
        auto b = DatabaseCopy::rowCount(to, table);
        if (!b)
            return Result<Report>::failure(b.kind(), b.error());
        report.tables << TableCount{table, *a, *b};
    }
    auto a = DatabaseCopy::ledgerBalance(from);
    if (!a)
        return Result<Report>::failure(a.kind(), a.error());
    auto b = DatabaseCopy::ledgerBalance(to);
    if (!b)
        return Result<Report>::failure(b.kind(), b.error());
    report.sourceBalanceCents = *a;
    report.targetBalanceCents = *b;
    return report;
}

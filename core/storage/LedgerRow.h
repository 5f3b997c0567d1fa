#pragma once

#include "ledger/LedgerEntry.h"

class QSqlQuery;
struct pg_result;
struct sqlite3_stmt;

// Reads one ledger row, for the readers that go through most of the ledger
// (the reports' stream, the debtors' entries). On SQLite straight from its
// API: Qt's driver makes a QVariant of every value of every row, and for a
// million rows that costs several times what SQLite itself does; on
// PostgreSQL from libpq's result under Qt's query (PostgresResult), for the
// same reason.
namespace LedgerRow {
// The columns, in this order, from `first`: entry_ref, side, date, due_date,
// amount, kind, matches.
constexpr const char* columns = "entry_ref, side, date, due_date, amount, kind, matches";
void read(sqlite3_stmt* stmt, int first, LedgerEntry& entry);
void read(const pg_result* result, int row, int first, LedgerEntry& entry);
// Through Qt's driver, whatever the engine.
void read(const QSqlQuery& query, int first, LedgerEntry& entry);
} // namespace LedgerRow

#pragma once

#include "ledger/LedgerEntry.h"

struct sqlite3_stmt;

// Reads one ledger row straight from SQLite's API. The readers that go
// through most of the ledger (the reports' stream, the debtors' entries)
// use it: Qt's driver makes a QVariant of every value of every row, and for
// a million rows that costs several times what SQLite itself does.
namespace SqliteLedgerRow {
// The columns, in this order, from `first`: entry_ref, side, date, due_date,
// amount, kind, matches.
constexpr const char* columns = "entry_ref, side, date, due_date, amount, kind, matches";
void read(sqlite3_stmt* stmt, int first, LedgerEntry& entry);
} // namespace SqliteLedgerRow

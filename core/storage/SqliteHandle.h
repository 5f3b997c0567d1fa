#pragma once

#include <QSqlDatabase>

struct sqlite3;

// The SQLite connection under Qt's, or null for another engine: the readers
// and writers that go through the whole ledger use SQLite's API directly
// where Qt's per-value QVariant costs more than SQLite itself.
sqlite3* sqliteHandle(QSqlDatabase& conn);

#pragma once

#include "ImportOptions.h"
#include "ImportReport.h"
#include "util/Result.h"

#include <QSqlDatabase>

#include <functional>

class Database;

// The end every ledger import shares (ledger.csv, FEC): `run` checks and
// writes the rows, told whether it is inside the write transaction. A dry
// run reads only: no transaction, no lock held while the file is checked.
// The report then says what was written, or why nothing was.
namespace ImportRun {
void run(const Database& db, const ImportOptions& options, ImportReport& report,
         const std::function<Status(QSqlDatabase& conn, bool inTransaction)>& run);
} // namespace ImportRun

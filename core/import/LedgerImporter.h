#pragma once

#include "ImportOptions.h"
#include "ImportReport.h"

#include <QCoreApplication>
#include <QString>

class Database;

// Imports ledger.csv (import-formats.md): one row per debit or credit of an
// existing account. Entries already imported with the same content are
// skipped; with other content they are an error, or replaced (and
// audit-logged) with options.update. All or nothing.
//
// Built for agency-size files (a million rows and more): the file is
// streamed, rows are inserted in batches inside one transaction that is
// rolled back if any row is bad, and only a compact index of the entries
// (ref and a digest of the content) is kept in memory.
class LedgerImporter
{
    Q_DECLARE_TR_FUNCTIONS(LedgerImporter)

public:
    static ImportReport importFile(const Database& db, const QString& path,
                                   const ImportOptions& options = {});
};

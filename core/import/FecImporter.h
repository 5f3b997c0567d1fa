#pragma once

#include "FecSettings.h"
#include "ImportOptions.h"
#include "ImportReport.h"

#include <QCoreApplication>
#include <QString>

class Database;

// Imports a FEC (fichier des écritures comptables, import-formats.md « FEC »):
// the tenant lines only, accounts created when unknown, lettrage turned into
// matches, kinds from the agency's mapping. All or nothing, idempotent,
// --update audit-logged, exactly like LedgerImporter.
class FecImporter
{
    Q_DECLARE_TR_FUNCTIONS(FecImporter)

public:
    // True when the file's first line is a FEC header (JournalCode …
    // separated by | or tab), so that the import dialog can recognise it.
    static bool looksLikeFec(const QString& path);

    static ImportReport importFile(const Database& db, const QString& path,
                                   const FecSettings& settings, const ImportOptions& options = {});
};

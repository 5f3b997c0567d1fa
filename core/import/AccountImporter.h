#pragma once

#include "ImportOptions.h"
#include "ImportReport.h"

#include <QCoreApplication>
#include <QString>

class Database;

// Imports accounts.csv (import-formats.md): one row per tenancy, matched by
// ref. New refs are added, known ones updated with the columns the file has
// (columns it lacks keep their stored values); the guarantor_* columns give
// the first guarantor. All or nothing: any error and nothing is written.
class AccountImporter
{
    Q_DECLARE_TR_FUNCTIONS(AccountImporter)

public:
    static ImportReport importFile(const Database& db, const QString& path,
                                   const ImportOptions& options = {});
};

#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

class DemoAgency;

// Writes the demo agency as the two CSV files of import-formats.md
// (accounts.csv, ledger.csv), the way another program would export them:
// UTF-8, ';' between fields, RFC 4180 quoting. The benchmark imports them
// back; people can use them to try the importer.
class DemoCsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(DemoCsvWriter)

public:
    struct Counts
    {
        int accounts = 0;
        qint64 entries = 0;
    };

    // Streams account by account: memory stays small whatever the size.
    static Result<Counts> write(const DemoAgency& demo, const QString& accountsPath,
                                const QString& ledgerPath);
};

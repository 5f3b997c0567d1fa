#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

class DemoAgency;

// Writes the demo agency's ledger as the FEC its accounting program would
// export (import-formats.md « FEC »): '|', UTF-8, CRLF, dates YYYYMMDD,
// decimal commas; each entry a tenant line (411000 + CompAuxNum) and its
// counterpart (706000 rents, 512000 bank, 165000 deposits). The demo's
// entry_ref is the PieceRef; a payment that names its rent shares a
// lettrage code with it. Credit notes go to journal AV, so that a journal
// rule (AV → credit_note) gives back the demo's kinds. Imported after
// accounts.csv, it gives the same debtors as ledger.csv (entry refs aside:
// a FEC's are JournalCode/EcritureNum).
class DemoFecWriter
{
    Q_DECLARE_TR_FUNCTIONS(DemoFecWriter)

public:
    // Streams account by account; returns the number of lines written.
    static Result<qint64> write(const DemoAgency& demo, const QString& path);
};

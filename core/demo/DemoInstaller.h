#pragma once

#include "DemoOptions.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <functional>

class Database;

// What the demo wrote, for the summary people read.
struct DemoSummary
{
    int accounts = 0;
    qint64 entries = 0;
    int debtors = 0; // accounts with an overdue amount on the as-of date
    int plans = 0;   // payment plans stored (DemoOptions::plans)
    int owners = 0;  // landlords (DemoOwners)
};

// Writes the demo agency into an empty database, all in one transaction:
// agency identity, accounts with guarantors, ledger. A database that already
// has accounts is refused untouched: the demo never mixes with real data.
class DemoInstaller
{
    Q_DECLARE_TR_FUNCTIONS(DemoInstaller)

public:
    // `progress` (optional) is told how many accounts are written so far.
    static Result<DemoSummary> run(const Database& db, const DemoOptions& options,
                                   const std::function<void(int done, int total)>& progress = {});
};

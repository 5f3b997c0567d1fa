#pragma once

#include <QDate>
#include <QtGlobal>

// What `relance-cli demo` asks for: how many accounts, how many months of
// ledger up to which date, and the seed that makes it reproducible.
struct DemoOptions
{
    int accounts = 0;
    int months = 24;
    quint64 seed = 1;
    QDate asOf; // the last day of the ledger (the CLI defaults it to today)
    // Tenants repaying their arrears under a payment plan stored in Relance
    // (recovery-path.md « Payment plans »), spread evenly over the accounts;
    // 0: only the one whose plan is kept elsewhere (the imported flag).
    int plans = 0;
};

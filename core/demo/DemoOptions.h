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
};

#pragma once

#include <functional>

// How an import runs. The GUI's Import dialog and relance-cli fill the same
// structure, so both behave alike.
struct ImportOptions
{
    // Validate everything and report what would happen, but write nothing.
    bool dryRun = false;
    // Ledger only: replace entries whose content changed (audit-logged)
    // instead of refusing the file.
    bool update = false;
    // Called now and then with 0..100; returning false cancels the import
    // (nothing is written). May be empty.
    std::function<bool(int percent)> progress;
};

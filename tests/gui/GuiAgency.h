#pragma once

#include "GuiFixture.h"

#include <memory>

// The sample accounts with their ledger and two real runs, for the screens
// that show what was sent: on 20 November LOC10 (two rents, part paid),
// LOC2 and LOC3 get their first reminder (a fee on the first level, which
// only LOC3's commercial lease may be charged); on 30 November LOC10 gets
// its second. LOC4 has paid and gets none.
struct GuiAgency
{
    std::unique_ptr<Database> db;
    qint64 firstRun = 0;
    qint64 secondRun = 0;

    static GuiAgency withRuns(GuiFixture& fixture);
};

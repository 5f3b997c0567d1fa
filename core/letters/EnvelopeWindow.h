#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

class Database;

// Where the recipient's address goes on the A4 page so that it shows in the
// window of a French window envelope (DL with a window about 85 × 33 mm,
// about 55 mm from the top and 110 mm from the left). Envelopes vary: the
// offsets are settings, checked with the calibration page.
struct EnvelopeWindow
{
    double leftMm = 110.0;
    double topMm = 55.0;
    double widthMm = 85.0;
    double heightMm = 33.0;

    // The agency's settings, or the defaults above where none is set.
    static EnvelopeWindow fromSettings(const Database& db);
    // Stores these offsets as the agency's settings, inside the caller's
    // transaction (the Settings page saves every tab at once).
    Status saveIn(QSqlDatabase& conn) const;
};

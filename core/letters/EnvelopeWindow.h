#pragma once

// Where the recipient's address goes on the A4 page so that it shows in the
// window of a French window envelope (DL with a window about 85 × 33 mm,
// about 55 mm from the top and 110 mm from the left). Envelopes vary: the
// offsets are settings (SettingsRepository::envelopeWindow and
// setEnvelopeWindowIn), checked with the calibration page.
struct EnvelopeWindow
{
    double leftMm = 110.0;
    double topMm = 55.0;
    double widthMm = 85.0;
    double heightMm = 33.0;
};

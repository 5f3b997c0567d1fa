#pragma once

// Where things go on a letter's A4 page, in millimetres: shared by the
// layout (which places the text) and the renderer (which draws the footer,
// the draft mark and the calibration sheet), so both agree on the page.
namespace LetterPageGeometry {

constexpr double pageWidthMm = 210.0;
constexpr double pageHeightMm = 297.0;
constexpr double leftMarginMm = 20.0;
constexpr double rightMarginMm = 20.0;
constexpr double contentWidthMm = pageWidthMm - leftMarginMm - rightMarginMm;
constexpr double topMarginMm = 20.0;   // pages after the first
constexpr double flowBottomMm = 268.0; // the footer lives below
constexpr double footerTopMm = 275.0;
constexpr double pageNumberTopMm = 287.0;
constexpr int maxAddressLines = 6;

} // namespace LetterPageGeometry

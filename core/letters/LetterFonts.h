#pragma once

#include <QFont>

// The one typeface of the letters, at the few sizes they use.
namespace LetterFonts {

// DejaVu Sans at `points`, cached per thread (see LetterFonts.cpp).
QFont font(double points, bool bold = false);

// Drops this thread's cached fonts: LetterRenderer calls it when it is
// destroyed, since a QFont released once the application is gone (at the
// main thread's exit) is not safe.
void forgetThreadFonts();

} // namespace LetterFonts

#include "LetterFonts.h"

#include <QHash>
#include <QString>

namespace {

// DejaVu Sans is a TrueType font Debian always has: Qt embeds a subset of it,
// as PDF/A requires, and it has every French character.
const QString fontFamily = QStringLiteral("DejaVu Sans");

// A new QFont is resolved again through the font database, under a lock
// every drawing thread shares: each thread keeps the few fonts a letter uses
// (a QFont is not to be shared between threads) while a renderer lives.
QHash<int, QFont>& threadFonts()
{
    thread_local QHash<int, QFont> fonts;
    return fonts;
}

} // namespace

QFont LetterFonts::font(double points, bool bold)
{
    QHash<int, QFont>& fonts = threadFonts();
    const int key = int(points * 100) * 2 + (bold ? 1 : 0);
    auto it = fonts.constFind(key);
    if (it != fonts.constEnd())
        return *it;
    QFont f(fontFamily);
    f.setPointSizeF(points);
    f.setBold(bold);
    // Kerning and hinting cost time on 10,000 letters and change nothing on
    // paper at these sizes.
    f.setHintingPreference(QFont::PreferNoHinting);
    if (fonts.size() < 64)
        fonts.insert(key, f);
    return f;
}

void LetterFonts::forgetThreadFonts()
{
    threadFonts().clear();
}

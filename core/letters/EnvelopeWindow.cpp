#include "EnvelopeWindow.h"

#include "storage/Database.h"

namespace {

double read(const Database& db, const char* key, double fallback)
{
    bool ok = false;
    const double v = db.setting(QLatin1String(key)).toDouble(&ok);
    return ok && v >= 0 ? v : fallback;
}

} // namespace

EnvelopeWindow EnvelopeWindow::fromSettings(const Database& db)
{
    const EnvelopeWindow d;
    EnvelopeWindow w;
    w.leftMm = read(db, "letters.window_left_mm", d.leftMm);
    w.topMm = read(db, "letters.window_top_mm", d.topMm);
    w.widthMm = read(db, "letters.window_width_mm", d.widthMm);
    w.heightMm = read(db, "letters.window_height_mm", d.heightMm);
    return w;
}

bool EnvelopeWindow::saveTo(const Database& db) const
{
    return db.setSetting(QStringLiteral("letters.window_left_mm"), QString::number(leftMm)) &&
           db.setSetting(QStringLiteral("letters.window_top_mm"), QString::number(topMm)) &&
           db.setSetting(QStringLiteral("letters.window_width_mm"), QString::number(widthMm)) &&
           db.setSetting(QStringLiteral("letters.window_height_mm"), QString::number(heightMm));
}

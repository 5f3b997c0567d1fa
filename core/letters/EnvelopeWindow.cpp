#include "EnvelopeWindow.h"

#include "storage/Database.h"
#include "storage/SettingsRepository.h"

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

Status EnvelopeWindow::saveIn(QSqlDatabase& conn) const
{
    const QList<std::pair<QString, double>> values = {
        {QStringLiteral("letters.window_left_mm"), leftMm},
        {QStringLiteral("letters.window_top_mm"), topMm},
        {QStringLiteral("letters.window_width_mm"), widthMm},
        {QStringLiteral("letters.window_height_mm"), heightMm},
    };
    for (const auto& [key, mm] : values)
        if (Status s = SettingsRepository::setIn(conn, key, QString::number(mm)); !s)
            return s;
    return {};
}

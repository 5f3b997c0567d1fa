#include "SettingsRepository.h"

#include "Database.h"

#include <array>

namespace {

// The settings keys of the envelope window, with the member each one holds.
struct WindowKey
{
    const char* key;
    double EnvelopeWindow::*mm;
};
constexpr std::array<WindowKey, 4> windowKeys = {{
    {"letters.window_left_mm", &EnvelopeWindow::leftMm},
    {"letters.window_top_mm", &EnvelopeWindow::topMm},
    {"letters.window_width_mm", &EnvelopeWindow::widthMm},
    {"letters.window_height_mm", &EnvelopeWindow::heightMm},
}};

} // namespace

Status SettingsRepository::setIn(QSqlDatabase& conn, const QString& key, const QString& value)
{
    auto q = Database::exec(conn,
                            QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON "
                                           "CONFLICT (key) DO UPDATE SET value = excluded.value"),
                            {key, value});
    return q ? Status() : Status::failure(q.kind(), q.error());
}

Result<std::optional<QString>> SettingsRepository::valueIn(QSqlDatabase& conn, const QString& key)
{
    auto q =
        Database::exec(conn, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!q)
        return Result<std::optional<QString>>::failure(q.kind(), q.error());
    std::optional<QString> value;
    if (q->next())
        value = q->value(0).toString();
    return value;
}

Result<EnvelopeWindow> SettingsRepository::envelopeWindow(const Database& db)
{
    EnvelopeWindow w;
    for (const WindowKey& k : windowKeys) {
        auto stored = db.setting(QLatin1String(k.key));
        if (!stored)
            return Result<EnvelopeWindow>::failure(stored.kind(), stored.error());
        bool ok = false;
        const double mm = stored->toDouble(&ok);
        if (ok && mm >= 0)
            w.*k.mm = mm;
    }
    return w;
}

Status SettingsRepository::setEnvelopeWindowIn(QSqlDatabase& conn, const EnvelopeWindow& window)
{
    for (const WindowKey& k : windowKeys)
        if (Status s = setIn(conn, QLatin1String(k.key), QString::number(window.*k.mm)); !s)
            return s;
    return {};
}

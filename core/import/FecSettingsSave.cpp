#include "FecSettingsSave.h"

#include "FecSettingsValidator.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"

#include <QJsonDocument>

namespace FecSettingsSave {

Status saveIn(QSqlDatabase& conn, const FecSettings& settings)
{
    if (Status s = FecSettingsValidator::validate(settings); !s)
        return s;
    // Prefixes as typed but trimmed and without empty ones: the importer
    // compares them with CompteNum as they are stored.
    FecSettings stored = settings;
    stored.tenantPrefixes.clear();
    for (const QString& p : settings.tenantPrefixes)
        if (!p.trimmed().isEmpty())
            stored.tenantPrefixes << p.trimmed();
    return SettingsRepository::setIn(
        conn, FecSettings::settingsKey(),
        QString::fromUtf8(QJsonDocument(stored.toJson()).toJson(QJsonDocument::Compact)));
}

Status save(const Database& db, const FecSettings& settings)
{
    return db.write([&](QSqlDatabase& conn) { return saveIn(conn, settings); });
}

} // namespace FecSettingsSave

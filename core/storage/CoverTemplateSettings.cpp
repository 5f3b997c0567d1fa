#include "CoverTemplateSettings.h"

#include "Database.h"
#include "SettingsRepository.h"

QString CoverTemplateSettings::key(const QString& language)
{
    return QStringLiteral("recovery.cover_template.") + language;
}

Result<QString> CoverTemplateSettings::text(const Database& db, const QString& language)
{
    return db.setting(key(language));
}

Status CoverTemplateSettings::setIn(QSqlDatabase& conn, const QString& language,
                                    const QString& text)
{
    return SettingsRepository::setIn(conn, key(language), text);
}

Status CoverTemplateSettings::removeIn(QSqlDatabase& conn, const QString& language)
{
    auto q =
        Database::exec(conn, QStringLiteral("DELETE FROM settings WHERE key = ?"), {key(language)});
    return q ? Status() : Status::failure(q.kind(), q.error());
}

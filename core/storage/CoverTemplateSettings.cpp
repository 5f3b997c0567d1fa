#include "CoverTemplateSettings.h"

#include "Database.h"
#include "SettingsRepository.h"

QString CoverTemplateSettings::key(const QString& language, Letter letter)
{
    switch (letter) {
    case Letter::CommissaireCover:
        break;
    case Letter::PlanAgreement:
        return QStringLiteral("recovery.plan_template.") + language;
    case Letter::OwnerStatementSubject:
        return QStringLiteral("reports.owner_email_subject.") + language;
    case Letter::OwnerStatementEmail:
        return QStringLiteral("reports.owner_email.") + language;
    }
    return QStringLiteral("recovery.cover_template.") + language;
}

Result<QString> CoverTemplateSettings::text(const Database& db, const QString& language,
                                            Letter letter)
{
    return db.setting(key(language, letter));
}

Status CoverTemplateSettings::setIn(QSqlDatabase& conn, const QString& language,
                                    const QString& text, Letter letter)
{
    return SettingsRepository::setIn(conn, key(language, letter), text);
}

Status CoverTemplateSettings::removeIn(QSqlDatabase& conn, const QString& language, Letter letter)
{
    auto q = Database::exec(conn, QStringLiteral("DELETE FROM settings WHERE key = ?"),
                            {key(language, letter)});
    return q ? Status() : Status::failure(q.kind(), q.error());
}

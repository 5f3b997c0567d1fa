#include "DefaultTemplates.h"

#include "storage/Database.h"
#include "storage/TemplateRepository.h"

#include <QFile>

namespace {

QString resource(const QString& path)
{
    QFile f(QStringLiteral(":/templates/") + path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace

Result<LetterTemplate> DefaultTemplates::text(int position, const QString& language)
{
    if (position < 1 || position > 4 ||
        (language != QLatin1String("fr") && language != QLatin1String("en")))
        return Result<LetterTemplate>::failure(
            tr("There is no default text for level %1 in « %2 ».").arg(position).arg(language));
    const QString base = language + QStringLiteral("/level") + QString::number(position);
    LetterTemplate t;
    t.language = language;
    t.name = language == QLatin1String("en") ? QStringLiteral("Standard")
                                             : QStringLiteral("Modèle standard");
    t.isDefault = true;
    t.body = resource(base + QStringLiteral(".html"));
    t.emailSubject = resource(base + QStringLiteral(".subject.txt")).trimmed();
    t.emailBody = resource(base + QStringLiteral(".email.txt"));
    if (t.body.isEmpty())
        return Result<LetterTemplate>::failure(
            tr("The default letter texts are missing from this build of Relance: reinstall it."));
    return t;
}

Result<QString> DefaultTemplates::commissaireCover(const QString& language)
{
    if (language != QLatin1String("fr") && language != QLatin1String("en"))
        return Result<QString>::failure(
            tr("There is no default cover letter in « %1 ».").arg(language));
    const QString body = resource(language + QStringLiteral("/commissaire.html"));
    if (body.isEmpty())
        return Result<QString>::failure(
            tr("The default letter texts are missing from this build of Relance: reinstall it."));
    return body;
}

Result<QString> DefaultTemplates::planAgreement(const QString& language)
{
    if (language != QLatin1String("fr") && language != QLatin1String("en"))
        return Result<QString>::failure(
            tr("There is no default payment plan agreement in « %1 ».").arg(language));
    const QString body = resource(language + QStringLiteral("/plan-agreement.html"));
    if (body.isEmpty())
        return Result<QString>::failure(
            tr("The default letter texts are missing from this build of Relance: reinstall it."));
    return body;
}

Status DefaultTemplates::install(const Database& db)
{
    auto levels = TemplateRepository(db).globalLevelsWithoutTemplates();
    if (!levels)
        return Status::failure(levels.error());
    if (levels->isEmpty())
        return {};
    return db.write([&](QSqlDatabase& conn) -> Status {
        for (const auto& [levelId, position] : *levels) {
            if (position < 1 || position > 4)
                continue;
            for (const QString& language : {QStringLiteral("fr"), QStringLiteral("en")}) {
                auto t = text(position, language);
                if (!t)
                    return Status::failure(t.error());
                t->levelId = levelId;
                auto id = TemplateRepository::saveIn(conn, *t);
                if (!id)
                    return Status::failure(id.error());
            }
        }
        return {};
    });
}

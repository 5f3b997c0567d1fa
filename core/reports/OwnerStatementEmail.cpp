#include "OwnerStatementEmail.h"

#include "letters/LetterFormat.h"
#include "letters/TemplateEngine.h"
#include "storage/CoverTemplateSettings.h"
#include "storage/Database.h"

#include <QFile>
#include <QRegularExpression>

namespace {

using CoverTemplateSettings::Letter;

bool supported(const QString& language)
{
    return language == QLatin1String("fr") || language == QLatin1String("en");
}

QString resource(const QString& path)
{
    QFile f(QStringLiteral(":/templates/") + path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace

QStringList OwnerStatementEmail::fields()
{
    return {QStringLiteral("owner.name"),      QStringLiteral("owner.ref"),
            QStringLiteral("statement.as_of"), QStringLiteral("statement.tenants"),
            QStringLiteral("statement.total"), QStringLiteral("agency.name")};
}

Result<OwnerStatementEmail::Text> OwnerStatementEmail::defaultText(const QString& language)
{
    using R = Result<Text>;
    if (!supported(language))
        return R::failure(
            ErrorKind::BadInput,
            tr("The language « %1 » is not supported: choose fr or en.").arg(language));
    Text t;
    t.subject = resource(language + QStringLiteral("/owner-statement-email.subject.txt")).trimmed();
    t.body = resource(language + QStringLiteral("/owner-statement-email.txt"));
    if (t.subject.isEmpty() || t.body.isEmpty())
        return R::failure(
            tr("The default letter texts are missing from this build of Relance: reinstall it."));
    return t;
}

Result<OwnerStatementEmail::Text> OwnerStatementEmail::text(const Database& db,
                                                            const QString& language)
{
    using R = Result<Text>;
    auto text = defaultText(language);
    if (!text)
        return text;
    auto subject = CoverTemplateSettings::text(db, language, Letter::OwnerStatementSubject);
    if (!subject)
        return R::failure(subject.kind(), subject.error());
    auto body = CoverTemplateSettings::text(db, language, Letter::OwnerStatementEmail);
    if (!body)
        return R::failure(body.kind(), body.error());
    if (!subject->trimmed().isEmpty())
        text->subject = *subject;
    if (!body->trimmed().isEmpty())
        text->body = *body;
    return text;
}

Status OwnerStatementEmail::save(const Database& db, const QString& language, const Text& text)
{
    if (!supported(language))
        return Status::failure(
            ErrorKind::BadInput,
            tr("The language « %1 » is not supported: choose fr or en.").arg(language));
    if (text.subject.trimmed().isEmpty() || text.body.trimmed().isEmpty())
        return Status::failure(ErrorKind::BadInput,
                               tr("The landlords' e-mail needs a subject and a text: write "
                                  "them, or restore the default text."));
    if (text.body.toUtf8().size() > TemplateEngine::maxTextBytes)
        return Status::failure(ErrorKind::BadInput,
                               tr("The landlords' e-mail is longer than %1 KB: shorten it.")
                                   .arg(TemplateEngine::maxTextBytes / 1024));
    // Only the statement's fields: any other tag (a section, a reminder's
    // field) would print empty in every e-mail.
    static const QRegularExpression tag(QStringLiteral("\\{\\{\\s*([^}]*?)\\s*\\}\\}"));
    const QStringList known = fields();
    for (const QString& part : {text.subject, text.body}) {
        if (part.count(QStringLiteral("{{")) != part.count(QStringLiteral("}}")))
            return Status::failure(ErrorKind::BadInput,
                                   tr("The landlords' e-mail has an unfinished field: each "
                                      "« {{ » needs its « }} »."));
        for (auto it = tag.globalMatch(part); it.hasNext();) {
            const QString name = it.next().captured(1);
            if (!known.contains(name))
                return Status::failure(ErrorKind::BadInput,
                                       tr("The landlords' e-mail uses the field « %1 », which "
                                          "does not exist. Use: %2.")
                                           .arg(name, known.join(QStringLiteral(", "))));
        }
    }
    return db.write([&](QSqlDatabase& conn) -> Status {
        if (Status s = CoverTemplateSettings::setIn(conn, language, text.subject.simplified(),
                                                    Letter::OwnerStatementSubject);
            !s)
            return s;
        if (Status s = CoverTemplateSettings::setIn(conn, language, text.body,
                                                    Letter::OwnerStatementEmail);
            !s)
            return s;
        return Database::audit(conn, QStringLiteral("settings.owner_email"),
                               QStringLiteral("settings"),
                               CoverTemplateSettings::key(language, Letter::OwnerStatementEmail),
                               QStringLiteral("saved"));
    });
}

Status OwnerStatementEmail::restoreDefault(const Database& db, const QString& language)
{
    return db.write([&](QSqlDatabase& conn) -> Status {
        if (Status s =
                CoverTemplateSettings::removeIn(conn, language, Letter::OwnerStatementSubject);
            !s)
            return s;
        if (Status s = CoverTemplateSettings::removeIn(conn, language, Letter::OwnerStatementEmail);
            !s)
            return s;
        return Database::audit(conn, QStringLiteral("settings.owner_email"),
                               QStringLiteral("settings"),
                               CoverTemplateSettings::key(language, Letter::OwnerStatementEmail),
                               QStringLiteral("restored"));
    });
}

OwnerStatementEmail::Text OwnerStatementEmail::compose(const Text& text, const OwnerStatements& all,
                                                       const OwnerStatement& s)
{
    MergeData data;
    data.values.insert(QStringLiteral("owner.name"), s.owner.name);
    data.values.insert(QStringLiteral("owner.ref"), s.owner.ref);
    data.values.insert(QStringLiteral("statement.as_of"),
                       LetterFormat::longDate(s.asOf, all.language));
    data.values.insert(QStringLiteral("statement.tenants"), QString::number(s.tenants.size()));
    data.values.insert(QStringLiteral("statement.total"),
                       LetterFormat::money(s.total, all.language));
    data.values.insert(QStringLiteral("agency.name"), all.agency.name);
    return {TemplateEngine::render(text.subject, data, TemplateEngine::Part::EmailSubject),
            TemplateEngine::render(text.body, data, TemplateEngine::Part::EmailBody)};
}

#include "CommissaireCoverLetter.h"

#include "letters/DefaultTemplates.h"
#include "letters/LetterComposer.h"
#include "letters/LetterFormat.h"
#include "letters/TemplateEngine.h"
#include "storage/CoverTemplateSettings.h"
#include "storage/Database.h"

namespace {

bool supported(const QString& language)
{
    return language == QLatin1String("fr") || language == QLatin1String("en");
}

} // namespace

Result<QString> CommissaireCoverLetter::text(const Database& db, const QString& language)
{
    auto stored = CoverTemplateSettings::text(db, language);
    if (!stored)
        return stored;
    if (!stored->trimmed().isEmpty())
        return stored;
    return DefaultTemplates::commissaireCover(language);
}

Result<bool> CommissaireCoverLetter::isCustom(const Database& db, const QString& language)
{
    auto stored = CoverTemplateSettings::text(db, language);
    if (!stored)
        return Result<bool>::failure(stored.kind(), stored.error());
    return !stored->trimmed().isEmpty();
}

Status CommissaireCoverLetter::save(const Database& db, const QString& language,
                                    const QString& text)
{
    if (!supported(language))
        return Status::failure(
            ErrorKind::BadInput,
            tr("The language « %1 » is not supported: choose fr or en.").arg(language));
    if (text.trimmed().isEmpty())
        return Status::failure(ErrorKind::BadInput,
                               tr("The cover letter is empty: write it, or restore the default "
                                  "text."));
    if (text.toUtf8().size() > TemplateEngine::maxTextBytes)
        return Status::failure(ErrorKind::BadInput,
                               tr("The cover letter is longer than %1 KB: shorten it.")
                                   .arg(TemplateEngine::maxTextBytes / 1024));
    if (auto error = TemplateEngine::check(text, TemplateEngine::Part::LetterBody))
        return Status::failure(ErrorKind::BadInput,
                               tr("The cover letter cannot be saved (line %1, column %2): %3")
                                   .arg(error->line)
                                   .arg(error->column)
                                   .arg(error->message));
    return db.write([&](QSqlDatabase& conn) -> Status {
        if (Status s = CoverTemplateSettings::setIn(conn, language, text); !s)
            return s;
        return Database::audit(conn, QStringLiteral("settings.cover_template"),
                               QStringLiteral("settings"), CoverTemplateSettings::key(language),
                               QStringLiteral("saved"));
    });
}

Status CommissaireCoverLetter::restoreDefault(const Database& db, const QString& language)
{
    return db.write([&](QSqlDatabase& conn) -> Status {
        if (Status s = CoverTemplateSettings::removeIn(conn, language); !s)
            return s;
        return Database::audit(conn, QStringLiteral("settings.cover_template"),
                               QStringLiteral("settings"), CoverTemplateSettings::key(language),
                               QStringLiteral("default restored"));
    });
}

LetterContent CommissaireCoverLetter::compose(const AgencyIdentity& agency, const Account& account,
                                              const AccountPosition& position, QDate asOf,
                                              const QString& language, const QString& text)
{
    // The letters' composer gives every merge field its value; the dossier
    // is a « reminder » dated D with the account's position as of D.
    LetterFacts facts;
    facts.agency = agency;
    facts.account = account;
    facts.account.language = language;
    facts.reminder.date = asOf;
    facts.reminder.overdue = position.overdue;
    facts.reminder.balance = position.balance;
    facts.reminder.oldestDueDate = position.oldestDueDate;
    facts.reminder.accountId = account.id;
    for (const PositionItem& item : position.items)
        facts.items << UnpaidItem{item.label, item.dueDate, item.amount, item.remaining};
    const MergeData data = LetterComposer::mergeData(facts);

    const bool en = language == QLatin1String("en");
    LetterContent c;
    c.agency = agency;
    c.language = en ? QStringLiteral("en") : QStringLiteral("fr");
    c.reference = account.ref;
    // The agency writes to the commissaire it works with; the name is added
    // by hand or in the agency's own text.
    c.addressLines = {
        en ? QStringLiteral("For the attention of the") : QStringLiteral("À l'attention du"),
        en ? QStringLiteral("commissaire de justice") : QStringLiteral("commissaire de justice")};
    c.placeAndDate = LetterFormat::placeAndDate(agency.city, asOf, c.language);
    c.subject = en ? QStringLiteral("Unpaid rent – %1 (account %2) – request for a commandement "
                                    "de payer")
                         .arg(account.name, account.ref)
                   : QStringLiteral("Loyers impayés – %1 (compte %2) – demande de commandement "
                                    "de payer")
                         .arg(account.name, account.ref);
    TemplateEngine::place(TemplateEngine::renderBody(text, data), c);
    c.items = facts.items;
    c.total = position.overdue;
    c.title = c.subject;
    return c;
}

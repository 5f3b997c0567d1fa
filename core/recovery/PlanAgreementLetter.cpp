#include "PlanAgreementLetter.h"

#include "PaymentPlans.h"
#include "RecoverySettings.h"
#include "ledger/PostalAddress.h"
#include "letters/DefaultTemplates.h"
#include "letters/LetterComposer.h"
#include "letters/LetterFormat.h"
#include "letters/PlanLetterFields.h"
#include "letters/TemplateEngine.h"
#include "storage/AccountRepository.h"
#include "storage/AgencyRepository.h"
#include "storage/CoverTemplateSettings.h"
#include "storage/Database.h"
#include "storage/DebtorLedger.h"
#include "storage/PaymentPlanRepository.h"
#include "storage/PositionLoader.h"
#include "storage/RecoverySettingsRepository.h"

#include <QLocale>

namespace {

using CoverTemplateSettings::Letter;

bool supported(const QString& language)
{
    return language == QLatin1String("fr") || language == QLatin1String("en");
}

} // namespace

Result<QString> PlanAgreementLetter::text(const Database& db, const QString& language)
{
    auto stored = CoverTemplateSettings::text(db, language, Letter::PlanAgreement);
    if (!stored)
        return stored;
    if (!stored->trimmed().isEmpty())
        return stored;
    return DefaultTemplates::planAgreement(language);
}

Result<bool> PlanAgreementLetter::isCustom(const Database& db, const QString& language)
{
    auto stored = CoverTemplateSettings::text(db, language, Letter::PlanAgreement);
    if (!stored)
        return Result<bool>::failure(stored.kind(), stored.error());
    return !stored->trimmed().isEmpty();
}

Status PlanAgreementLetter::save(const Database& db, const QString& language, const QString& text)
{
    if (!supported(language))
        return Status::failure(
            ErrorKind::BadInput,
            tr("The language « %1 » is not supported: choose fr or en.").arg(language));
    if (text.trimmed().isEmpty())
        return Status::failure(ErrorKind::BadInput,
                               tr("The payment plan agreement is empty: write it, or restore the "
                                  "default text."));
    if (text.toUtf8().size() > TemplateEngine::maxTextBytes)
        return Status::failure(ErrorKind::BadInput,
                               tr("The payment plan agreement is longer than %1 KB: shorten it.")
                                   .arg(TemplateEngine::maxTextBytes / 1024));
    if (auto error = TemplateEngine::check(text, TemplateEngine::Part::LetterBody))
        return Status::failure(
            ErrorKind::BadInput,
            tr("The payment plan agreement cannot be saved (line %1, column %2): %3")
                .arg(error->line)
                .arg(error->column)
                .arg(error->message));
    const QString key = CoverTemplateSettings::key(language, Letter::PlanAgreement);
    return db.write([&](QSqlDatabase& conn) -> Status {
        if (Status s = CoverTemplateSettings::setIn(conn, language, text, Letter::PlanAgreement);
            !s)
            return s;
        return Database::audit(conn, QStringLiteral("settings.plan_template"),
                               QStringLiteral("settings"), key, QStringLiteral("saved"));
    });
}

Status PlanAgreementLetter::restoreDefault(const Database& db, const QString& language)
{
    const QString key = CoverTemplateSettings::key(language, Letter::PlanAgreement);
    return db.write([&](QSqlDatabase& conn) -> Status {
        if (Status s = CoverTemplateSettings::removeIn(conn, language, Letter::PlanAgreement); !s)
            return s;
        return Database::audit(conn, QStringLiteral("settings.plan_template"),
                               QStringLiteral("settings"), key, QStringLiteral("default restored"));
    });
}

LetterContent PlanAgreementLetter::compose(const AgencyIdentity& agency, const Account& account,
                                           const PaymentPlan& plan, const PlanStatus& status,
                                           QDate date, const QString& language, const QString& text)
{
    return compose(agency, account, plan, status, date, language, text,
                   RecoverySettings{}.graceDays);
}

LetterContent PlanAgreementLetter::compose(const AgencyIdentity& agency, const Account& account,
                                           const PaymentPlan& plan, const PlanStatus& status,
                                           QDate date, const QString& language, const QString& text,
                                           int graceDays)
{
    const bool en = language == QLatin1String("en");
    // The letters' composer gives every merge field its value; the letter
    // is a « reminder » dated `date` that carries the plan.
    LetterFacts facts;
    facts.agency = agency;
    facts.account = account;
    facts.account.language = en ? QStringLiteral("en") : QStringLiteral("fr");
    facts.reminder.date = date;
    facts.reminder.overdue = status.overdue;
    facts.reminder.accountId = account.id;
    facts.plan = LetterPlan{plan, status, graceDays};
    MergeData data = LetterComposer::mergeData(facts);
    // What only a reminder knows (its level, deadline, the balance) has no
    // value here rather than a false one.
    for (const char* name : {"reminder.level", "reminder.level_name", "reminder.balance",
                             "reminder.deadline", "reminder.deadline_days", "reminder.days_late"})
        data.values.insert(QString::fromLatin1(name), QString());

    LetterContent c;
    c.agency = agency;
    c.language = facts.account.language;
    c.reference = account.ref;
    c.addressLines = PostalAddress::block(account);
    c.placeAndDate = LetterFormat::placeAndDate(agency.city, date, c.language);
    c.subject = en ? QStringLiteral("Payment plan for rent arrears – acknowledgement of debt "
                                    "(account %1)")
                         .arg(account.ref)
                   : QStringLiteral("Plan d'apurement de la dette locative – reconnaissance de "
                                    "dette (compte %1)")
                         .arg(account.ref);
    TemplateEngine::place(TemplateEngine::renderBody(text, data), c);
    c.total = status.overdue;
    c.schedule = PlanLetterFields::schedule(plan, c.language);
    c.scheduleTotal = plan.debt;
    // Two copies, each signed by both sides.
    c.counterSignature =
        en ? QStringLiteral("The tenant, %1\nDate and signature, preceded by the handwritten "
                            "words \"Read and approved, agreed\"")
                 .arg(account.name)
           : QStringLiteral("Le locataire, %1\nDate et signature, précédées de la mention "
                            "manuscrite « Lu et approuvé, bon pour accord »")
                 .arg(account.name);
    c.signatureLabel = en ? QStringLiteral("For the landlord, its agent")
                          : QStringLiteral("Pour le bailleur, son mandataire");
    c.title = c.subject;
    return c;
}

Result<LetterContent> PlanAgreementLetter::forAccount(const Database& db, const QString& ref,
                                                      QDate date)
{
    using R = Result<LetterContent>;
    auto account = AccountRepository(db).byRef(ref);
    if (!account)
        return R::failure(account.kind(), account.error());
    auto agency = AgencyRepository(db).load();
    if (!agency)
        return R::failure(agency.kind(), agency.error());
    auto settings = RecoverySettingsRepository::load(db);
    if (!settings)
        return R::failure(settings.kind(), settings.error());
    auto plans = PaymentPlanRepository(db).forAccount(account->id);
    if (!plans)
        return R::failure(plans.kind(), plans.error());
    DebtorLedger ledger;
    auto debtor = PositionLoader(db).account(account->id, date, &ledger);
    if (!debtor)
        return R::failure(debtor.kind(), debtor.error());
    auto found = PaymentPlans::current(*plans, ledger.entries, date, settings->graceDays);
    if (!found)
        return R::failure(ErrorKind::NotFound,
                          tr("%1 had no payment plan on %2: create one first.")
                              .arg(ref, QLocale().toString(date, QLocale::ShortFormat)));
    const QString language =
        account->language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("fr");
    auto body = text(db, language);
    if (!body)
        return R::failure(body.kind(), body.error());
    return compose(*agency, *account, found->first, found->second, date, language, *body,
                   settings->graceDays);
}

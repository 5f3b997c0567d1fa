#include "LetterPreview.h"

#include "LetterComposer.h"
#include "reminders/Plan.h"
#include "reminders/ReminderDraft.h"
#include "reminders/RunOptions.h"
#include "storage/AgencyRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/TemplateRepository.h"

LetterPreview::LetterPreview(const Database& db)
    : m_db(db)
{}

Status LetterPreview::load()
{
    auto agency = AgencyRepository(m_db).load();
    if (!agency)
        return Status::failure(agency.error());
    m_agency = *agency;
    auto window = SettingsRepository::envelopeWindow(m_db);
    if (!window)
        return Status::failure(window.kind(), window.error());
    m_window = *window;
    auto plans = LetterPlans::load(m_db);
    if (!plans)
        return Status::failure(plans.kind(), plans.error());
    m_plans = std::move(*plans);
    return {};
}

Result<LetterTemplate> LetterPreview::templateFor(qint64 levelId, const QString& language,
                                                  const QString& templateName)
{
    const QString key = QString::number(levelId) + u'/' + language + u'/' + templateName;
    if (auto it = m_templates.find(key); it != m_templates.end())
        return it->second;
    const TemplateRepository templates(m_db);
    auto found = templateName.isEmpty() ? templates.defaultFor(levelId, language)
                                        : templates.byName(levelId, templateName, language);
    if (!found)
        return found;
    m_templates.emplace(key, *found);
    return found;
}

namespace {
// What the run would record for this reminder, as of `asOf`.
ReminderRecord draftOf(const PlannedReminder& planned, QDate asOf)
{
    RunOptions options;
    options.asOf = asOf;
    return ReminderDraft::record(planned, options);
}

ReminderLetter tenantLetterOf(const PlannedReminder& planned)
{
    ReminderLetter tenant;
    tenant.addressee = planned.account.name;
    return tenant;
}
} // namespace

Result<LetterFacts> LetterPreview::factsOf(const PlannedReminder& planned, QDate asOf,
                                           const ReminderLetter& letter) const
{
    const ReminderRecord record = draftOf(planned, asOf);
    LetterFacts facts = LetterComposer::facts(m_agency, record, letter, planned.account);
    auto plan = m_plans.of(m_db, planned.accountId, record.date);
    if (!plan)
        return Result<LetterFacts>::failure(plan.kind(), plan.error());
    facts.plan = *plan;
    return facts;
}

Result<QList<LetterContent>> LetterPreview::letters(const PlannedReminder& planned, QDate asOf,
                                                    const QString& templateName)
{
    using R = Result<QList<LetterContent>>;
    QList<ReminderLetter> letters = ReminderDraft::letters(planned);
    if (letters.isEmpty())
        letters << tenantLetterOf(planned);
    QList<LetterContent> out;
    for (const ReminderLetter& letter : std::as_const(letters)) {
        auto found = factsOf(planned, asOf, letter);
        if (!found)
            return R::failure(found.kind(), found.error());
        const LetterFacts& facts = *found;
        auto t =
            templateFor(planned.levelSettings.id, LetterComposer::language(facts), templateName);
        if (!t)
            return R::failure(tr("%1: %2").arg(planned.ref, t.error()));
        out << LetterComposer::compose(facts, *t);
    }
    return out;
}

Result<LetterPreview::Email> LetterPreview::tenantEmail(const PlannedReminder& planned, QDate asOf,
                                                        const QString& templateName)
{
    const LetterFacts facts = LetterComposer::facts(m_agency, draftOf(planned, asOf),
                                                    tenantLetterOf(planned), planned.account);
    auto t = templateFor(planned.levelSettings.id, LetterComposer::language(facts), templateName);
    if (!t)
        return Result<Email>::failure(tr("%1: %2").arg(planned.ref, t.error()));
    return tenantEmail(planned, asOf, *t);
}

Result<LetterPreview::Email> LetterPreview::tenantEmail(const PlannedReminder& planned, QDate asOf,
                                                        const LetterTemplate& letterTemplate) const
{
    auto found = factsOf(planned, asOf, tenantLetterOf(planned));
    if (!found)
        return Result<Email>::failure(found.kind(), found.error());
    const LetterFacts& facts = *found;
    Email email;
    email.subject = LetterComposer::emailSubject(facts, letterTemplate);
    email.body = LetterComposer::emailBody(facts, letterTemplate);
    email.letter = LetterComposer::compose(facts, letterTemplate);
    email.fileName = LetterComposer::fileName(facts);
    return email;
}

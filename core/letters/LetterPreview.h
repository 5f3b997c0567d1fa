#pragma once

#include "AgencyIdentity.h"
#include "EnvelopeWindow.h"
#include "LetterComposer.h"
#include "LetterContent.h"
#include "LetterPlans.h"
#include "LetterTemplate.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <map>

class Database;
struct PlannedReminder;

// The letters a planned reminder would produce, drawn before anything is
// recorded (the Debtors screen's preview, a test letter to the agency). It
// drafts the reminder as the run would record it (ReminderDraft) and merges
// it with the same composer, so the preview is what will print.
class LetterPreview
{
    Q_DECLARE_TR_FUNCTIONS(LetterPreview)

public:
    explicit LetterPreview(const Database& db);

    // Reads the agency and the envelope window once.
    Status load();

    // Every letter of the reminder (tenant, then guarantors) merged with the
    // level's default template in the addressee's language, or the level's
    // template called `templateName`. A level that only e-mails gives the
    // letter its e-mail attaches.
    Result<QList<LetterContent>> letters(const PlannedReminder& planned, QDate asOf,
                                         const QString& templateName = {});

    // The e-mail the tenant would receive with that letter.
    struct Email
    {
        QString subject;
        QString body;
        LetterContent letter;
        QString fileName;
    };
    Result<Email> tenantEmail(const PlannedReminder& planned, QDate asOf,
                              const QString& templateName = {});
    // The same with a template given whole (e.g. one being edited).
    Result<Email> tenantEmail(const PlannedReminder& planned, QDate asOf,
                              const LetterTemplate& letterTemplate) const;

    const EnvelopeWindow& window() const { return m_window; }
    const AgencyIdentity& agency() const { return m_agency; }

private:
    Result<LetterTemplate> templateFor(qint64 levelId, const QString& language,
                                       const QString& templateName);
    // The letter's facts with the account's payment plan as of asOf.
    Result<LetterFacts> factsOf(const PlannedReminder& planned, QDate asOf,
                                const ReminderLetter& letter) const;

    const Database& m_db;
    AgencyIdentity m_agency;
    EnvelopeWindow m_window;
    LetterPlans m_plans;
    std::map<QString, LetterTemplate> m_templates;
};

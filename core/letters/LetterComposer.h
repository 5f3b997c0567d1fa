#pragma once

#include "AgencyIdentity.h"
#include "LetterContent.h"
#include "LetterTemplate.h"
#include "MergeData.h"
#include "PlanLetterFields.h"
#include "UnpaidItem.h"
#include "ledger/Account.h"
#include "reminders/ReminderLetter.h"
#include "reminders/ReminderRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// Everything one letter says, before merging: who writes, about which
// account, to whom (the tenant, or one guarantor), and the reminder's
// snapshot (amounts, items, dates) as the run recorded it.
struct LetterFacts
{
    AgencyIdentity agency;
    Account account;
    std::optional<Guarantor> guarantor; // set: the letter is addressed to this guarantor
    ReminderRecord reminder;
    QList<UnpaidItem> items;
    // Postal lines recorded with the letter, used when the account's own
    // address is empty (e.g. the account was removed).
    QStringList recordedAddress;
    // The account's payment plan as of the reminder's date, when it has one
    // (the plan.* fields and {{plan.schedule_table}}; empty without).
    std::optional<LetterPlan> plan;
};

// Turns facts and a template into what the renderer draws and what the
// e-mail says. The fields are those of the MergeFields catalogue.
class LetterComposer
{
    Q_DECLARE_TR_FUNCTIONS(LetterComposer)

public:
    // The facts of one recorded (or drafted) letter: the reminder's snapshot,
    // addressed as `letter` says; `account` may be empty once removed.
    static LetterFacts facts(const AgencyIdentity& agency, const ReminderRecord& reminder,
                             const ReminderLetter& letter, const Account& account);
    // The letter's language: the account's, "fr" unless it is "en".
    static QString language(const LetterFacts& facts);
    static MergeData mergeData(const LetterFacts& facts);
    static LetterContent compose(const LetterFacts& facts, const LetterTemplate& letterTemplate);
    // The e-mail's subject and plain-text body.
    static QString emailSubject(const LetterFacts& facts, const LetterTemplate& letterTemplate);
    static QString emailBody(const LetterFacts& facts, const LetterTemplate& letterTemplate);
    // The items of a reminder's snapshot (ReminderRecord::itemsJson).
    static QList<UnpaidItem> parseItems(const QString& json);
    // A file name that is plain ASCII whatever the ref holds:
    // relance-LOC0042-n1-2026-11-23.pdf (with -g2 for the second guarantor…).
    static QString fileName(const LetterFacts& facts, int guarantorIndex = 0);
};

#pragma once

#include "PaymentPlan.h"
#include "ledger/Account.h"
#include "letters/AgencyIdentity.h"
#include "letters/LetterContent.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class Database;

// The agreement letter of a payment plan (recovery-path.md « Payment
// plans »): the schedule as a table, to be signed in two copies by the
// tenant and the agency. An HTML body with the letters' merge fields and the
// plan's (plan.*, plan.schedule_table), the default one from
// resources/templates/<lang>/plan-agreement.html unless the agency saved its
// own. What may be saved is checked here, like the commissaire's cover
// letter, so a saved text always prints.
class PlanAgreementLetter
{
    Q_DECLARE_TR_FUNCTIONS(PlanAgreementLetter)

public:
    // The text in use: the agency's, or the default.
    static Result<QString> text(const Database& db, const QString& language);
    // Whether the agency changed it (the editor offers to restore it).
    static Result<bool> isCustom(const Database& db, const QString& language);
    // Checks then stores the agency's text; the stored one is unchanged
    // when it is refused.
    static Status save(const Database& db, const QString& language, const QString& text);
    // The default text again.
    static Status restoreDefault(const Database& db, const QString& language);

    // The letter to draw: addressed to the tenant, dated `date`, with the
    // plan's schedule in the table (due date, instalment, amount, what is
    // still owed after it; the total is the debt) and two signature blocks.
    static LetterContent compose(const AgencyIdentity& agency, const Account& account,
                                 const PaymentPlan& plan, const PlanStatus& status, QDate date,
                                 const QString& language, const QString& text);
    // The same with the agency's grace days (plan.grace_days, the delay
    // the letter gives before the plan breaks); the call above assumes the
    // default setting.
    static LetterContent compose(const AgencyIdentity& agency, const Account& account,
                                 const PaymentPlan& plan, const PlanStatus& status, QDate date,
                                 const QString& language, const QString& text, int graceDays);

    // Everything in one call for the GUI and the CLI: loads the agency, the
    // account, its plan as of `date` and the text in the account's language
    // (NotFound when the account has no plan by then).
    static Result<LetterContent> forAccount(const Database& db, const QString& ref, QDate date);
};

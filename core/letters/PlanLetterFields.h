#pragma once

#include "MergeData.h"
#include "UnpaidItem.h"
#include "recovery/PaymentPlan.h"

#include <QDate>
#include <QList>
#include <QString>

// An account's payment plan as a letter sees it: the plan, where it stands
// on the letter's date, and the grace days that would break it.
struct LetterPlan
{
    PaymentPlan plan;
    PlanStatus status;
    int graceDays = 15;
};

// The plan.* merge fields and the rows of {{plan.schedule_table}}, in the
// letter's language (its fixed words are part of the letter, like the
// template's text, whatever the language of whoever prints it).
namespace PlanLetterFields {
// Fills every plan.* value; one that does not apply (plan.broken_on of a plan
// that holds, plan.next_due of one that ended) stays empty.
void insert(MergeData& data, const LetterPlan& plan, QDate letterDate, const QString& language);
// One row per instalment: due date, « Mensualité i/N », amount, and in
// `remaining` what is still owed once it is paid (0 after the last).
QList<UnpaidItem> schedule(const PaymentPlan& plan, const QString& language);
// The plan's state in one word: « respecté », « en retard », « rompu », « soldé ».
QString stateWord(PlanState state, const QString& language);
} // namespace PlanLetterFields

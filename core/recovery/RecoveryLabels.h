#pragma once

#include "CaseEvent.h"
#include "Deadline.h"
#include "PaymentPlan.h"

#include <QString>

// What agency staff read for the recovery path's words, in their language:
// the deadlines, their status, the events of the case file. One place for
// the Échéances screen, the account form, the digest and the dossier.
namespace RecoveryLabels {
// « Signalement à la CAF », « Déclaration Visale »…
QString deadline(DeadlineKind kind);
// One sentence saying what is to be done and why (the tooltip names the
// article or contract through the deadline's source).
QString deadlineHelp(DeadlineKind kind);
QString status(DeadlineStatus status);
// « Signalé à la CAF », « Commandement de payer signifié »…
QString event(CaseEventKind kind);
// The CCAPEX flag and the prescription warning.
QString ccapex();
QString ccapexHelp();
QString prescriptionNear();
// A payment plan's state with its date, lower case to sit in a sentence:
// « respecté », « en retard depuis le 11/03/2026 », « rompu le 26/03/2026 »,
// « soldé ».
QString planState(const PlanStatus& status);
} // namespace RecoveryLabels

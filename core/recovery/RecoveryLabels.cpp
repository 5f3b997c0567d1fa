#include "RecoveryLabels.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RecoveryLabels", text);
}

} // namespace

QString RecoveryLabels::deadline(DeadlineKind kind)
{
    switch (kind) {
    case DeadlineKind::CafReport:
        return tr("Report arrears to the CAF");
    case DeadlineKind::CafPlan:
        return tr("Send the CAF a payment plan");
    case DeadlineKind::VisaleNotice:
        return tr("Formal notice (Visale)");
    case DeadlineKind::VisaleClaim:
        return tr("Declare to Visale");
    case DeadlineKind::GliNotice:
        return tr("Formal notice (GLI)");
    case DeadlineKind::GliClaim:
        return tr("Declare to the GLI insurer");
    case DeadlineKind::GuarantorInfo:
        return tr("Inform the guarantor");
    case DeadlineKind::GuarantorService:
        return tr("Serve the commandement on the guarantor");
    }
    return {};
}

QString RecoveryLabels::deadlineHelp(DeadlineKind kind)
{
    switch (kind) {
    case DeadlineKind::CafReport:
        return tr("The housing aid is paid to the landlord: the arrears must be reported to the "
                  "paying body within two months of reaching twice the net monthly amount, or "
                  "the aid already paid can be claimed back.");
    case DeadlineKind::CafPlan:
        return tr("After the report, the paying body expects a payment plan within six months.");
    case DeadlineKind::VisaleNotice:
        return tr("Visale asks for a formal notice (registered letter) to the tenant within 15 "
                  "days of the unpaid rent.");
    case DeadlineKind::VisaleClaim:
        return tr("The unpaid rent must be declared to Visale within 30 days, or the cover is "
                  "lost.");
    case DeadlineKind::GliNotice:
        return tr("The rent-guarantee contract asks for a formal notice to the tenant within its "
                  "delay.");
    case DeadlineKind::GliClaim:
        return tr("The unpaid rent must be declared to the insurer within the contract's delay, "
                  "or the cover is lost.");
    case DeadlineKind::GuarantorInfo:
        return tr("The guarantor must be informed of the tenant's default within the month.");
    case DeadlineKind::GuarantorService:
        return tr("The commandement de payer must be served on the guarantor within 15 days, or "
                  "no penalties or interest can be claimed from them.");
    }
    return {};
}

QString RecoveryLabels::status(DeadlineStatus status)
{
    switch (status) {
    case DeadlineStatus::Open:
        return tr("Open");
    case DeadlineStatus::Late:
        return tr("Late");
    case DeadlineStatus::Done:
        return tr("Done");
    }
    return {};
}

QString RecoveryLabels::event(CaseEventKind kind)
{
    switch (kind) {
    case CaseEventKind::CafReported:
        return tr("Reported to the CAF");
    case CaseEventKind::CafPlanSent:
        return tr("Payment plan sent to the CAF");
    case CaseEventKind::VisaleDeclared:
        return tr("Declared to Visale");
    case CaseEventKind::GliDeclared:
        return tr("Declared to the GLI insurer");
    case CaseEventKind::FormalNoticeSent:
        return tr("Formal notice sent");
    case CaseEventKind::HandedToCommissaire:
        return tr("Handed to the commissaire de justice");
    case CaseEventKind::CommandementServed:
        return tr("Commandement de payer served");
    case CaseEventKind::CommandementServedGuarantor:
        return tr("Commandement served on the guarantor");
    case CaseEventKind::DebtAcknowledged:
        return tr("Debt acknowledged");
    case CaseEventKind::Note:
        return tr("Note");
    }
    return {};
}

QString RecoveryLabels::ccapex()
{
    return tr("CCAPEX");
}

QString RecoveryLabels::ccapexHelp()
{
    return tr("Two consecutive monthly rents fully unpaid, or arrears of at least twice the rent "
              "without charges: the commissaire de justice must report the commandement to the "
              "CCAPEX.");
}

QString RecoveryLabels::prescriptionNear()
{
    return tr("Prescription near");
}

QString RecoveryLabels::planState(const PlanStatus& status)
{
    const QLocale locale;
    switch (status.state) {
    case PlanState::Respected:
        return QCoreApplication::translate("RecoveryLabels", "respected", "payment plan");
    case PlanState::Late:
        return QCoreApplication::translate("RecoveryLabels", "late since %1", "payment plan")
            .arg(locale.toString(status.lateSince, QLocale::ShortFormat));
    case PlanState::Broken:
        return QCoreApplication::translate("RecoveryLabels", "broken on %1", "payment plan")
            .arg(locale.toString(status.brokenOn, QLocale::ShortFormat));
    case PlanState::Completed:
        return QCoreApplication::translate("RecoveryLabels", "paid off", "payment plan");
    }
    return {};
}

#include "Plan.h"

const PlannedReminder* Plan::reminderFor(const QString& ref) const
{
    for (const PlannedReminder& r : reminders)
        if (r.ref == ref)
            return &r;
    return nullptr;
}

const PlanSkip* Plan::skipFor(const QString& ref) const
{
    for (const PlanSkip& s : skipped)
        if (s.ref == ref)
            return &s;
    return nullptr;
}

const DebtorPaymentPlan* Plan::paymentPlanFor(qint64 accountId) const
{
    for (const DebtorPaymentPlan& p : paymentPlans)
        if (p.accountId == accountId)
            return &p;
    return nullptr;
}

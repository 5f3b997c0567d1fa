#include "LevelValidator.h"

QList<LevelValidator::Problem> LevelValidator::check(const Level& l) const
{
    QList<Problem> problems;
    const QString name = l.name.trimmed();
    if (name.isEmpty())
        problems.append({Field::Name, tr("Give the level a name, e.g. « Première relance ».")});
    else if (m_otherNames.contains(name, Qt::CaseInsensitive))
        problems.append(
            {Field::Name, tr("Another level of this program is already called “%1”: choose "
                             "another name.")
                              .arg(name)});
    if (l.delayDays < 0)
        problems.append({Field::DelayDays, tr("The delay cannot be negative.")});
    if (l.minGapDays && *l.minGapDays < 0)
        problems.append({Field::MinGapDays, tr("The minimum gap cannot be negative.")});
    if (l.threshold.isNegative())
        problems.append({Field::Threshold, tr("The threshold cannot be negative.")});
    if (!l.toTenant && !l.toGuarantor)
        problems.append(
            {Field::Recipients, tr("Choose who receives it: the tenant, the guarantors or both.")});
    if (!l.byLetter && !l.byEmail)
        problems.append({Field::Channels, tr("Choose how it is sent: letter, e-mail or both.")});
    if (l.paymentDeadlineDays < 0)
        problems.append({Field::PaymentDeadline, tr("The payment deadline cannot be negative.")});
    if (l.feeAmount.isNegative())
        problems.append({Field::FeeAmount, tr("The fee cannot be negative: use 0 for no fee.")});
    // A fee invoice is booked on both accounts: without them it could not be
    // posted, and the run would find out too late.
    if (l.feeAmount.isPositive() &&
        (l.feeSupplierAccount.trimmed().isEmpty() || l.feeExpenseAccount.trimmed().isEmpty()))
        problems.append(
            {Field::FeeAccounts, tr("A fee needs its supplier account and its expense account.")});
    if (l.automationOrder < 0)
        problems.append({Field::AutomationOrder, tr("The order cannot be negative.")});
    if (l.automationDay < minAutomationDay || l.automationDay > maxAutomationDay)
        problems.append({Field::AutomationDay,
                         tr("The day of month must be between %1 and %2 (a day beyond the "
                            "month's length means its last day).")
                             .arg(minAutomationDay)
                             .arg(maxAutomationDay)});
    const bool repeatSet = l.repeatEveryDays.has_value() || l.repeatMax.has_value();
    if (repeatSet) {
        if (!m_isLastLevel && l.hasRepeats())
            problems.append(
                {Field::Repeat, tr("Only the last level of a program can be repeated.")});
        else if (l.repeatEveryDays.value_or(0) < 1 || l.repeatMax.value_or(0) < 1)
            problems.append({Field::Repeat, tr("A repeat needs an interval of at least one day "
                                               "and at least one repeat.")});
    }
    return problems;
}

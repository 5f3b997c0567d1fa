#include "RecoverySettingsValidator.h"

#include "RecoverySettingsKeys.h"
#include "util/TextRules.h"

QList<RecoverySettingsValidator::Problem>
RecoverySettingsValidator::check(const RecoverySettings& settings)
{
    QList<Problem> problems;
    const QString name = settings.gli.name.trimmed();
    if (name.isEmpty())
        problems.append({Field::GliName, tr("Enter the name of the GLI contract: the GLI "
                                            "deadlines show it as their source.")});
    else if (name.size() > maxGliNameLength)
        problems.append({Field::GliName, tr("The name of the GLI contract is %1 characters "
                                            "long: shorten it to %2 at most.")
                                             .arg(name.size())
                                             .arg(maxGliNameLength)});
    else if (!TextRules::isSingleLine(name))
        problems.append({Field::GliName, tr("The name of the GLI contract must hold on one "
                                            "line: remove the line break.")});

    if (settings.gli.noticeDays < minGliDays || settings.gli.noticeDays > maxGliDays)
        problems.append(
            {Field::GliNoticeDays, tr("The GLI formal notice delay must be from %1 to %2 days (the "
                                      "contract says how many; 35 is usual).")
                                       .arg(minGliDays)
                                       .arg(maxGliDays)});
    if (settings.gli.claimDays < minGliDays || settings.gli.claimDays > maxGliDays)
        problems.append(
            {Field::GliClaimDays, tr("The GLI declaration delay must be from %1 to %2 days (the "
                                     "contract says how many; 45 is usual).")
                                      .arg(minGliDays)
                                      .arg(maxGliDays)});
    if (settings.graceDays < minGraceDays || settings.graceDays > maxGraceDays)
        problems.append({Field::GraceDays, tr("The grace days of payment plans must be from %1 "
                                              "to %2 days.")
                                               .arg(minGraceDays)
                                               .arg(maxGraceDays)});
    return problems;
}

RecoverySettingsValidator::Problem
RecoverySettingsValidator::unknownDeadlines(const QStringList& unknown)
{
    QStringList keys;
    for (DeadlineKind kind : RecoverySettingsKeys::deadlineKinds())
        keys << DeadlineKeys::toKey(kind);
    return {Field::Disabled,
            tr("The deadlines turned off name “%1”, which is no deadline: use "
               "%2, separated by commas.")
                .arg(unknown.join(QStringLiteral(", ")), keys.join(QStringLiteral(", ")))};
}

#include "RecoverySettingsKeys.h"

QList<DeadlineKind> RecoverySettingsKeys::deadlineKinds()
{
    return {DeadlineKind::CafReport,     DeadlineKind::CafPlan,         DeadlineKind::VisaleNotice,
            DeadlineKind::VisaleClaim,   DeadlineKind::GliNotice,       DeadlineKind::GliClaim,
            DeadlineKind::GuarantorInfo, DeadlineKind::GuarantorService};
}

std::optional<DeadlineKind> RecoverySettingsKeys::deadlineFromKey(const QString& key)
{
    for (DeadlineKind kind : deadlineKinds())
        if (DeadlineKeys::toKey(kind) == key)
            return kind;
    return std::nullopt;
}

QString RecoverySettingsKeys::disabledToKeys(const QSet<DeadlineKind>& disabled)
{
    QStringList keys;
    for (DeadlineKind kind : deadlineKinds())
        if (disabled.contains(kind))
            keys << DeadlineKeys::toKey(kind);
    return keys.join(u',');
}

QSet<DeadlineKind> RecoverySettingsKeys::disabledFromKeys(const QString& keys, QStringList* unknown)
{
    QSet<DeadlineKind> kinds;
    for (const QString& item : keys.split(u',')) {
        const QString key = item.trimmed();
        if (key.isEmpty())
            continue;
        if (auto kind = deadlineFromKey(key))
            kinds.insert(*kind);
        else if (unknown)
            unknown->append(key);
    }
    return kinds;
}

#pragma once

#include "Deadline.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// The words that name the deadline kinds in the settings table and the
// configuration file (`visale_notice,gli_claim`), apart from the labels
// staff read (RecoveryLabels).
namespace RecoverySettingsKeys {
// Every kind, in the spec's order.
QList<DeadlineKind> deadlineKinds();
// The kind whose DeadlineKeys::toKey is `key`; none for any other word.
std::optional<DeadlineKind> deadlineFromKey(const QString& key);
// « caf_plan,gli_claim »: comma-separated, in the spec's order, so that the
// same choice is always written the same way.
QString disabledToKeys(const QSet<DeadlineKind>& disabled);
// The kinds `keys` names (commas, spaces around them and empty items
// ignored); each word that names none goes to `unknown`.
QSet<DeadlineKind> disabledFromKeys(const QString& keys, QStringList* unknown = nullptr);
} // namespace RecoverySettingsKeys

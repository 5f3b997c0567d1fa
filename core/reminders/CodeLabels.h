#pragma once

#include <QString>

struct SkipReason;

// Labels of stored words that have no enum of their own: the recipients and
// channels of a level as a reminder records them ("tenant", "email"), and
// the skip reason a manual reminder overrode ("excluded:payment_plan"). The
// enums' labels live next to them (AccountKeys::label, LetterStates::label,
// SkipReason::label, …). An unknown word is shown as stored.
namespace CodeLabels {
QString recipient(const QString& key);
QString channel(const QString& key);
// A few words for what a manual reminder overrode: "too early", "payment plan".
QString overridden(const SkipReason& reason);
QString overridden(const QString& key);
} // namespace CodeLabels

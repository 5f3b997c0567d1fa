#pragma once

#include "Deadline.h"

#include <QSet>
#include <QString>

// An insurer's rent-guarantee contract: its delays differ from one insurer
// to another, so the agency sets them (recovery-path.md).
struct GliProfile
{
    QString name = QStringLiteral("Contrat GLI");
    int noticeDays = 35;
    int claimDays = 45;
};

// The agency's choices: every rule can be turned off (an agency whose
// guarantee contracts differ).
struct RecoverySettings
{
    GliProfile gli;
    QSet<DeadlineKind> disabled;
    bool ccapexEnabled = true;
    bool prescriptionEnabled = true;
    // Days a payment plan may stay late before it is broken (payment plans,
    // recovery-path.md).
    int graceDays = 15;

    bool enabled(DeadlineKind kind) const { return !disabled.contains(kind); }
};

#pragma once

#include "reminders/Plan.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

// The simulation as a document people read, print or e-mail: what a run as
// of the plan's date would issue, per account and level, and why each other
// debtor is skipped — the same decisions as `relance-cli plan`.
class SimulationReport
{
    Q_DECLARE_TR_FUNCTIONS(SimulationReport)

public:
    // `names`: account id → tenant name.
    static QString html(const Plan& plan, const QHash<qint64, QString>& names,
                        const QString& agencyName);
};

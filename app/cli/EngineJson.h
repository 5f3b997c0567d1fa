#pragma once

#include "ledger/Debtor.h"
#include "recovery/DeadlineReport.h"
#include "reminders/Plan.h"
#include "reports/RecoveryFigures.h"

#include <QByteArray>
#include <QDate>
#include <QList>

// The JSON of `debtors --json`, `plan --json` (cli.md) and `deadlines --json`
// (recovery-path.md) and `report recovery --json` (issue 15) exactly as the
// spec shows it,
// keys in the documented order (QJsonObject would sort them).
namespace EngineJson {
QByteArray debtors(QDate asOf, const QList<Debtor>& debtors);
QByteArray plan(const Plan& plan);
QByteArray deadlines(const DeadlineReport& report);
QByteArray recovery(const RecoveryFigures& figures);
} // namespace EngineJson

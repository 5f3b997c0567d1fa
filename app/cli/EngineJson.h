#pragma once

#include "ledger/Debtor.h"
#include "reminders/Plan.h"

#include <QByteArray>
#include <QDate>
#include <QList>

// The JSON of `debtors --json` and `plan --json` exactly as cli.md shows it,
// keys in the documented order (QJsonObject would sort them).
namespace EngineJson {
QByteArray debtors(QDate asOf, const QList<Debtor>& debtors);
QByteArray plan(const Plan& plan);
} // namespace EngineJson

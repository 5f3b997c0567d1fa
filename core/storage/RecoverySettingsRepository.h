#pragma once

#include "recovery/RecoverySettings.h"
#include "util/Result.h"

#include <QSqlDatabase>

class Database;

// The agency's recovery settings (GLI profile, rules turned off, grace days)
// in the settings table. It stores; the Settings page and the configuration
// import check the values first.
namespace RecoverySettingsRepository {
// The stored settings; RecoverySettings' defaults for what was never stored.
Result<RecoverySettings> load(const Database& db);
// The same inside the caller's transaction (the e-mails a run queues).
Result<RecoverySettings> loadIn(QSqlDatabase& conn);
// Inside the caller's transaction (the Settings page saves every tab at once).
Status saveIn(QSqlDatabase& conn, const RecoverySettings& settings);
} // namespace RecoverySettingsRepository

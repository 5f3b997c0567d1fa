#pragma once

#include "FecSettings.h"
#include "util/Result.h"

#include <QSqlDatabase>

class Database;

// Stores the FEC settings (settings key `import.fec`, compact JSON) inside
// the caller's transaction, after FecSettingsValidator accepted them: the
// Settings page (SettingsSave) and `config import` write them together with
// the rest, or not at all.
namespace FecSettingsSave {
Status saveIn(QSqlDatabase& conn, const FecSettings& settings);
// Its own transaction, for a caller that stores nothing else.
Status save(const Database& db, const FecSettings& settings);
} // namespace FecSettingsSave

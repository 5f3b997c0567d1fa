#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

// The settings table (small key/value pairs, never secrets) inside the
// caller's transaction, so that several settings are written together or
// not at all.
namespace SettingsRepository {
Status setIn(QSqlDatabase& conn, const QString& key, const QString& value);
} // namespace SettingsRepository

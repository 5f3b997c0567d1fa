#pragma once

#include "letters/EnvelopeWindow.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

class Database;

// The settings table (small key/value pairs, never secrets) inside the
// caller's transaction, so that several settings are written together or
// not at all.
namespace SettingsRepository {
Status setIn(QSqlDatabase& conn, const QString& key, const QString& value);
// The stored value of `key` inside the caller's transaction; none when never
// stored.
Result<std::optional<QString>> valueIn(QSqlDatabase& conn, const QString& key);

// The envelope window the agency stored; for an offset never stored (or
// not a number of millimetres), the default of EnvelopeWindow. A failure
// when the settings cannot be read.
Result<EnvelopeWindow> envelopeWindow(const Database& db);
// Stores the four offsets inside the caller's transaction (the Settings
// page saves every tab at once).
Status setEnvelopeWindowIn(QSqlDatabase& conn, const EnvelopeWindow& window);
} // namespace SettingsRepository

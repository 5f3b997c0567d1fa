#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

class Database;

// The cover letter of the hand-off to the commissaire de justice as the
// agency edited it, one per language, in the settings table (keys
// `recovery.cover_template.fr` / `.en`): letter templates belong to a
// reminder level, and this letter has none. Absent means the default text
// (CommissaireCoverLetter decides what is shown and what may be saved).
namespace CoverTemplateSettings {
QString key(const QString& language);
// The stored text, empty when the agency never changed it.
Result<QString> text(const Database& db, const QString& language);
Status setIn(QSqlDatabase& conn, const QString& language, const QString& text);
// Forgets the agency's text: the default applies again.
Status removeIn(QSqlDatabase& conn, const QString& language);
} // namespace CoverTemplateSettings

#include "SettingsRepository.h"

#include "Database.h"

Status SettingsRepository::setIn(QSqlDatabase& conn, const QString& key, const QString& value)
{
    auto q = Database::exec(conn,
                            QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON "
                                           "CONFLICT (key) DO UPDATE SET value = excluded.value"),
                            {key, value});
    return q ? Status() : Status::failure(q.error());
}

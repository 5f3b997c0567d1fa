#include "DatabaseConfig.h"

#include <QUrl>

DatabaseConfig DatabaseConfig::fromString(const QString& text)
{
    if (text.startsWith(QLatin1String("postgresql://")) ||
        text.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(text);
        DatabaseConfig c;
        c.kind = Kind::PostgreSQL;
        c.host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
        c.port = url.port(5432);
        c.databaseName = url.path().mid(1);
        c.user = url.userName();
        c.password = url.password();
        return c;
    }
    return sqlite(text);
}

QString DatabaseConfig::displayName() const
{
    if (kind == Kind::SQLite)
        return path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(databaseName);
}

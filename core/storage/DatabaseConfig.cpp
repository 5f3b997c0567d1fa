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
        // Fully decoded: a password with '@' or '/' is written %40, %2F.
        c.databaseName = url.path(QUrl::FullyDecoded).mid(1);
        c.user = url.userName(QUrl::FullyDecoded);
        c.password = url.password(QUrl::FullyDecoded);
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

#include "DatabaseConfig.h"

#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace {

// QPSQL splits its options on ';' and gives each "key=value" to libpq, which
// reads spaces, quotes and backslashes: a value with any of them is refused
// rather than passed on half understood.
bool safeOptionValue(const QString& value)
{
    for (const QChar c : value)
        if (c == u';' || c == u' ' || c == u'\'' || c == u'\\' || c == u'=' || c.isSpace())
            return false;
    return !value.isEmpty();
}

} // namespace

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
        const QUrlQuery query(url);
        c.sslMode = query.queryItemValue(QStringLiteral("sslmode"), QUrl::FullyDecoded);
        c.sslRootCert = query.queryItemValue(QStringLiteral("sslrootcert"), QUrl::FullyDecoded);
        c.applicationName =
            query.queryItemValue(QStringLiteral("application_name"), QUrl::FullyDecoded);
        bool ok = false;
        const int timeout = query.queryItemValue(QStringLiteral("connect_timeout")).toInt(&ok);
        c.connectTimeoutSeconds = ok && timeout > 0 ? timeout : 0;
        return c;
    }
    return sqlite(text);
}

QString DatabaseConfig::displayName() const
{
    if (kind == Kind::SQLite)
        return path;
    QString name =
        QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(databaseName);
    QUrlQuery query;
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!sslRootCert.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), sslRootCert);
    if (connectTimeoutSeconds > 0)
        query.addQueryItem(QStringLiteral("connect_timeout"),
                           QString::number(connectTimeoutSeconds));
    if (!applicationName.isEmpty())
        query.addQueryItem(QStringLiteral("application_name"), applicationName);
    if (!query.isEmpty())
        name += u'?' + query.toString(QUrl::FullyEncoded);
    return name;
}

QString DatabaseConfig::postgresConnectOptions() const
{
    QStringList options;
    options << QStringLiteral("connect_timeout=%1")
                   .arg(connectTimeoutSeconds > 0 ? connectTimeoutSeconds : 10);
    if (safeOptionValue(sslMode))
        options << QStringLiteral("sslmode=") + sslMode;
    if (safeOptionValue(sslRootCert))
        options << QStringLiteral("sslrootcert=") + sslRootCert;
    if (safeOptionValue(applicationName))
        options << QStringLiteral("application_name=") + applicationName;
    return options.join(u';');
}

bool DatabaseConfig::mayBeUnencrypted() const
{
    return kind == Kind::PostgreSQL &&
           (sslMode.isEmpty() || sslMode == QLatin1String("disable") ||
            sslMode == QLatin1String("allow") || sslMode == QLatin1String("prefer"));
}

bool DatabaseConfig::isLocalServer() const
{
    if (kind == Kind::SQLite)
        return true;
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") ||
           host == QLatin1String("::1") || host.startsWith(u'/');
}

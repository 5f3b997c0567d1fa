#include "SmtpSettings.h"

#include "MailAddress.h"
#include "storage/Database.h"
#include "util/TextRules.h"

#include <QFileInfo>

namespace {
QString key(const char* name)
{
    return QStringLiteral("smtp.") + QLatin1String(name);
}
} // namespace

QString SmtpSettings::securityKey(Security s)
{
    switch (s) {
    case Security::None:
        return QStringLiteral("none");
    case Security::StartTls:
        return QStringLiteral("starttls");
    case Security::Tls:
        return QStringLiteral("tls");
    }
    return {};
}

std::optional<SmtpSettings::Security> SmtpSettings::securityFromKey(const QString& key)
{
    for (Security s : {Security::None, Security::StartTls, Security::Tls})
        if (securityKey(s) == key)
            return s;
    return std::nullopt;
}

QStringList SmtpSettings::problems() const
{
    QStringList list;
    // A line break in any of these would reach a header or an SMTP command:
    // refused here, when the setting is written, not found at send time.
    const QList<std::pair<QString, QString>> lines = {
        {host, tr("The mail server name")},
        {user, tr("The user name")},
        {fromAddress, tr("The sender address")},
        {fromName, tr("The sender name")},
        {replyTo, tr("The reply-to address")},
        {cc, tr("The copy list")},
        {caFile, tr("The certificate authority file name")},
    };
    QStringList broken;
    for (const auto& [value, what] : lines)
        if (!TextRules::isSingleLine(value)) {
            list << tr("%1 contains a line break: write it on one line.").arg(what);
            broken << value;
        }
    const auto checked = [&](const QString& value) {
        return !broken.contains(value);
    };
    if (host.isEmpty())
        list << tr("No mail server is set: run “relance-cli smtp set --host …”.");
    else if (checked(host) && (MailAddress::hasLineBreakOrControl(host) || host.contains(u' ')))
        list << tr("The mail server name “%1” is not valid.").arg(host.simplified());
    if (port < 1 || port > 65535)
        list << tr("The port %1 is not valid: use 587 (STARTTLS), 465 (TLS) or 25.").arg(port);
    if (checked(user) && MailAddress::hasLineBreakOrControl(user))
        list << tr("The user name contains a control character: remove it.");
    if (fromAddress.isEmpty())
        list << tr("No sender address is set: run “relance-cli smtp set --from …”.");
    else if (checked(fromAddress) && !MailAddress::isValid(fromAddress))
        list << tr("The sender address “%1” is not a valid e-mail address.")
                    .arg(fromAddress.simplified());
    if (checked(fromName) && MailAddress::hasLineBreakOrControl(fromName))
        list << tr("The sender name contains a control character: remove it.");
    if (!replyTo.isEmpty() && checked(replyTo) && !MailAddress::isValid(replyTo))
        list << tr("The reply-to address “%1” is not a valid e-mail address.")
                    .arg(replyTo.simplified());
    if (checked(cc))
        for (const QString& a : MailAddress::splitList(cc))
            if (!MailAddress::isValid(a))
                list << tr("The copy address “%1” is not a valid e-mail address.")
                            .arg(a.simplified());
    if (!caFile.isEmpty() && checked(caFile) && !QFileInfo(caFile).isReadable())
        list << tr("The certificate authority file “%1” cannot be read.").arg(caFile);
    for (const int ms : {connectTimeoutMs, readTimeoutMs})
        if (!isValidTimeoutSeconds(ms / 1000.0)) {
            list << tr("The time-out of %1 seconds is not valid: give %2 to %3 seconds.")
                        .arg(ms / 1000.0)
                        .arg(minTimeoutSeconds)
                        .arg(maxTimeoutSeconds);
            break;
        }
    return list;
}

SmtpSettings SmtpSettings::load(const Database& db)
{
    SmtpSettings s;
    s.host = db.setting(key("host"));
    s.port = db.setting(key("port"), QStringLiteral("587")).toInt();
    s.security = securityFromKey(db.setting(key("security"), QStringLiteral("starttls")))
                     .value_or(s.security);
    s.user = db.setting(key("user"));
    s.fromAddress = db.setting(key("from_address"));
    s.fromName = db.setting(key("from_name"));
    s.replyTo = db.setting(key("reply_to"));
    s.cc = db.setting(key("cc"));
    s.caFile = db.setting(key("ca_file"));
    s.connectTimeoutMs =
        db.setting(key("connect_timeout_ms"), QString::number(s.connectTimeoutMs)).toInt();
    s.readTimeoutMs = db.setting(key("read_timeout_ms"), QString::number(s.readTimeoutMs)).toInt();
    if (s.connectTimeoutMs <= 0)
        s.connectTimeoutMs = 15000;
    if (s.readTimeoutMs <= 0)
        s.readTimeoutMs = 60000;
    return s;
}

Status SmtpSettings::save(const Database& db) const
{
    const QList<std::pair<QString, QString>> values = {
        {key("host"), host},
        {key("port"), QString::number(port)},
        {key("security"), securityKey(security)},
        {key("user"), user},
        {key("from_address"), fromAddress},
        {key("from_name"), fromName},
        {key("reply_to"), replyTo},
        {key("cc"), cc},
        {key("ca_file"), caFile},
        {key("connect_timeout_ms"), QString::number(connectTimeoutMs)},
        {key("read_timeout_ms"), QString::number(readTimeoutMs)},
    };
    for (const auto& [k, v] : values)
        if (Status s = db.setSetting(k, v); !s)
            return s;
    return {};
}

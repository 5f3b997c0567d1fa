#include "SmtpSettings.h"

#include "MailAddress.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "util/TextRules.h"

#include <QFileInfo>

#include <tuple>

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

int SmtpSettings::defaultPort(Security security)
{
    switch (security) {
    case Security::None:
        return 25;
    case Security::StartTls:
        return 587;
    case Security::Tls:
        return 465;
    }
    return 587;
}

QList<SmtpSettings::Problem> SmtpSettings::fieldProblems() const
{
    QList<Problem> list;
    // A line break in any of these would reach a header or an SMTP command:
    // refused here, when the setting is written, not found at send time.
    const QList<std::tuple<QString, QString, Field>> lines = {
        {host, tr("The mail server name"), Field::Host},
        {user, tr("The user name"), Field::User},
        {fromAddress, tr("The sender address"), Field::FromAddress},
        {fromName, tr("The sender name"), Field::FromName},
        {replyTo, tr("The reply-to address"), Field::ReplyTo},
        {cc, tr("The copy list"), Field::Cc},
        {caFile, tr("The certificate authority file name"), Field::CaFile},
    };
    QList<Field> broken;
    for (const auto& [value, what, field] : lines)
        if (!TextRules::isSingleLine(value)) {
            list.append({field, tr("%1 contains a line break: write it on one line.").arg(what)});
            broken << field;
        }
    const auto checked = [&](Field field) {
        return !broken.contains(field);
    };
    if (host.isEmpty())
        list.append({Field::Host, tr("No mail server is set: enter its name, e.g. "
                                     "smtp.example.fr.")});
    else if (checked(Field::Host) &&
             (MailAddress::hasLineBreakOrControl(host) || host.contains(u' ')))
        list.append({Field::Host, tr("The mail server name “%1” is not valid: a server name has "
                                     "no spaces, e.g. smtp.example.fr.")
                                      .arg(host.simplified())});
    if (port < 1 || port > 65535)
        list.append({Field::Port, tr("The port %1 is not valid: use %2 (STARTTLS), %3 (TLS) or %4.")
                                      .arg(port)
                                      .arg(defaultPort(Security::StartTls))
                                      .arg(defaultPort(Security::Tls))
                                      .arg(defaultPort(Security::None))});
    if (checked(Field::User) && MailAddress::hasLineBreakOrControl(user))
        list.append({Field::User, tr("The user name contains a control character: remove it.")});
    if (fromAddress.isEmpty())
        list.append({Field::FromAddress, tr("No sender address is set: enter the address "
                                            "e-mails are sent from, e.g. relances@agence.fr.")});
    else if (checked(Field::FromAddress) && !MailAddress::isValid(fromAddress))
        list.append({Field::FromAddress,
                     tr("The sender address “%1” is not valid: write it as relances@agence.fr.")
                         .arg(fromAddress.simplified())});
    if (checked(Field::FromName) && MailAddress::hasLineBreakOrControl(fromName))
        list.append(
            {Field::FromName, tr("The sender name contains a control character: remove it.")});
    if (!replyTo.isEmpty() && checked(Field::ReplyTo) && !MailAddress::isValid(replyTo))
        list.append({Field::ReplyTo, tr("The reply-to address “%1” is not a valid e-mail address.")
                                         .arg(replyTo.simplified())});
    if (checked(Field::Cc))
        for (const QString& a : MailAddress::splitList(cc))
            if (!MailAddress::isValid(a))
                list.append({Field::Cc, tr("The copy address “%1” is not a valid e-mail address.")
                                            .arg(a.simplified())});
    if (!caFile.isEmpty() && checked(Field::CaFile) && !QFileInfo(caFile).isReadable())
        list.append({Field::CaFile, tr("The certificate authority file “%1” cannot be read: "
                                       "choose its PEM file again, or leave the field empty.")
                                        .arg(caFile)});
    for (const int ms : {connectTimeoutMs, readTimeoutMs})
        if (!isValidTimeoutSeconds(ms / 1000.0)) {
            list.append({Field::Timeout,
                         tr("The time-out of %1 seconds is not valid: give %2 to %3 seconds.")
                             .arg(ms / 1000.0)
                             .arg(minTimeoutSeconds)
                             .arg(maxTimeoutSeconds)});
            break;
        }
    return list;
}

QStringList SmtpSettings::problems() const
{
    QStringList list;
    for (const Problem& p : fieldProblems())
        list << p.message;
    return list;
}

Result<SmtpSettings> SmtpSettings::load(const Database& db)
{
    SmtpSettings s;
    // The first setting that cannot be read stops the load: settings made
    // of defaults would send from no one, or not at all, without saying why.
    Status reading;
    const auto read = [&](const char* name, const QString& fallback = {}) {
        if (!reading)
            return QString();
        auto value = db.setting(key(name), fallback);
        if (!value) {
            reading = Status::failure(value.kind(), value.error());
            return QString();
        }
        return *value;
    };
    s.host = read("host");
    s.port = read("port", QString::number(s.port)).toInt();
    s.security = securityFromKey(read("security", QStringLiteral("starttls"))).value_or(s.security);
    s.user = read("user");
    s.fromAddress = read("from_address");
    s.fromName = read("from_name");
    s.replyTo = read("reply_to");
    s.cc = read("cc");
    s.caFile = read("ca_file");
    s.connectTimeoutMs = read("connect_timeout_ms", QString::number(s.connectTimeoutMs)).toInt();
    s.readTimeoutMs = read("read_timeout_ms", QString::number(s.readTimeoutMs)).toInt();
    if (!reading)
        return Result<SmtpSettings>::failure(reading.kind(), reading.error());
    if (s.connectTimeoutMs <= 0)
        s.connectTimeoutMs = 15000;
    if (s.readTimeoutMs <= 0)
        s.readTimeoutMs = 60000;
    return s;
}

Status SmtpSettings::save(const Database& db) const
{
    return db.write([this](QSqlDatabase& conn) { return saveIn(conn); });
}

Status SmtpSettings::saveIn(QSqlDatabase& conn) const
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
        if (Status s = SettingsRepository::setIn(conn, k, v); !s)
            return s;
    return {};
}

#include "CliContext.h"
#include "mail/Keychain.h"
#include "mail/MailAddress.h"
#include "mail/Outbox.h"
#include "mail/SmtpPassword.h"
#include "mail/SmtpSettings.h"
#include "mail/SmtpTestMessage.h"

#include <QFileInfo>

#include <cstdio>
#include <iostream>
#include <string>

int runSmtpSet(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("host"), CliContext::tr("The mail server."), CliContext::tr("host")});
    parser.addOption({QStringLiteral("port"),
                      CliContext::tr("Its port: 587 (STARTTLS), 465 (TLS)."),
                      CliContext::tr("port")});
    parser.addOption({QStringLiteral("security"), CliContext::tr("none, starttls or tls."),
                      CliContext::tr("mode")});
    parser.addOption(
        {QStringLiteral("user"), CliContext::tr("The login name."), CliContext::tr("user")});
    parser.addOption({QStringLiteral("password-stdin"),
                      CliContext::tr("Reads the password from the first line of stdin and keeps it "
                                     "in the system keyring.")});
    parser.addOption(
        {QStringLiteral("from"), CliContext::tr("The sender address."), CliContext::tr("address")});
    parser.addOption({QStringLiteral("from-name"),
                      CliContext::tr("The sender name (default: the agency's name)."),
                      CliContext::tr("name")});
    parser.addOption({QStringLiteral("reply-to"), CliContext::tr("Where answers go."),
                      CliContext::tr("address")});
    parser.addOption({QStringLiteral("cc"),
                      CliContext::tr("Addresses that get a copy of every e-mail, comma-separated."),
                      CliContext::tr("list")});
    parser.addOption({QStringLiteral("ca-file"),
                      CliContext::tr("A certificate authority (PEM) trusted besides the system's."),
                      CliContext::tr("file")});
    parser.addOption({QStringLiteral("timeout"),
                      CliContext::tr("Seconds to wait for the server (connect and each answer)."),
                      CliContext::tr("seconds")});
    int exitCode = ExitSuccess;
    if (!ctx.parse(parser,
                   CliContext::tr("Sets the agency's mail server (never stores the password "
                                  "in the database)."),
                   &exitCode))
        return exitCode;
    auto db = ctx.openDatabase(parser);
    if (!db)
        return ExitBadInput;

    auto loaded = SmtpSettings::load(*db);
    if (!loaded)
        return ctx.fail(ExitBadInput, loaded.error());
    SmtpSettings s = *loaded;
    const auto value = [&](const char* name) {
        return parser.value(QLatin1String(name)).trimmed();
    };
    const auto isSet = [&](const char* name) {
        return parser.isSet(QLatin1String(name));
    };
    if (isSet("host"))
        s.host = value("host");
    if (isSet("security")) {
        const auto sec = SmtpSettings::securityFromKey(value("security"));
        if (!sec)
            return ctx.usageError(
                CliContext::tr("--security must be none, starttls or tls, not “%1”.")
                    .arg(value("security")));
        s.security = *sec;
        if (!isSet("port"))
            s.port = SmtpSettings::defaultPort(*sec);
    }
    if (isSet("port")) {
        bool ok = false;
        s.port = value("port").toInt(&ok);
        if (!ok)
            return ctx.usageError(
                CliContext::tr("--port must be a number, not “%1”.").arg(value("port")));
    }
    if (isSet("user"))
        s.user = value("user");
    if (isSet("from"))
        s.fromAddress = value("from");
    if (isSet("from-name"))
        s.fromName = value("from-name");
    if (isSet("reply-to"))
        s.replyTo = value("reply-to");
    if (isSet("cc"))
        s.cc = value("cc"); // as typed, so problems() sees any line break in it
    if (isSet("ca-file"))
        s.caFile =
            value("ca-file").isEmpty() ? QString() : QFileInfo(value("ca-file")).absoluteFilePath();
    if (isSet("timeout")) {
        bool ok = false;
        const double seconds = value("timeout").toDouble(&ok);
        if (!ok || !SmtpSettings::isValidTimeoutSeconds(seconds))
            return ctx.usageError(
                CliContext::tr("--timeout must be a number of seconds from %1 to %2, not “%3”.")
                    .arg(SmtpSettings::minTimeoutSeconds)
                    .arg(SmtpSettings::maxTimeoutSeconds)
                    .arg(value("timeout")));
        s.connectTimeoutMs = s.readTimeoutMs = int(seconds * 1000);
    }
    if (const QStringList problems = s.problems(); !problems.isEmpty())
        return ctx.fail(ExitBadInput, problems.join(u' '));
    s.cc = MailAddress::splitList(s.cc).join(QStringLiteral(", "));
    if (Status st = s.save(*db); !st)
        return ctx.fail(ExitBadInput, st.error());

    if (isSet("password-stdin")) {
        std::string line;
        std::getline(std::cin, line);
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (s.user.isEmpty())
            return ctx.usageError(CliContext::tr("--password-stdin needs --user."));
        auto keychain = Keychain::system();
        if (Status st = keychain->writePassword(Keychain::smtpKey(s.user, s.host),
                                                QString::fromStdString(line));
            !st) {
            ctx.err() << CliContext::tr("Warning: %1").arg(st.error()) << Qt::endl;
        } else {
            ctx.err() << CliContext::tr("The password is in the system keyring.") << Qt::endl;
        }
    }
    ctx.err() << CliContext::tr("Mail server: %1:%2 (%3), sender %4.")
                     .arg(s.host, QString::number(s.port), SmtpSettings::securityKey(s.security),
                          s.fromAddress)
              << Qt::endl;
    return ExitSuccess;
}

int runSmtpTest(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("to"), CliContext::tr("Where the test message goes."),
                      CliContext::tr("address")});
    int exitCode = ExitSuccess;
    if (!ctx.parse(parser, CliContext::tr("Sends one test message and shows the server's answer."),
                   &exitCode))
        return exitCode;
    const QString to = parser.value(QStringLiteral("to")).trimmed();
    if (to.isEmpty())
        return ctx.usageError(CliContext::tr("Give the address with --to."));
    auto db = ctx.openDatabase(parser);
    if (!db)
        return ExitBadInput;
    auto effective = Outbox(*db).effectiveSettings();
    if (!effective)
        return ctx.fail(ExitBadInput, effective.error());
    const SmtpSettings& settings = *effective;
    auto keychain = Keychain::system();
    auto password = SmtpPassword::find(settings, *keychain);
    if (!password)
        return ctx.fail(ExitBadInput, CliContext::passwordProblem(password));

    auto reply = SmtpTestMessage::send(settings, *password, to);
    if (!reply)
        return ctx.fail(ExitBadInput, reply.error());
    ctx.out() << CliContext::tr("Accepted by %1: %2").arg(settings.host, *reply) << Qt::endl;
    return ExitSuccess;
}

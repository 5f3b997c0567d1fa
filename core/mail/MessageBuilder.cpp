#include "MessageBuilder.h"

#include "MailAddress.h"

#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <Poco/Net/MailMessage.h>
#include <Poco/Net/StringPartSource.h>

#include <sstream>

using Poco::Net::MailMessage;

QStringList MessageBuilder::problems(const OutboxMessage& m, const SmtpSettings& settings)
{
    QStringList list;
    if (MailAddress::hasLineBreakOrControl(m.toAddress) || !MailAddress::isValid(m.toAddress))
        list << tr("“%1” is not a valid e-mail address.").arg(m.toAddress.simplified());
    if (MailAddress::hasLineBreakOrControl(m.toName))
        list << tr("The addressee's name “%1” contains a line break.").arg(m.toName.simplified());
    if (MailAddress::hasLineBreakOrControl(m.subject))
        list << tr("The subject “%1” contains a line break.").arg(m.subject.simplified());
    for (const QString& a : MailAddress::splitList(m.cc))
        if (!MailAddress::isValid(a))
            list << tr("The copy address “%1” is not a valid e-mail address.").arg(a.simplified());
    if (!m.attachmentName.isEmpty() &&
        MailAddress::asciiFileName(m.attachmentName) != m.attachmentName)
        list << tr("The attachment name “%1” is not a plain ASCII file name.")
                    .arg(m.attachmentName.simplified());
    list << settings.problems();
    return list;
}

QString MessageBuilder::attachmentProblem(const OutboxMessage& m)
{
    if (m.attachmentPath.isEmpty() || QFileInfo(m.attachmentPath).isReadable())
        return {};
    const QFileInfo where(m.attachmentPath);
    const QString path =
        where.isRelative()
            ? tr("“%1” (looked for in %2)").arg(m.attachmentPath, where.absolutePath())
            : QStringLiteral("“%1”").arg(m.attachmentPath);
    return tr("its letter %1 cannot be found or read. Restore the file, or produce the run's "
              "letters again; the e-mail waits and goes with the next send.")
        .arg(path);
}

QString MessageBuilder::newMessageId(const SmtpSettings& settings)
{
    return u'<' + QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".relance@") +
           MailAddress::domainOf(settings.fromAddress) + u'>';
}

QByteArray MessageBuilder::toCrlf(const QString& text)
{
    QByteArray in = text.toUtf8();
    QByteArray out;
    out.reserve(in.size() + in.size() / 20 + 2);
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '\r') {
            out += "\r\n";
            if (i + 1 < in.size() && in.at(i + 1) == '\n')
                ++i;
        } else if (c == '\n') {
            out += "\r\n";
        } else {
            out += c;
        }
    }
    if (!out.endsWith("\r\n"))
        out += "\r\n";
    return out;
}

Result<BuiltMessage> MessageBuilder::build(const OutboxMessage& m, const SmtpSettings& settings)
{
    if (const QStringList p = problems(m, settings); !p.isEmpty())
        return Result<BuiltMessage>::failure(p.join(u' '));
    if (const QString p = attachmentProblem(m); !p.isEmpty())
        return Result<BuiltMessage>::failure(p);

    BuiltMessage built;
    MailMessage mail;
    const QString fromName = settings.fromName;
    mail.set("From", MailAddress::mailbox(fromName, settings.fromAddress).toStdString());
    mail.set("To", MailAddress::mailbox(m.toName, m.toAddress).toStdString());
    const QStringList cc = MailAddress::splitList(m.cc);
    if (!cc.isEmpty()) {
        QByteArrayList boxes;
        for (const QString& a : cc)
            boxes << MailAddress::mailbox({}, a);
        mail.set("Cc", boxes.join(", ").toStdString());
    }
    if (!settings.replyTo.isEmpty())
        mail.set("Reply-To", MailAddress::mailbox(fromName, settings.replyTo).toStdString());
    mail.set("Subject", MailAddress::encodeText(m.subject).toStdString());
    mail.set("Message-ID", m.messageId.toStdString());
    mail.set("X-Mailer", "Relance " RELANCE_VERSION);

    const QByteArray body = toCrlf(m.body);
    mail.addContent(
        new Poco::Net::StringPartSource(body.toStdString(), "text/plain; charset=UTF-8"),
        MailMessage::ENCODING_QUOTED_PRINTABLE);
    if (!m.attachmentPath.isEmpty()) {
        QFile file(m.attachmentPath);
        if (!file.open(QIODevice::ReadOnly))
            return Result<BuiltMessage>::failure(tr("The letter “%1” cannot be read: %2.")
                                                     .arg(m.attachmentPath, file.errorString()));
        const QByteArray pdf = file.readAll();
        const std::string name =
            (m.attachmentName.isEmpty()
                 ? MailAddress::asciiFileName(QFileInfo(m.attachmentPath).fileName())
                 : m.attachmentName)
                .toStdString();
        mail.addAttachment(
            name, new Poco::Net::StringPartSource(pdf.toStdString(), "application/pdf", name),
            MailMessage::ENCODING_BASE64);
    }

    std::ostringstream out;
    mail.write(out);
    built.data = std::move(out).str();
    built.sender = settings.fromAddress.toStdString();
    built.recipients.push_back(m.toAddress.toStdString());
    for (const QString& a : cc)
        built.recipients.push_back(a.toStdString());
    return built;
}

#include "SmtpTestMessage.h"

#include "MessageBuilder.h"
#include "OutboxMessage.h"
#include "SmtpSender.h"

Result<QString> SmtpTestMessage::send(const SmtpSettings& settings, const QString& password,
                                      const QString& to)
{
    using R = Result<QString>;
    if (const QStringList problems = settings.problems(); !problems.isEmpty())
        return R::failure(problems.join(u' '));
    OutboxMessage m;
    m.toAddress = to.trimmed();
    m.subject = tr("Relance: test message");
    m.body = tr("This message was sent by Relance to check the mail settings of %1.\n"
                "Nothing needs to be done.")
                 .arg(settings.fromName.isEmpty() ? settings.fromAddress : settings.fromName);
    m.messageId = MessageBuilder::newMessageId(settings);
    auto built = MessageBuilder::build(m, settings);
    if (!built)
        return R::failure(built.error());
    SmtpSender sender(settings, password);
    if (Status s = sender.open(); !s)
        return R::failure(s.error());
    const SmtpSender::SendResult result = sender.send(*built);
    sender.close();
    if (result.outcome != SmtpSender::Outcome::Sent)
        return R::failure(tr("The test message was not accepted: %1").arg(result.reply));
    return result.reply;
}

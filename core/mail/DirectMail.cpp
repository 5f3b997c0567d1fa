#include "DirectMail.h"

#include "MessageBuilder.h"
#include "SmtpSender.h"

Result<QString> DirectMail::send(const SmtpSettings& settings, const QString& password,
                                 OutboxMessage message, SmtpAbort* abort)
{
    if (const QStringList problems = MessageBuilder::problems(message, settings);
        !problems.isEmpty())
        return Result<QString>::failure(problems.join(u' '));
    message.messageId = MessageBuilder::newMessageId(settings);
    auto built = MessageBuilder::build(message, settings);
    if (!built)
        return Result<QString>::failure(built.error());
    SmtpSender sender(settings, password);
    sender.setAbort(abort);
    if (Status s = sender.open(); !s)
        return Result<QString>::failure(s.error());
    const SmtpSender::SendResult result = sender.send(*built);
    sender.close();
    if (result.outcome == SmtpSender::Outcome::Uncertain)
        return Result<QString>::failure(result.reply);
    if (result.outcome != SmtpSender::Outcome::Sent)
        return Result<QString>::failure(
            tr("The mail server did not accept the message: %1").arg(result.reply));
    return result.reply;
}

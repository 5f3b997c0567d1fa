#include "SmtpTestMessage.h"

#include "DirectMail.h"
#include "OutboxMessage.h"

Result<QString> SmtpTestMessage::send(const SmtpSettings& settings, const QString& password,
                                      const QString& to, SmtpAbort* abort)
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
    return DirectMail::send(settings, password, m, abort);
}

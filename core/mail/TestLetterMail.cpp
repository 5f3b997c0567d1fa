#include "TestLetterMail.h"

#include "letters/LetterPdf.h"
#include "letters/LetterPreview.h"
#include "reminders/Plan.h"

#include <QDir>

Result<OutboxMessage> TestLetterMail::build(const Database& db, const PlannedReminder& planned,
                                            QDate asOf, const QString& templateName,
                                            const QString& folder)
{
    using R = Result<OutboxMessage>;
    LetterPreview preview(db);
    if (Status s = preview.load(); !s)
        return R::failure(s.error());
    if (preview.agency().email.trimmed().isEmpty())
        return R::failure(tr("The agency has no e-mail address: enter it in Settings, Agency, "
                             "then send the test again."));
    auto email = preview.tenantEmail(planned, asOf, templateName);
    if (!email)
        return R::failure(email.error());
    const QString path = QDir(folder).filePath(email->fileName);
    if (Status s = LetterPdf::write({email->letter}, preview.window(), path, email->letter.title);
        !s)
        return R::failure(s.error());

    OutboxMessage m;
    m.accountRef = planned.ref;
    m.recipient = QStringLiteral("agency");
    m.toAddress = preview.agency().email.trimmed();
    m.toName = preview.agency().name;
    m.subject = tr("[TEST] %1").arg(email->subject);
    m.body = tr("This is a test: the message %1 would receive (%2), sent to the agency "
                "instead. Nothing was recorded.\n\n%3")
                 .arg(planned.account.name, planned.account.email, email->body);
    m.attachmentPath = path;
    m.attachmentName = email->fileName;
    return m;
}

#include "TestLetterMail.h"

#include "letters/LetterPdf.h"
#include "letters/LetterPreview.h"
#include "reminders/Plan.h"
#include "storage/AccountRepository.h"
#include "storage/PositionLoader.h"

#include <QDir>

namespace {

Status loadFor(LetterPreview& preview)
{
    if (Status s = preview.load(); !s)
        return s;
    if (preview.agency().email.trimmed().isEmpty())
        return Status::failure(
            TestLetterMail::tr("The agency has no e-mail address: enter it in Settings, Agency, "
                               "then send the test again."));
    return {};
}

Result<OutboxMessage> messageOf(const LetterPreview& preview, const PlannedReminder& planned,
                                const LetterPreview::Email& email, const QString& folder)
{
    const QString path = QDir(folder).filePath(email.fileName);
    if (Status s = LetterPdf::write({email.letter}, preview.window(), path, email.letter.title); !s)
        return Result<OutboxMessage>::failure(s.error());
    OutboxMessage m;
    m.accountRef = planned.ref;
    m.recipient = QStringLiteral("agency");
    m.toAddress = preview.agency().email.trimmed();
    m.toName = preview.agency().name;
    m.subject = TestLetterMail::tr("[TEST] %1").arg(email.subject);
    m.body = TestLetterMail::tr("This is a test: the message %1 would receive (%2), sent to the "
                                "agency instead. Nothing was recorded.\n\n%3")
                 .arg(planned.account.name, planned.account.email, email.body);
    m.attachmentPath = path;
    m.attachmentName = email.fileName;
    return m;
}

} // namespace

Result<OutboxMessage> TestLetterMail::build(const Database& db, const PlannedReminder& planned,
                                            QDate asOf, const QString& templateName,
                                            const QString& folder)
{
    using R = Result<OutboxMessage>;
    LetterPreview preview(db);
    if (Status s = loadFor(preview); !s)
        return R::failure(s.error());
    auto email = preview.tenantEmail(planned, asOf, templateName);
    if (!email)
        return R::failure(email.error());
    return messageOf(preview, planned, *email, folder);
}

Result<OutboxMessage> TestLetterMail::buildFor(const Database& db, qint64 accountId,
                                               const Level& level,
                                               const LetterTemplate& letterTemplate, QDate asOf,
                                               const QString& folder)
{
    using R = Result<OutboxMessage>;
    LetterPreview preview(db);
    if (Status s = loadFor(preview); !s)
        return R::failure(s.error());
    auto account = AccountRepository(db).byId(accountId);
    if (!account)
        return R::failure(account.error());
    auto position = PositionLoader(db).position(accountId, asOf);
    if (!position)
        return R::failure(position.error());

    // The reminder as if the level were issued to this account today, to
    // the tenant, on paper: only what the letter states.
    PlannedReminder planned;
    planned.accountId = accountId;
    planned.ref = account->ref;
    planned.level = level.position;
    planned.levelName = level.name;
    planned.overdue = position->overdue;
    planned.balance = position->balance;
    planned.recipients = {QStringLiteral("tenant")};
    planned.channels = {QStringLiteral("letter")};
    planned.deadline = asOf.addDays(level.paymentDeadlineDays);
    planned.episodeStart = position->episodeStart;
    planned.levelSettings = level;
    planned.account = *account;
    planned.tenantByLetter = true;
    planned.position = *position;
    auto email = preview.tenantEmail(planned, asOf, letterTemplate);
    if (!email)
        return R::failure(email.kind(), email.error());
    return messageOf(preview, planned, *email, folder);
}

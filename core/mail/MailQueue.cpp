#include "MailQueue.h"

#include "MailAddress.h"
#include "letters/LetterComposer.h"
#include "letters/LetterPlans.h"
#include "storage/AccountRepository.h"
#include "storage/AgencyRepository.h"
#include "storage/Database.h"
#include "storage/OutboxRepository.h"
#include "storage/ReminderRepository.h"
#include "storage/TemplateRepository.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>

namespace {

struct Addressee
{
    ReminderLetter letter;     // the addressee's recorded letter, or one made up when none
    int guarantorPosition = 0; // 1 for the first guarantor…
    QString name;
    QString emails;
};

} // namespace

Result<MailQueue::Report> MailQueue::queueRun(const Database& db, qint64 runId)
{
    Report report;
    Status s = db.write([&](QSqlDatabase& conn) -> Status {
        auto r = queueRunIn(conn, runId);
        if (!r)
            return Status::failure(r.error());
        report = *r;
        return {};
    });
    if (!s)
        return Result<Report>::failure(s.error());
    return report;
}

Result<MailQueue::Report> MailQueue::queueRunIn(QSqlDatabase& conn, qint64 runId)
{
    using R = Result<Report>;
    Report report;

    auto agency = AgencyRepository::loadIn(conn);
    if (!agency)
        return R::failure(agency.error());
    auto reminders = ReminderRepository::ofRunIn(conn, runId);
    if (!reminders)
        return R::failure(reminders.error());
    auto letters = ReminderRepository::lettersOfRunIn(conn, runId);
    if (!letters)
        return R::failure(letters.error());
    auto accountList = AccountRepository::ofRunIn(conn, runId);
    if (!accountList)
        return R::failure(accountList.error());
    QHash<qint64, QList<ReminderLetter>> lettersOf; // by reminder, in recording order
    for (const ReminderLetter& l : std::as_const(*letters))
        lettersOf[l.reminderId] << l;
    QHash<qint64, Account> accounts;
    for (const Account& a : std::as_const(*accountList))
        accounts.insert(a.id, a);
    auto plans = LetterPlans::loadIn(conn);
    if (!plans)
        return R::failure(plans.kind(), plans.error());
    QHash<QString, LetterTemplate> templates; // templateId/levelId/language → template
    // Queued in the order of the accounts' refs, as the outbox lists them.
    std::stable_sort(reminders->begin(), reminders->end(),
                     [&](const ReminderRecord& x, const ReminderRecord& y) {
                         return accounts.value(x.accountId).ref < accounts.value(y.accountId).ref;
                     });

    for (const ReminderRecord& reminder : std::as_const(*reminders)) {
        if (!reminder.channels.contains(QStringLiteral("email")))
            continue;
        const auto accountIt = accounts.constFind(reminder.accountId);
        if (accountIt == accounts.constEnd())
            continue; // a reminder always has its account (removing one removes its reminders)
        const Account& account = *accountIt;
        // The plan.* fields say what the letter says (LetterProducer).
        std::optional<LetterPlan> plan;
        if (plans->has(account.id)) {
            auto found = plans->ofIn(conn, account.id, reminder.date);
            if (!found)
                return R::failure(found.kind(), found.error());
            plan = *found;
        }
        // The addressee's letter: the first one recorded for them.
        const auto letterOf = [&](const QString& recipient, qint64 guarantorId,
                                  const QString& name) {
            for (const ReminderLetter& l : lettersOf.value(reminder.id))
                if (l.recipient == recipient && l.guarantorId == guarantorId)
                    return l;
            ReminderLetter none; // e-mail only: no paper letter for this addressee
            none.reminderId = reminder.id;
            none.recipient = recipient;
            none.guarantorId = guarantorId;
            none.addressee = name;
            return none;
        };
        QList<Addressee> addressees;
        if (reminder.recipients.contains(QStringLiteral("tenant")))
            addressees << Addressee{letterOf(QStringLiteral("tenant"), 0, account.name), 0,
                                    account.name, account.email};
        if (reminder.recipients.contains(QStringLiteral("guarantor")))
            for (int g = 0; g < account.guarantors.size(); ++g) {
                const Guarantor& guarantor = account.guarantors.at(g);
                addressees << Addressee{
                    letterOf(QStringLiteral("guarantor"), guarantor.id, guarantor.name), g + 1,
                    guarantor.name, guarantor.email};
            }

        for (const Addressee& who : addressees) {
            const QStringList addresses = MailAddress::splitList(who.emails);
            if (addresses.isEmpty())
                continue;
            // The very facts and template of the letter it carries, so the
            // e-mail cannot say something else (LetterProducer does the same).
            LetterFacts facts = LetterComposer::facts(*agency, reminder, who.letter, account);
            facts.plan = plan;
            const QString templateKey = QString::number(reminder.templateId) + u'/' +
                                        QString::number(reminder.levelId) + u'/' +
                                        LetterComposer::language(facts);
            if (!templates.contains(templateKey)) {
                auto chosen = TemplateRepository::forReminderIn(
                    conn, reminder.templateId, reminder.levelId, LetterComposer::language(facts));
                if (!chosen)
                    return R::failure(chosen.error());
                // No template left at all: the plain texts below.
                templates.insert(templateKey, chosen->value_or(LetterTemplate()));
            }
            const LetterTemplate texts = templates.value(templateKey);

            QString subject = texts.emailSubject.isEmpty()
                                  ? QString()
                                  : LetterComposer::emailSubject(facts, texts).simplified();
            if (subject.isEmpty())
                subject = tr("%1 — account %2").arg(reminder.levelName, account.ref);
            const QString body =
                texts.emailBody.isEmpty()
                    ? tr("Please find attached our letter about your account %1.").arg(account.ref)
                    : LetterComposer::emailBody(facts, texts);
            // The same name as the letter's own PDF: one letter, one name.
            const QString fileName =
                LetterComposer::fileName(facts, std::max(0, who.guarantorPosition - 1));

            for (const QString& address : addresses) {
                OutboxMessage m;
                m.reminderId = reminder.id;
                m.letterId = who.letter.id;
                m.recipient = who.letter.recipient;
                m.toAddress = address;
                m.toName = who.name;
                // No copy list here: Outbox reads smtp.cc when it sends, so a
                // setting fixed after queueing fixes the waiting messages.
                m.subject = subject;
                m.body = body;
                m.attachmentPath = who.letter.filePath;
                m.attachmentName = MailAddress::asciiFileName(fileName);
                m.createdAt = QDateTime::currentDateTimeUtc();
                const bool usable = MailAddress::isValid(address);
                if (!usable) {
                    m.state = OutboxState::Failed;
                    m.permanentFailure = true;
                    m.lastError =
                        tr("“%1” is not a valid e-mail address.").arg(address.simplified());
                }
                auto id = OutboxRepository::insertIn(conn, m);
                if (!id)
                    return R::failure(id.error());
                if (!id->has_value()) {
                    ++report.alreadyQueued;
                    continue;
                }
                if (usable) {
                    ++report.queued;
                    continue;
                }
                report.refused << account.ref + QStringLiteral(": ") + m.lastError;
                if (Status s =
                        OutboxRepository::fallBackToPaperIn(conn, reminder.id, who.letter.id);
                    !s)
                    return R::failure(s.error());
            }
        }
    }
    return report;
}

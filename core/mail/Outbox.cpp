#include "Outbox.h"

#include "MessageBuilder.h"
#include "SmtpSender.h"
#include "storage/AgencyRepository.h"
#include "storage/OutboxRepository.h"

#include <memory>

qint64 Outbox::backoffSeconds(int attempts)
{
    static const qint64 waits[] = {60, 5 * 60, 30 * 60, 2 * 3600, 6 * 3600};
    const int i = std::clamp(attempts - 1, 0, int(std::size(waits)) - 1);
    return waits[i];
}

SmtpSettings Outbox::effectiveSettings() const
{
    SmtpSettings s = SmtpSettings::load(m_db);
    if (s.fromName.isEmpty()) {
        auto agency = AgencyRepository(m_db).load();
        if (agency)
            s.fromName = agency->name.simplified();
    }
    return s;
}

Result<Outbox::Report> Outbox::sendPending(const Options& options)
{
    using R = Result<Report>;
    OutboxRepository repo(m_db);
    Report report;

    auto uncertain = repo.markInterruptedUncertain();
    if (!uncertain)
        return R::failure(uncertain.error());
    report.uncertainFound = *uncertain;

    auto due = repo.due(options.runId, options.now);
    if (!due)
        return R::failure(due.error());
    const SmtpSettings settings = effectiveSettings();
    const auto describe = [](const OutboxMessage& m) -> QString {
        return (m.accountRef.isEmpty() ? QString() : m.accountRef + QStringLiteral(" ")) + u'<' +
               m.toAddress.simplified() + u'>';
    };

    if (!due->isEmpty() && !settings.problems().isEmpty()) {
        report.sessionError = settings.problems().join(u' ');
        report.notAttempted += int(due->size());
        return report;
    }

    // Refuse what can never go before any connection is made.
    QList<OutboxMessage> sendable;
    for (const OutboxMessage& m : *due) {
        if (m.letterId > 0 && m.attachmentPath.isEmpty()) {
            // The e-mail says its letter is attached: wait for the PDF
            // rather than send an e-mail without it.
            ++report.notAttempted;
            report.problems << describe(m) + QStringLiteral(": ") +
                                   tr("its letter has no PDF yet (produce the run's letters "
                                      "first, e.g. run … --out DIR); it stays queued.");
            continue;
        }
        const QStringList problems = MessageBuilder::problems(m, settings);
        if (problems.isEmpty()) {
            sendable << m;
            continue;
        }
        if (Status s = repo.refuse(m.id, problems.join(u' ')); !s)
            return R::failure(s.error());
        ++report.permanentFailures;
        report.problems << describe(m) + QStringLiteral(": ") + problems.join(u' ');
    }
    if (sendable.isEmpty())
        return report;

    std::unique_ptr<SmtpSender> own;
    SmtpSender* sender = options.sender;
    if (!sender) {
        own = std::make_unique<SmtpSender>(settings, options.password);
        sender = own.get();
    }
    if (!sender->isOpen()) {
        if (Status s = sender->open(); !s) {
            report.sessionError = s.error();
            report.notAttempted += int(sendable.size());
            return report;
        }
    }

    const int total = int(sendable.size());
    for (int i = 0; i < total; ++i) {
        if (options.cancelled && options.cancelled()) {
            report.notAttempted += total - i;
            break;
        }
        OutboxMessage m = sendable.at(i);
        if (m.messageId.isEmpty())
            m.messageId = MessageBuilder::newMessageId(settings);
        // The agency's copy list as it is now, not as it was when queued.
        m.cc = settings.cc;
        auto claimed = repo.claim(m.id, m.messageId, m.cc);
        if (!claimed)
            return R::failure(claimed.error());
        if (!*claimed)
            continue; // another sender has it
        auto built = MessageBuilder::build(m, settings);
        if (!built) {
            if (Status s = repo.markFailed(m.id, built.error(), true, {}); !s)
                return R::failure(s.error());
            ++report.permanentFailures;
            report.problems << describe(m) + QStringLiteral(": ") + built.error();
            continue;
        }
        const SmtpSender::SendResult result = sender->send(*built);
        Status recorded;
        if (result.outcome == SmtpSender::Outcome::Sent) {
            recorded = repo.markSent(m.id, QDateTime::currentDateTimeUtc());
            ++report.sent;
        } else {
            const int attempts = m.attempts + 1;
            const bool permanent =
                result.outcome == SmtpSender::Outcome::PermanentFailure || attempts >= maxAttempts;
            recorded = repo.markFailed(m.id, result.reply, permanent,
                                       options.now.addSecs(backoffSeconds(attempts)));
            if (permanent)
                ++report.permanentFailures;
            else
                ++report.temporaryFailures;
            report.problems << describe(m) + QStringLiteral(": ") + result.reply;
        }
        if (!recorded)
            return R::failure(recorded.error());
        if (options.progress)
            options.progress(i + 1, total);
        if (sender->sessionLost()) {
            // The server is gone: the rest waits for the next send, untouched.
            report.sessionError = result.reply;
            report.notAttempted += total - i - 1;
            break;
        }
    }
    if (own)
        own->close();
    return report;
}

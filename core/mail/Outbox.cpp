#include "Outbox.h"

#include "MessageBuilder.h"
#include "SmtpAbort.h"
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

Result<SmtpSettings> Outbox::effectiveSettings() const
{
    auto loaded = SmtpSettings::load(m_db);
    if (!loaded)
        return loaded;
    SmtpSettings s = *loaded;
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
    if (!options.only.isEmpty())
        due->removeIf([&](const OutboxMessage& m) { return !options.only.contains(m.id); });
    auto effective = effectiveSettings();
    if (!effective)
        return R::failure(effective.kind(), effective.error());
    const SmtpSettings& settings = *effective;
    const auto describe = [](const OutboxMessage& m) -> QString {
        return (m.accountRef.isEmpty() ? QString() : m.accountRef + QStringLiteral(" ")) + u'<' +
               m.toAddress.simplified() + u'>';
    };
    const auto leaveQueued = [&](const QList<OutboxMessage>& messages, qsizetype from) {
        for (qsizetype i = from; i < messages.size(); ++i) {
            ++report.notAttempted;
            report.leftQueued << describe(messages.at(i));
        }
    };

    if (!due->isEmpty() && !settings.problems().isEmpty()) {
        report.sessionError = settings.problems().join(u' ');
        leaveQueued(*due, 0);
        return report;
    }

    // Refuse what can never go before any connection is made.
    QList<OutboxMessage> sendable;
    for (OutboxMessage m : std::as_const(*due)) {
        // The agency's copy list as it is now, not as it was when queued:
        // fixing the setting fixes the messages already waiting.
        m.cc = settings.cc;
        if (m.letterId > 0 && m.attachmentPath.isEmpty()) {
            // The e-mail says its letter is attached: wait for the PDF
            // rather than send an e-mail without it.
            ++report.notAttempted;
            ++report.lettersMissing;
            report.problems << describe(m) + QStringLiteral(": ") +
                                   tr("its letter has no PDF yet (produce the run's letters "
                                      "first); it stays queued.");
            continue;
        }
        if (const QString missing = MessageBuilder::attachmentProblem(m); !missing.isEmpty()) {
            // Restored or written again, the PDF can still go: never a
            // permanent failure that would send the letter to paper.
            if (Status s = repo.holdBack(m.id, missing); !s)
                return R::failure(s.error());
            ++report.temporaryFailures;
            ++report.lettersMissing;
            report.problems << describe(m) + QStringLiteral(": ") + missing;
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
        own->setAbort(options.abort);
        sender = own.get();
    }
    const auto stopRequested = [&options] {
        return (options.cancelled && options.cancelled()) ||
               (options.abort && options.abort->aborted());
    };
    if (!sender->isOpen()) {
        if (Status s = sender->open(); !s) {
            report.sessionError = s.error();
            leaveQueued(sendable, 0);
            return report;
        }
    }

    const int total = int(sendable.size());
    for (int i = 0; i < total; ++i) {
        if (stopRequested()) {
            leaveQueued(sendable, i);
            break;
        }
        OutboxMessage m = sendable.at(i);
        if (m.messageId.isEmpty())
            m.messageId = MessageBuilder::newMessageId(settings);
        auto claimed = repo.claim(m.id, m.messageId, m.cc);
        if (!claimed)
            return R::failure(claimed.error());
        if (!*claimed)
            continue; // another sender has it
        auto built = MessageBuilder::build(m, settings);
        if (!built) {
            // Only the PDF can have changed since the checks above (removed
            // meanwhile): that one waits, anything else never goes.
            const bool missing = !MessageBuilder::attachmentProblem(m).isEmpty();
            if (Status s = repo.markFailed(m.id, built.error(), !missing, {}); !s)
                return R::failure(s.error());
            ++(missing ? report.temporaryFailures : report.permanentFailures);
            report.problems << describe(m) + QStringLiteral(": ") + built.error();
            continue;
        }
        const SmtpSender::SendResult result = sender->send(*built);
        Status recorded;
        if (result.outcome == SmtpSender::Outcome::Sent) {
            recorded = repo.markSent(m.id, QDateTime::currentDateTimeUtc());
            ++report.sent;
        } else if (result.outcome == SmtpSender::Outcome::Uncertain) {
            recorded = repo.markUncertain(m.id, result.reply);
            ++report.uncertain;
            report.problems << describe(m) + QStringLiteral(": ") + result.reply;
        } else if (sender->aborted()) {
            // Stopped by us, not refused by the server: due again at once.
            recorded = repo.markFailed(m.id, result.reply, false, options.now);
            ++report.temporaryFailures;
            report.problems << describe(m) + QStringLiteral(": ") + result.reply;
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
        if (sender->aborted()) {
            leaveQueued(sendable, i + 1);
            break;
        }
        if (sender->serverNotAnswering()) {
            // Every further message would cost a time-out (or two) and
            // might leave one more uncertain: the rest waits, untouched.
            report.sessionError =
                tr("The mail server %1 is not answering (%n time-outs in a row): sending "
                   "stopped.",
                   nullptr, sender->consecutiveTimeouts())
                    .arg(settings.host);
            leaveQueued(sendable, i + 1);
            break;
        }
        if (sender->sessionLost()) {
            // The server is gone: the rest waits for the next send, untouched.
            report.sessionError = result.reply;
            leaveQueued(sendable, i + 1);
            break;
        }
    }
    if (own)
        own->close();
    return report;
}

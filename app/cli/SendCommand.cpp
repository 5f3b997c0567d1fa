#include "CliContext.h"
#include "mail/Keychain.h"
#include "mail/Outbox.h"
#include "mail/OutboxDecision.h"
#include "mail/SmtpPassword.h"
#include "storage/OutboxRepository.h"
#include "storage/RunRepository.h"

namespace {

bool parseId(CliContext& ctx, const QCommandLineParser& parser, const QString& option, qint64* id,
             int* exitCode)
{
    bool ok = false;
    *id = parser.value(option).toLongLong(&ok);
    if (!ok || *id <= 0) {
        *exitCode = ctx.usageError(
            CliContext::tr("--%1 takes a number, not “%2”.").arg(option, parser.value(option)));
        return false;
    }
    return true;
}

void listProblems(CliContext& ctx, const OutboxRepository& repo, qint64 runId)
{
    for (OutboxState state : {OutboxState::Failed, OutboxState::Uncertain}) {
        auto list = repo.list(state, runId);
        if (!list)
            continue;
        for (const OutboxMessage& m : *list)
            ctx.out() << QStringLiteral("%1\t%2\t%3\t<%4>\t%5")
                             .arg(QString::number(m.id), OutboxStates::label(state), m.accountRef,
                                  m.toAddress.simplified(), m.lastError.simplified())
                      << Qt::endl;
    }
}

} // namespace

int runSend(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("run"), CliContext::tr("Only the e-mails of this run."),
                      CliContext::tr("id")});
    parser.addOption({QStringLiteral("mark-sent"),
                      CliContext::tr("Records that an uncertain e-mail did arrive (it is not "
                                     "sent again)."),
                      CliContext::tr("id")});
    parser.addOption({QStringLiteral("resend"),
                      CliContext::tr("Puts an uncertain or failed e-mail back in the queue."),
                      CliContext::tr("id")});
    parser.addOption({QStringLiteral("list"),
                      CliContext::tr("Lists the failed and uncertain e-mails, sends nothing.")});
    int exitCode = ExitSuccess;
    if (!ctx.parse(parser,
                   CliContext::tr("E-mails the pending messages, each with its letter attached."),
                   &exitCode))
        return exitCode;
    qint64 runId = 0;
    if (parser.isSet(QStringLiteral("run")) &&
        !parseId(ctx, parser, QStringLiteral("run"), &runId, &exitCode))
        return exitCode;
    auto db = ctx.openDatabase(parser);
    if (!db)
        return ExitBadInput;
    if (runId > 0) {
        // A mistyped id must not look like a run with nothing left to send.
        if (auto run = RunRepository(*db).byId(runId); !run)
            return ctx.fail(ExitBadInput, run.error());
    }
    OutboxRepository repo(*db);

    for (const QString& option : {QStringLiteral("mark-sent"), QStringLiteral("resend")}) {
        if (!parser.isSet(option))
            continue;
        qint64 id = 0;
        if (!parseId(ctx, parser, option, &id, &exitCode))
            return exitCode;
        const Status s = option == QLatin1String("resend") ? OutboxDecision::requeue(*db, id)
                                                           : OutboxDecision::confirmSent(*db, id);
        if (!s)
            return ctx.fail(ExitBadInput, s.error());
        ctx.err() << (option == QLatin1String("resend")
                          ? CliContext::tr("E-mail %1 will be sent with the next send.").arg(id)
                          : CliContext::tr("E-mail %1 is recorded as sent.").arg(id))
                  << Qt::endl;
        return ExitSuccess;
    }
    if (parser.isSet(QStringLiteral("list"))) {
        listProblems(ctx, repo, runId);
        return ExitSuccess;
    }

    Outbox outbox(*db);
    Outbox::Options options;
    options.runId = runId;
    auto effective = outbox.effectiveSettings();
    if (!effective)
        return ctx.fail(ExitBadInput, effective.error());
    const SmtpSettings& settings = *effective;
    auto keychain = Keychain::system();
    auto password = SmtpPassword::find(settings, *keychain);
    if (!password)
        return ctx.fail(ExitBadInput, CliContext::passwordProblem(password));
    options.password = *password;
    options.progress = [&ctx](int done, int total) {
        if (done == total || done % 50 == 0)
            ctx.err() << CliContext::tr("%1 of %2 e-mails handled").arg(done).arg(total)
                      << Qt::endl;
    };
    auto report = outbox.sendPending(options);
    if (!report)
        return ctx.fail(ExitBadInput, report.error());

    ctx.err() << CliContext::tr("%n e-mail(s) sent.", nullptr, report->sent) << Qt::endl;
    if (report->uncertainFound > 0)
        ctx.err() << CliContext::tr("%n e-mail(s) were being sent when Relance stopped: they may "
                                    "or may not have arrived and are not sent again. Check, then "
                                    "use “send --mark-sent ID” or “send --resend ID”.",
                                    nullptr, report->uncertainFound)
                  << Qt::endl;
    // One line per message that did not go: who, and why.
    for (const QString& p : report->problems)
        ctx.err() << CliContext::tr("Not sent: %1").arg(p) << Qt::endl;
    if (report->lettersMissing > 0)
        ctx.err() << CliContext::tr("hint: “relance-cli run --resume” produces the letters of "
                                    "stopped runs; their e-mails then go with the next send.")
                  << Qt::endl;
    for (const QString& who : report->leftQueued)
        ctx.err() << CliContext::tr("Not sent: %1: stays in the queue for the next send.").arg(who)
                  << Qt::endl;
    if (report->uncertain > 0)
        ctx.err() << CliContext::tr("%n e-mail(s) went to the server whole but got no answer: "
                                    "they may or may not have arrived and are not sent again. "
                                    "Check (the recipient, or the server's log), then use "
                                    "“send --mark-sent ID” or “send --resend ID”.",
                                    nullptr, report->uncertain)
                  << Qt::endl;
    if (!report->sessionError.isEmpty())
        ctx.err() << CliContext::tr("Error: %1").arg(report->sessionError) << u'\n'
                  << CliContext::tr("%n e-mail(s) stay in the queue for the next send.", nullptr,
                                    report->notAttempted)
                  << Qt::endl;
    const bool partly = !report->allSent() || report->uncertainFound > 0;
    if (partly)
        listProblems(ctx, repo, runId);
    return partly ? ExitPartial : ExitSuccess;
}

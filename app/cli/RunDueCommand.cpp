#include "CliContext.h"
#include "mail/Keychain.h"
#include "mail/Outbox.h"
#include "mail/SmtpPassword.h"
#include "recovery/DeadlineDigest.h"
#include "reminders/DefaultProgram.h"
#include "reminders/RunPipeline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// What run-due did, level by level, for scripts and golden tests.
QJsonObject reportJson(const AutomationReport& report)
{
    QJsonArray levels;
    for (qsizetype n = 0; n < report.levels.size(); ++n) {
        const AutomationLevelRun& level = report.levels.at(n);
        QJsonArray issued;
        for (const RunIssued& i : level.outcome.issued)
            issued.append(i.ref);
        QJsonObject o;
        o[QStringLiteral("program")] = level.programName;
        o[QStringLiteral("level")] = level.position;
        o[QStringLiteral("level_name")] = level.levelName;
        o[QStringLiteral("due_date")] = level.dueDate.toString(Qt::ISODate);
        o[QStringLiteral("ran")] = level.due;
        o[QStringLiteral("run")] =
            level.due ? QJsonValue(level.outcome.runId) : QJsonValue(QJsonValue::Null);
        o[QStringLiteral("status")] = level.due
                                          ? QJsonValue(RunStatuses::toKey(level.outcome.status))
                                          : QJsonValue(QJsonValue::Null);
        o[QStringLiteral("refusal_reason")] = level.outcome.refusalReason.isEmpty()
                                                  ? QJsonValue(QJsonValue::Null)
                                                  : QJsonValue(level.outcome.refusalReason);
        o[QStringLiteral("issued")] = issued;
        levels.append(o);
    }
    return QJsonObject{{QStringLiteral("today"), report.today.toString(Qt::ISODate)},
                       {QStringLiteral("levels"), levels}};
}

// Says what became of one automated run's letters and e-mails; returns
// false when something is left undone.
bool reportDelivery(CliContext& ctx, const RunOutcome& outcome, const RunDelivery& d)
{
    bool complete = true;
    // Without a QGuiApplication the letters still wait in the print batch;
    // only their PDFs (e-mail attachments) were not made here.
    if (d.lettersFailure.kind == RunFailureKind::CannotDraw) {
        ctx.err() << CliContext::tr("Run %1: %n letter(s) wait in the print batch.", nullptr,
                                    d.letters)
                         .arg(outcome.runId)
                  << u'\n';
    } else if (d.lettersFailure.kind == RunFailureKind::LettersNotProduced) {
        ctx.err() << CliContext::tr("Run %1: its letters were not produced: %2 Finish it "
                                    "with “relance-cli run --resume %1” once the cause is "
                                    "fixed.")
                         .arg(outcome.runId)
                         .arg(d.lettersFailure.reason)
                  << u'\n';
        complete = false;
    } else if (d.produced) {
        ctx.err() << CliContext::tr("Run %1: %n letter(s) wait in the print batch.", nullptr,
                                    d.produced->letters)
                         .arg(outcome.runId)
                  << u'\n';
    }
    if (!d.emailsAttempted)
        return complete && outcome.emailProblems.isEmpty();
    if (d.mailFailure.kind == RunFailureKind::NoPassword) {
        ctx.err() << CliContext::tr("Run %1: %n e-mail(s) stay queued: %2", nullptr,
                                    outcome.emailsQueued)
                         .arg(outcome.runId)
                         .arg(d.mailFailure.reason)
                  << u'\n';
        return false;
    }
    if (!d.mail) {
        ctx.err() << CliContext::tr("Run %1: the e-mails were not sent: %2")
                         .arg(outcome.runId)
                         .arg(d.mailFailure.reason)
                  << u'\n';
        return false;
    }
    ctx.err()
        << CliContext::tr("Run %1: %n e-mail(s) sent.", nullptr, d.mail->sent).arg(outcome.runId)
        << u'\n';
    for (const QString& p : d.mail->problems)
        ctx.err() << CliContext::tr("Not sent: %1").arg(p) << u'\n';
    if (!d.mail->sessionError.isEmpty())
        ctx.err() << CliContext::tr("Error: %1").arg(d.mail->sessionError) << u'\n';
    return complete && d.mail->allSent() && outcome.emailProblems.isEmpty();
}

// Sends the day's digest of recovery deadlines to the agency; returns false
// when it should have gone and did not.
bool sendDigest(CliContext& ctx, const Database& db, QDate day,
                const DeadlineDigest::Password& password)
{
    auto digest = DeadlineDigest(db).sendOnce(day, password);
    if (!digest) {
        ctx.err() << CliContext::tr("The digest of the recovery deadlines was not sent: %1")
                         .arg(digest.error())
                  << u'\n';
        return false;
    }
    // Said after the deadlines' count when plans went wrong since the last digest.
    const QString plans = digest->plans > 0
                              ? u' ' + CliContext::tr("%n payment plan(s) became late or broken.",
                                                      nullptr, digest->plans)
                              : QString();
    switch (digest->state) {
    case DeadlineDigest::State::Sent:
        if (digest->deadlines > 0)
            ctx.err() << CliContext::tr("Digest of the recovery deadlines sent to the agency: %n "
                                        "deadline(s) late or due within 7 days.",
                                        nullptr, digest->deadlines)
                      << plans << u'\n';
        else
            ctx.err() << CliContext::tr("Digest of the recovery path sent to the agency: %n "
                                        "payment plan(s) became late or broken.",
                                        nullptr, digest->plans)
                      << u'\n';
        break;
    case DeadlineDigest::State::NothingDue:
        break;
    case DeadlineDigest::State::AlreadySent:
        ctx.err() << CliContext::tr("The digest of the recovery deadlines went already today.")
                  << u'\n';
        break;
    case DeadlineDigest::State::NoAddress:
        ctx.err() << CliContext::tr("%n recovery deadline(s) late or due within 7 days; no "
                                    "digest was e-mailed: the agency has no e-mail address "
                                    "(Settings, Agency).",
                                    nullptr, digest->deadlines)
                  << plans << u'\n';
        break;
    case DeadlineDigest::State::NoServer:
        ctx.err() << CliContext::tr("%n recovery deadline(s) late or due within 7 days; no "
                                    "digest was e-mailed: no mail server is set (Settings, "
                                    "E-mail).",
                                    nullptr, digest->deadlines)
                  << plans << u'\n';
        break;
    }
    return true;
}

} // namespace

int runRunDue(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption today(QStringLiteral("today"),
                                   CliContext::tr("The day to act as (default: today)."),
                                   CliContext::tr("YYYY-MM-DD"));
    const QCommandLineOption force(
        QStringLiteral("force"),
        CliContext::tr("Run even though the ledger looks stale (payments may be missing)."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  CliContext::tr("Writes what each automated level did as JSON on "
                                                 "standard output."));
    parser.addOption(today);
    parser.addOption(force);
    parser.addOption(json);
    int exitCode = ExitSuccess;
    if (!ctx.parse(parser,
                   CliContext::tr("The automation: runs each automated level that is due "
                                  "today, in order, once per month."),
                   &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(CliContext::tr("run-due takes no arguments besides its options."));
    QDate day;
    if (!ctx.parseDate(parser, QStringLiteral("today"), &day, &exitCode))
        return exitCode;
    auto db = ctx.openDatabase(parser);
    if (!db)
        return ExitBadInput;

    const Database& database = *db;
    RunPipeline pipeline(database);
    // The keyring is asked only when a run has e-mails to send.
    const RunPipeline::Password password = [&database]() -> Result<QString> {
        auto keychain = Keychain::system();
        auto password = SmtpPassword::find(Outbox(database).effectiveSettings(), *keychain);
        // The CLI's own hint (where to save the password) goes with it.
        if (!password)
            return Result<QString>::failure(password.kind(), CliContext::passwordProblem(password));
        return password;
    };
    pipeline.setPassword(password);
    const RunDueResult done =
        pipeline.runDue(day, parser.isSet(force), Database::currentUserName());
    if (done.failure.kind == RunFailureKind::OutputUnusable)
        return ctx.fail(ExitBadInput,
                        CliContext::tr("Nothing was recorded: %1").arg(done.failure.reason));
    if (done.failure.failed())
        return ctx.fail(ExitBadInput, done.failure.reason);
    const AutomationReport& report = done.report;

    const QLocale locale;
    int ran = 0;
    bool partly = false;
    for (qsizetype n = 0; n < report.levels.size(); ++n) {
        const AutomationLevelRun& level = report.levels.at(n);
        if (!level.due) {
            ctx.err() << CliContext::tr("%1 (%2): not due (next on or after %3, once a month).")
                             .arg(level.levelName, DefaultProgram::displayName(level.programName),
                                  locale.toString(level.dueDate, QLocale::ShortFormat))
                      << u'\n';
            continue;
        }
        ++ran;
        if (level.outcome.status == RunStatus::Refused) {
            ctx.err() << CliContext::tr("%1 (%2): refused, recorded as run %3. %4")
                             .arg(level.levelName, DefaultProgram::displayName(level.programName))
                             .arg(level.outcome.runId)
                             .arg(level.outcome.message)
                      << u' ' << CliContext::tr("Give --force to run anyway.") << u'\n';
            continue;
        }
        ctx.err() << CliContext::tr("%1 (%2): run %3, %n reminder(s) issued.", nullptr,
                                    int(level.outcome.issued.size()))
                         .arg(level.levelName, DefaultProgram::displayName(level.programName))
                         .arg(level.outcome.runId)
                  << u'\n';
        for (const QString& problem : level.outcome.emailProblems)
            ctx.err() << CliContext::tr("E-mail not queued: %1").arg(problem) << u'\n';
        if (!reportDelivery(ctx, level.outcome, done.deliveries.at(n)))
            partly = true;
        if (!parser.isSet(json))
            ctx.out() << level.outcome.runId << u'\n';
    }
    if (parser.isSet(json))
        ctx.out() << QString::fromUtf8(
            QJsonDocument(reportJson(report)).toJson(QJsonDocument::Indented));
    if (report.levels.isEmpty())
        ctx.err() << CliContext::tr("No level has automation enabled: nothing to do.") << u'\n';
    else if (ran == 0)
        ctx.err() << CliContext::tr("No automated level is due today.") << u'\n';
    // After the runs: a registered reminder issued today may have done a
    // deadline.
    if (!sendDigest(ctx, database, day, password))
        partly = true;
    ctx.out().flush();
    ctx.err().flush();
    if (report.refused)
        return ExitRefused;
    return partly ? ExitPartial : ExitSuccess;
}

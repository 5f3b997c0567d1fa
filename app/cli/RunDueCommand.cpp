#include "CliContext.h"
#include "letters/LetterOutputCheck.h"
#include "letters/LetterProducer.h"
#include "mail/Keychain.h"
#include "mail/Outbox.h"
#include "mail/SmtpPassword.h"
#include "reminders/Automation.h"
#include "reminders/DefaultProgram.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStandardPaths>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// What run-due did, level by level, for scripts and golden tests.
QJsonObject reportJson(const AutomationReport& report)
{
    QJsonArray levels;
    for (const AutomationLevelRun& level : report.levels) {
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

// Where run-due keeps the PDFs of its letters (the e-mails attach them; the
// paper copies wait in the print batch): beside the database file.

// Renders the letters of one automated run and sends its e-mails; returns
// false when something is left undone (reported on stderr).
bool deliver(CliContext& ctx, const Database& db, const RunOutcome& outcome)
{
    int letters = 0;
    for (const RunIssued& i : outcome.issued)
        letters += i.letters;
    bool complete = true;
    // Drawing letters needs a QGuiApplication; without one the letters still
    // wait in the print batch, only their PDFs (e-mail attachments) are not
    // made here.
    const bool canRender = qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr;
    if (letters > 0 && !canRender) {
        ctx.err() << CliContext::tr("Run %1: %n letter(s) wait in the print batch.", nullptr,
                                    letters)
                         .arg(outcome.runId)
                  << u'\n';
    } else if (letters > 0) {
        LetterOutputOptions output;
        output.outDir = LetterProducer::runFolder(db, outcome.runId);
        output.keepInPrintBatch = true; // produceRun creates the folder, or says why not
        auto produced = LetterProducer::produceRun(db, outcome.runId, output);
        if (!produced) {
            ctx.err() << CliContext::tr("Run %1: its letters were not produced: %2 Finish it "
                                        "with “relance-cli run --resume %1” once the cause is "
                                        "fixed.")
                             .arg(outcome.runId)
                             .arg(produced.error())
                      << u'\n';
            complete = false;
        } else {
            ctx.err() << CliContext::tr("Run %1: %n letter(s) wait in the print batch.", nullptr,
                                        produced->letters)
                             .arg(outcome.runId)
                      << u'\n';
        }
    }
    if (outcome.emailsQueued == 0)
        return complete && outcome.emailProblems.isEmpty();

    Outbox outbox(db);
    Outbox::Options options;
    options.runId = outcome.runId;
    auto keychain = Keychain::system();
    auto password = SmtpPassword::find(outbox.effectiveSettings(), *keychain);
    if (!password) {
        ctx.err() << CliContext::tr("Run %1: %n e-mail(s) stay queued: %2", nullptr,
                                    outcome.emailsQueued)
                         .arg(outcome.runId)
                         .arg(CliContext::passwordProblem(password))
                  << u'\n';
        return false;
    }
    options.password = *password;
    auto report = outbox.sendPending(options);
    if (!report) {
        ctx.err() << CliContext::tr("Run %1: the e-mails were not sent: %2")
                         .arg(outcome.runId)
                         .arg(report.error())
                  << u'\n';
        return false;
    }
    ctx.err()
        << CliContext::tr("Run %1: %n e-mail(s) sent.", nullptr, report->sent).arg(outcome.runId)
        << u'\n';
    for (const QString& p : report->problems)
        ctx.err() << CliContext::tr("Not sent: %1").arg(p) << u'\n';
    if (!report->sessionError.isEmpty())
        ctx.err() << CliContext::tr("Error: %1").arg(report->sessionError) << u'\n';
    return complete && report->allSent() && outcome.emailProblems.isEmpty();
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

    // The runs' letters go beside the database: checked before any run is
    // recorded, so that none is left without its letters.
    if (Status s = LetterOutputCheck::checkFolder(
            QFileInfo(LetterProducer::runFolder(*db, 0)).absolutePath());
        !s)
        return ctx.fail(ExitBadInput, CliContext::tr("Nothing was recorded: %1").arg(s.error()));
    auto report = Automation::runDue(*db, day, parser.isSet(force), Database::currentUserName());
    if (!report)
        return ctx.fail(ExitBadInput, report.error());

    const QLocale locale;
    int ran = 0;
    bool partly = false;
    for (const AutomationLevelRun& level : report->levels) {
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
                      << u'\n';
            continue;
        }
        ctx.err() << CliContext::tr("%1 (%2): run %3, %n reminder(s) issued.", nullptr,
                                    int(level.outcome.issued.size()))
                         .arg(level.levelName, DefaultProgram::displayName(level.programName))
                         .arg(level.outcome.runId)
                  << u'\n';
        for (const QString& problem : level.outcome.emailProblems)
            ctx.err() << CliContext::tr("E-mail not queued: %1").arg(problem) << u'\n';
        if (!deliver(ctx, *db, level.outcome))
            partly = true;
        if (!parser.isSet(json))
            ctx.out() << level.outcome.runId << u'\n';
    }
    if (parser.isSet(json))
        ctx.out() << QString::fromUtf8(
            QJsonDocument(reportJson(*report)).toJson(QJsonDocument::Indented));
    if (report->levels.isEmpty())
        ctx.err() << CliContext::tr("No level has automation enabled: nothing to do.") << u'\n';
    else if (ran == 0)
        ctx.err() << CliContext::tr("No automated level is due today.") << u'\n';
    ctx.out().flush();
    ctx.err().flush();
    if (report->refused)
        return ExitRefused;
    return partly ? ExitPartial : ExitSuccess;
}

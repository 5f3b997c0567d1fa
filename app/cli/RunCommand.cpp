#include "CliContext.h"
#include "letters/LetterOutputCheck.h"
#include "letters/LetterProducer.h"
#include "recovery/RecoveryLabels.h"
#include "reminders/CodeLabels.h"
#include "reminders/RunPipeline.h"
#include "reminders/RunResume.h"
#include "storage/RunRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString describe(const RunIssued& i, const QLocale& locale)
{
    QString line = CliContext::tr("%1: %2").arg(i.ref, i.levelName);
    if (i.repeat > 0)
        line += CliContext::tr(" (repeat %1)").arg(i.repeat);
    line += QStringLiteral(", ") + i.overdue.toLocaleString(locale);
    if (i.manual)
        line += CliContext::tr(", manual (despite: %1)")
                    .arg(CodeLabels::overridden(i.overriddenReason));
    if (!i.feeInvoiceNumber.isEmpty())
        line += CliContext::tr(", fee %1 (invoice %2)")
                    .arg(i.fee.toLocaleString(locale), i.feeInvoiceNumber);
    if (i.paymentPlan)
        line += CliContext::tr(", payment plan %1").arg(RecoveryLabels::planState(*i.paymentPlan));
    return line;
}

// `run --resume [ID]`: finishes recorded runs whose letters were not all
// written (RunResume); records no reminder.
int resumeRuns(CliContext& ctx, const QCommandLineParser& parser,
               const LetterOutputOptions& override)
{
    qint64 wanted = 0;
    if (!parser.positionalArguments().isEmpty()) {
        const QString text = parser.positionalArguments().first();
        bool ok = false;
        wanted = text.toLongLong(&ok);
        if (!ok || wanted <= 0)
            return ctx.usageError(
                CliContext::tr("--resume takes the number of a run, not “%1”.").arg(text));
    }
    if (!override.outDir.isEmpty() || !override.mergedPath.isEmpty() ||
        !override.printerName.isEmpty())
        if (Status s = LetterOutputCheck::check(override); !s)
            return ctx.fail(ExitBadInput, s.error());
    auto db = ctx.openDatabase(parser);
    if (!db)
        return ExitBadInput;
    QList<qint64> runs;
    if (wanted > 0) {
        auto run = RunRepository(*db).byId(wanted);
        if (!run)
            return ctx.fail(ExitBadInput, run.error());
        runs << wanted;
    } else {
        auto owing = RunResume::owingRuns(*db);
        if (!owing)
            return ctx.fail(ExitBadInput, owing.error());
        runs = *owing;
        if (runs.isEmpty())
            ctx.err() << CliContext::tr("No recorded run still owes letters.") << u'\n';
    }
    int result = ExitSuccess;
    for (qint64 runId : std::as_const(runs)) {
        auto done = RunResume::resume(*db, runId, override);
        if (!done) {
            ctx.err() << CliContext::tr("Error: %1").arg(done.error()) << u'\n';
            result = ExitPartial;
            continue;
        }
        if (done->lettersInPrintBatch)
            ctx.err() << CliContext::tr("Run %1: its letters wait in the print batch (the run "
                                        "asked for no PDF and no printer); give --out, --merged "
                                        "or --printer to produce them.")
                             .arg(runId)
                      << u'\n';
        else if (done->printed)
            ctx.err() << CliContext::tr("Run %1: %n letter(s) sent to the printer.", nullptr,
                                        done->letters)
                             .arg(runId)
                      << u'\n';
        else
            ctx.err() << CliContext::tr("Run %1: %n letter(s) written.", nullptr, done->letters)
                             .arg(runId)
                      << u'\n';
        if (done->emailsQueued > 0)
            ctx.err() << CliContext::tr("Run %1: %n e-mail(s) queued: send them with "
                                        "“relance-cli send --run %1”.",
                                        nullptr, done->emailsQueued)
                             .arg(runId)
                      << u'\n';
        for (const QString& problem : std::as_const(done->emailProblems))
            ctx.err() << CliContext::tr("E-mail not queued: %1").arg(problem) << u'\n';
        ctx.out() << runId << u'\n';
    }
    ctx.out().flush();
    ctx.err().flush();
    return result;
}

} // namespace

int runRun(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  CliContext::tr("The date of the run (default: today)."),
                                  CliContext::tr("YYYY-MM-DD"));
    const QCommandLineOption accounts(
        QStringLiteral("accounts"),
        CliContext::tr("Only these accounts (refs separated by commas)."), CliContext::tr("refs"));
    const QCommandLineOption manual(
        QStringLiteral("manual"),
        CliContext::tr("Also issue the next level to the listed accounts that the plan skips for "
                       "a reason that may be overridden (too early, gap, threshold, exclusion)."));
    const QCommandLineOption templ(
        QStringLiteral("template"),
        CliContext::tr("Use this template of each level instead of its default."),
        CliContext::tr("name"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 CliContext::tr("Write one PDF per letter into this folder."),
                                 CliContext::tr("dir"));
    const QCommandLineOption merged(QStringLiteral("merged"),
                                    CliContext::tr("Write all the letters into one PDF to print."),
                                    CliContext::tr("file.pdf"));
    const QCommandLineOption printer(QStringLiteral("printer"),
                                     CliContext::tr("Print the letters on this printer."),
                                     CliContext::tr("name"));
    const QCommandLineOption force(
        QStringLiteral("force"),
        CliContext::tr("Run even though the ledger looks stale (payments may be missing)."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  CliContext::tr("Writes the run id and what was issued as "
                                                 "JSON on standard output."));
    const QCommandLineOption resume(
        QStringLiteral("resume"),
        CliContext::tr("Finish a recorded run whose letters were not all written (the run was "
                       "stopped, the disk was full…): give its number, or nothing for every such "
                       "run. Writes only the letters still owed and queues only the e-mails not "
                       "yet queued; records no reminder."));
    for (const auto& o : {asOf, accounts, manual, templ, out, merged, printer, force, json, resume})
        parser.addOption(o);
    int exitCode = ExitSuccess;
    if (!ctx.parse(parser,
                   CliContext::tr("Issues what “plan” shows, records it and produces the "
                                  "letters; prints the run id."),
                   &exitCode))
        return exitCode;
    LetterOutputOptions output;
    if (parser.isSet(out))
        output.outDir = QDir::cleanPath(QFileInfo(parser.value(out)).absoluteFilePath());
    if (parser.isSet(merged))
        output.mergedPath = QDir::cleanPath(QFileInfo(parser.value(merged)).absoluteFilePath());
    output.printerName = parser.value(printer);
    if (parser.isSet(resume)) {
        for (const QCommandLineOption* o : {&asOf, &accounts, &manual, &templ, &force, &json})
            if (parser.isSet(*o))
                return ctx.usageError(
                    CliContext::tr("--resume finishes a run already recorded: it takes only "
                                   "--out, --merged and --printer, not --%1.")
                        .arg(o->names().first()));
        return resumeRuns(ctx, parser, output);
    }
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(CliContext::tr("run takes no arguments besides its options (a run "
                                             "number goes with --resume)."));

    RunOptions options;
    if (!ctx.parseDate(parser, QStringLiteral("as-of"), &options.asOf, &exitCode))
        return exitCode;
    for (const QString& ref : parser.value(accounts).split(u',', Qt::SkipEmptyParts))
        if (!ref.trimmed().isEmpty() && !options.accountRefs.contains(ref.trimmed()))
            options.accountRefs << ref.trimmed();
    // An empty list is not « every debtor »: that is what leaving out
    // --accounts means, and a script that builds an empty list did not mean it.
    if (parser.isSet(accounts) && options.accountRefs.isEmpty())
        return ctx.usageError(
            CliContext::tr("--accounts names no account: give refs separated by commas (e.g. "
                           "--accounts LOC0042,LOC0043), or leave it out for every debtor."));
    options.manual = parser.isSet(manual);
    if (options.manual && options.accountRefs.isEmpty())
        return ctx.usageError(
            CliContext::tr("--manual issues reminders to named accounts: add --accounts REF,…"));
    options.templateName = parser.value(templ);
    options.force = parser.isSet(force);
    options.userName = Database::currentUserName();
    options.mode = RunMode::Manual;
    const bool printing = parser.isSet(printer);
    // Letters stay "to print" until they are really rendered or printed.
    options.letterState = LetterState::Pending;
    if (parser.isSet(out))
        options.extraOptions[QStringLiteral("out")] = output.outDir;
    if (parser.isSet(merged))
        options.extraOptions[QStringLiteral("merged")] = output.mergedPath;
    if (printing)
        options.extraOptions[QStringLiteral("printer")] = output.printerName;

    auto db = ctx.openDatabase(parser);
    if (!db)
        return ExitBadInput;
    RunRequest request;
    request.options = options;
    request.output = output;
    const RunPipelineResult done = RunPipeline(*db).run(request);
    switch (done.failure.kind) {
    case RunFailureKind::OutputUnusable:
        return ctx.fail(ExitBadInput,
                        CliContext::tr("Nothing was recorded: %1").arg(done.failure.reason));
    case RunFailureKind::Refused:
        // The only refusal is a stale ledger; --force is how to confirm.
        return ctx.fail(ExitRefused,
                        done.failure.reason + u' ' + CliContext::tr("Give --force to run anyway."));
    case RunFailureKind::None:
        break;
    default: // NotRecorded (nothing here cancels)
        return ctx.fail(ExitBadInput, done.failure.reason);
    }
    const RunOutcome& outcome = done.outcome;

    const QLocale locale;
    for (const RunIssued& i : outcome.issued)
        ctx.err() << describe(i, locale) << u'\n';
    for (const RunNotIssued& n : outcome.notIssued)
        ctx.err() << (n.overridable
                          ? CliContext::tr("Not issued: %1 Use --manual to issue it anyway.")
                          : CliContext::tr("Not issued: %1"))
                         .arg(n.message)
                  << u'\n';
    ctx.err() << CliContext::tr("Run %1: %n reminder(s) issued as of %2.", nullptr,
                                int(outcome.issued.size()))
                     .arg(outcome.runId)
                     .arg(locale.toString(options.asOf, QLocale::ShortFormat))
              << u'\n';
    int result = ExitSuccess;
    if (!options.accountRefs.isEmpty() && !outcome.notIssued.isEmpty())
        result = outcome.issued.isEmpty() ? ExitBadInput : ExitPartial;

    const RunDelivery& letters = done.delivery;
    if (letters.lettersFailure.kind == RunFailureKind::CannotDraw) {
        ctx.err() << CliContext::tr("The run is recorded, but this relance-cli cannot draw "
                                    "letters (no graphical application): they wait in the print "
                                    "batch.")
                  << u'\n';
        result = ExitPartial;
    } else if (letters.lettersFailure.kind == RunFailureKind::LettersNotProduced) {
        ctx.err() << CliContext::tr("The run is recorded, but its letters were not produced: "
                                    "%1 Finish it with “relance-cli run --resume %2” once "
                                    "the cause is fixed.")
                         .arg(letters.lettersFailure.reason)
                         .arg(outcome.runId)
                  << u'\n';
        result = ExitPartial;
    } else if (letters.produced && !letters.produced->printed) {
        ctx.err() << CliContext::tr("%n letter(s) written.", nullptr, letters.produced->letters)
                  << u'\n';
    } else if (letters.produced) {
        ctx.err() << CliContext::tr("%n letter(s) sent to the printer.", nullptr,
                                    letters.produced->letters)
                  << u'\n';
    } else if (letters.letters > 0) {
        ctx.err() << CliContext::tr("%n letter(s) wait in the print batch.", nullptr,
                                    letters.letters)
                  << u'\n';
    }
    if (outcome.emailsQueued > 0)
        ctx.err() << CliContext::tr("%n e-mail(s) queued: send them with “relance-cli send "
                                    "--run %1”.",
                                    nullptr, outcome.emailsQueued)
                         .arg(outcome.runId)
                  << u'\n';
    for (const QString& problem : outcome.emailProblems)
        ctx.err() << CliContext::tr("E-mail not queued: %1").arg(problem) << u'\n';

    if (!parser.isSet(json))
        ctx.out() << outcome.runId << u'\n';
    else {
        QJsonArray issued;
        for (const RunIssued& i : outcome.issued) {
            QJsonObject o;
            o[QStringLiteral("ref")] = i.ref;
            o[QStringLiteral("level")] = i.level;
            o[QStringLiteral("level_name")] = i.levelName;
            o[QStringLiteral("repeat")] = i.repeat;
            o[QStringLiteral("overdue")] = i.overdue.toPlainString();
            o[QStringLiteral("manual")] = i.manual;
            o[QStringLiteral("fee")] = i.fee.toPlainString();
            o[QStringLiteral("fee_invoice")] = i.feeInvoiceNumber.isEmpty()
                                                   ? QJsonValue(QJsonValue::Null)
                                                   : QJsonValue(i.feeInvoiceNumber);
            issued.append(o);
        }
        QJsonArray skipped;
        for (const RunNotIssued& n : outcome.notIssued)
            skipped.append(
                QJsonObject{{QStringLiteral("ref"), n.ref}, {QStringLiteral("reason"), n.reason}});
        QJsonObject root{{QStringLiteral("run"), outcome.runId},
                         {QStringLiteral("as_of"), options.asOf.toString(Qt::ISODate)},
                         {QStringLiteral("issued"), issued},
                         {QStringLiteral("not_issued"), skipped}};
        ctx.out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    }
    ctx.out().flush();
    ctx.err().flush();
    return result;
}

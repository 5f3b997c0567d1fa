#include "CliContext.h"
#include "letters/LetterProducer.h"
#include "reminders/CodeLabels.h"
#include "reminders/RunService.h"

#include <QDir>
#include <QGuiApplication>
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
    return line;
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
    for (const auto& o : {asOf, accounts, manual, templ, out, merged, printer, force, json})
        parser.addOption(o);
    int exitCode = ExitSuccess;
    if (!ctx.parse(parser,
                   CliContext::tr("Issues what “plan” shows, records it and produces the "
                                  "letters; prints the run id."),
                   &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(CliContext::tr("run takes no arguments besides its options."));

    RunOptions options;
    if (!ctx.parseDate(parser, QStringLiteral("as-of"), &options.asOf, &exitCode))
        return exitCode;
    for (const QString& ref : parser.value(accounts).split(u',', Qt::SkipEmptyParts))
        if (!ref.trimmed().isEmpty() && !options.accountRefs.contains(ref.trimmed()))
            options.accountRefs << ref.trimmed();
    options.manual = parser.isSet(manual);
    if (options.manual && options.accountRefs.isEmpty())
        return ctx.usageError(
            CliContext::tr("--manual issues reminders to named accounts: add --accounts REF,…"));
    options.templateName = parser.value(templ);
    options.force = parser.isSet(force);
    options.userName = Database::currentUserName();
    options.mode = RunMode::Manual;
    const bool printing = parser.isSet(printer);
    const bool rendering = printing || parser.isSet(out) || parser.isSet(merged);
    // Letters stay "to print" until they are really rendered or printed.
    options.letterState = LetterState::Pending;
    if (parser.isSet(out))
        options.extraOptions[QStringLiteral("out")] = QDir(parser.value(out)).absolutePath();
    if (parser.isSet(merged))
        options.extraOptions[QStringLiteral("merged")] =
            QFileInfo(parser.value(merged)).absoluteFilePath();
    if (printing)
        options.extraOptions[QStringLiteral("printer")] = parser.value(printer);

    auto db = ctx.openDatabase(parser);
    if (!db)
        return ExitBadInput;
    auto outcome = RunService(*db).run(options);
    if (!outcome)
        return ctx.fail(ExitBadInput, outcome.error());
    if (outcome->status == RunStatus::Refused)
        return ctx.fail(ExitRefused, outcome->message);

    const QLocale locale;
    for (const RunIssued& i : outcome->issued)
        ctx.err() << describe(i, locale) << u'\n';
    for (const RunNotIssued& n : outcome->notIssued)
        ctx.err() << CliContext::tr("Not issued: %1").arg(n.message) << u'\n';
    ctx.err() << CliContext::tr("Run %1: %n reminder(s) issued as of %2.", nullptr,
                                int(outcome->issued.size()))
                     .arg(outcome->runId)
                     .arg(locale.toString(options.asOf, QLocale::ShortFormat))
              << u'\n';
    int result = ExitSuccess;
    if (!options.accountRefs.isEmpty() && !outcome->notIssued.isEmpty())
        result = outcome->issued.isEmpty() ? ExitBadInput : ExitPartial;

    int letters = 0;
    for (const RunIssued& i : outcome->issued)
        letters += i.letters;
    const bool canRender = qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr;
    if (letters > 0 && rendering && !canRender) {
        ctx.err() << CliContext::tr("The run is recorded, but this relance-cli cannot draw "
                                    "letters (no graphical application): they wait in the print "
                                    "batch.")
                  << u'\n';
        result = ExitPartial;
    } else if (letters > 0 && rendering) {
        LetterOutputOptions output;
        output.outDir = parser.value(out);
        output.mergedPath = parser.value(merged);
        output.printerName = parser.value(printer);
        if (!output.outDir.isEmpty())
            QDir().mkpath(output.outDir);
        auto produced = LetterProducer::produceRun(*db, outcome->runId, output);
        if (!produced) {
            ctx.err() << CliContext::tr("The run is recorded, but its letters were not produced: "
                                        "%1 They wait in the print batch.")
                             .arg(produced.error())
                      << u'\n';
            result = ExitPartial;
        } else if (!produced->printed) {
            ctx.err() << CliContext::tr("%n letter(s) written.", nullptr, produced->letters)
                      << u'\n';
        } else {
            ctx.err() << CliContext::tr("%n letter(s) sent to the printer.", nullptr,
                                        produced->letters)
                      << u'\n';
        }
    } else if (letters > 0) {
        ctx.err() << CliContext::tr("%n letter(s) wait in the print batch.", nullptr, letters)
                  << u'\n';
    }
    if (outcome->emailsQueued > 0)
        ctx.err() << CliContext::tr("%n e-mail(s) queued: send them with “relance-cli send "
                                    "--run %1”.",
                                    nullptr, outcome->emailsQueued)
                         .arg(outcome->runId)
                  << u'\n';
    for (const QString& problem : outcome->emailProblems)
        ctx.err() << CliContext::tr("E-mail not queued: %1").arg(problem) << u'\n';

    if (!parser.isSet(json))
        ctx.out() << outcome->runId << u'\n';
    else {
        QJsonArray issued;
        for (const RunIssued& i : outcome->issued) {
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
        for (const RunNotIssued& n : outcome->notIssued)
            skipped.append(
                QJsonObject{{QStringLiteral("ref"), n.ref}, {QStringLiteral("reason"), n.reason}});
        QJsonObject root{{QStringLiteral("run"), outcome->runId},
                         {QStringLiteral("as_of"), options.asOf.toString(Qt::ISODate)},
                         {QStringLiteral("issued"), issued},
                         {QStringLiteral("not_issued"), skipped}};
        ctx.out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    }
    ctx.out().flush();
    ctx.err().flush();
    return result;
}

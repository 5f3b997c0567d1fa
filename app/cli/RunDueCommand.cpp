#include "CliContext.h"
#include "reminders/Automation.h"

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

    auto report = Automation::runDue(*db, day, parser.isSet(force), Database::currentUserName());
    if (!report)
        return ctx.fail(ExitBadInput, report.error());

    const QLocale locale;
    int ran = 0;
    for (const AutomationLevelRun& level : report->levels) {
        if (!level.due) {
            ctx.err() << CliContext::tr("%1 (%2): not due (next on or after %3, once a month).")
                             .arg(level.levelName, level.programName,
                                  locale.toString(level.dueDate, QLocale::ShortFormat))
                      << u'\n';
            continue;
        }
        ++ran;
        if (level.outcome.status == RunStatus::Refused) {
            ctx.err() << CliContext::tr("%1 (%2): refused, recorded as run %3. %4")
                             .arg(level.levelName, level.programName)
                             .arg(level.outcome.runId)
                             .arg(level.outcome.message)
                      << u'\n';
            continue;
        }
        ctx.err() << CliContext::tr("%1 (%2): run %3, %n reminder(s) issued.", nullptr,
                                    int(level.outcome.issued.size()))
                         .arg(level.levelName, level.programName)
                         .arg(level.outcome.runId)
                  << u'\n';
        for (const QString& problem : level.outcome.emailProblems)
            ctx.err() << CliContext::tr("E-mail not queued: %1").arg(problem) << u'\n';
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
    return ExitSuccess;
}

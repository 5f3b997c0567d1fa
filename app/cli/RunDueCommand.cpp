#include "CliContext.h"
#include "reminders/Automation.h"

int runRunDue(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption today(QStringLiteral("today"),
                                   CliContext::tr("The day to act as (default: today)."),
                                   CliContext::tr("YYYY-MM-DD"));
    const QCommandLineOption force(
        QStringLiteral("force"),
        CliContext::tr("Run even though the ledger looks stale (payments may be missing)."));
    parser.addOption(today);
    parser.addOption(force);
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
        ctx.out() << level.outcome.runId << u'\n';
    }
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

#include "CliContext.h"
#include "setup/ConfigImport.h"

int runConfigImport(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"),
                                 CliContext::tr("The JSON written by config export."),
                                 CliContext::tr("FILE"));
    int exitCode = ExitSuccess;
    if (!ctx.parse(parser,
                   CliContext::tr("Replaces the programs, levels, templates, agency identity and "
                                  "mail settings with those of FILE. Accounts, ledger and "
                                  "history are not touched."),
                   &exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return ctx.usageError(CliContext::tr("config import takes one file."));

    auto json = ConfigImport::readFile(files.first());
    if (!json)
        return ctx.fail(ExitBadInput, json.error());

    auto db = ctx.openDatabase(parser);
    if (!db)
        return ExitBadInput;
    auto outcome = ConfigImport(*db).importJson(*json, files.first());
    if (!outcome)
        return ctx.fail(ExitBadInput, outcome.error());
    if (*outcome == ConfigImport::Outcome::Unchanged)
        ctx.err() << CliContext::tr("%1 holds the configuration already in place: nothing was "
                                    "changed.")
                         .arg(files.first())
                  << Qt::endl;
    else
        ctx.err() << CliContext::tr("Configuration imported from %1.").arg(files.first())
                  << Qt::endl;
    return ExitSuccess;
}

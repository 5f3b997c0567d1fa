#include "CliContext.h"
#include "storage/ConfigStore.h"

#include <QFile>

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

    QFile file(files.first());
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(
            ExitBadInput,
            CliContext::tr("Cannot read %1: %2").arg(files.first(), file.errorString()));
    const QByteArray json = file.readAll();

    auto db = ctx.openDatabase(parser);
    if (!db)
        return ExitBadInput;
    if (Status s = ConfigStore(*db).importJson(json, files.first()); !s)
        return ctx.fail(ExitBadInput, s.error());
    ctx.err() << CliContext::tr("Configuration imported from %1.").arg(files.first()) << Qt::endl;
    return ExitSuccess;
}

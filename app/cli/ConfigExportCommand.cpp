#include "CliContext.h"
#include "setup/ConfigExport.h"

#include <QFile>
#include <QSaveFile>

int runConfigExport(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("file"),
        CliContext::tr("Where to write the JSON (default: standard output)."),
        CliContext::tr("[FILE]"));
    int exitCode = ExitSuccess;
    if (!ctx.parse(parser,
                   CliContext::tr(
                       "Writes the programs, levels, templates, agency identity and "
                       "mail settings (never the password), recovery and import settings as JSON."),
                   &exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        return ctx.usageError(CliContext::tr("config export takes at most one file."));

    auto db = ctx.openDatabase(parser);
    if (!db)
        return ExitBadInput;
    auto json = ConfigExport(*db).exportJson();
    if (!json)
        return ctx.fail(ExitBadInput, json.error());

    if (files.isEmpty()) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(*json) != json->size())
            return ctx.fail(ExitBadInput, CliContext::tr("Cannot write to standard output."));
        return ExitSuccess;
    }
    // Written aside and renamed: an interrupted export never leaves half a file.
    QSaveFile file(files.first());
    if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size() || !file.commit())
        return ctx.fail(
            ExitBadInput,
            CliContext::tr("Cannot write %1: %2").arg(files.first(), file.errorString()));
    ctx.err() << CliContext::tr("Configuration written to %1.").arg(files.first()) << Qt::endl;
    return ExitSuccess;
}

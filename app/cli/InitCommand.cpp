#include "CliContext.h"

int runInit(CliContext& ctx)
{
    QCommandLineParser parser;
    int exitCode = ExitSuccess;
    if (!ctx.parse(parser, CliContext::tr("Creates the database, or brings it to this version."),
                   &exitCode))
        return exitCode;
    auto db = ctx.openDatabase(parser, Database::OpenMode::CreateOrMigrate);
    if (!db)
        return ExitBadInput;
    if (!db->backupPath().isEmpty())
        ctx.err() << CliContext::tr("A copy of the database was kept in %1.").arg(db->backupPath())
                  << Qt::endl;
    ctx.out() << CliContext::tr("schema version %1").arg(db->schemaVersion()) << Qt::endl;
    return ExitSuccess;
}

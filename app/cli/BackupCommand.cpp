// backup, restore and migrate-to: the faces of BackupService and
// ServerMigration (core/setup; docs/backups.md).
#include "CliContext.h"
#include "money/Money.h"
#include "setup/BackupService.h"
#include "setup/ServerMigration.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFileInfo>

int runBackup(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"),
                                 CliContext::tr("The new file to write the backup to."),
                                 CliContext::tr("FILE"));
    int exitCode = ExitSuccess;
    if (!ctx.parse(parser,
                   CliContext::tr("Backs the database up into a new file. A database file is "
                                  "copied with SQLite's online backup, safe while the "
                                  "application or a run is writing, and the copy is checked "
                                  "(PRAGMA integrity_check). A shared server's database is "
                                  "saved with pg_dump in its custom format (pg_restore reads "
                                  "it); pg_dump takes the password from ~/.pgpass or "
                                  "PGPASSWORD. Restore a database file's backup with "
                                  "“relance-cli --db NEW.sqlite restore FILE”."),
                   &exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return ctx.usageError(CliContext::tr("backup takes the file to write, e.g. “relance-cli "
                                             "backup relance-2026-11-23.sqlite”."));
    auto db = ctx.openDatabase(parser);
    if (!db)
        return ExitBadInput;
    if (Status s = BackupService::backup(*db, files.first()); !s)
        return ctx.fail(s.kind() == ErrorKind::NotConfigured || s.kind() == ErrorKind::BadInput
                            ? ExitRefused
                            : ExitBadInput,
                        s.error());
    ctx.err() << CliContext::tr("Backup of %1 written to %2 (%3 KB).")
                     .arg(db->config().displayName(), QDir::toNativeSeparators(files.first()))
                     .arg((QFileInfo(files.first()).size() + 1023) / 1024)
              << Qt::endl;
    return ExitSuccess;
}

int runRestore(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"),
                                 CliContext::tr("The backup to restore (a database file)."),
                                 CliContext::tr("FILE"));
    int exitCode = ExitSuccess;
    if (!ctx.parse(parser,
                   CliContext::tr("Restores a backup into the NEW database file named by --db, "
                                  "which must not exist yet: a backup never replaces a "
                                  "database. The backup must be a Relance database this version "
                                  "can open; an older one is upgraded. The backup itself is "
                                  "left as it is."),
                   &exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return ctx.usageError(CliContext::tr("restore takes the backup file, e.g. “relance-cli "
                                             "--db restored.sqlite restore "
                                             "relance-2026-11-23.sqlite”."));
    const QString target = ctx.databasePath(parser);
    if (DatabaseConfig::fromString(target).kind != DatabaseConfig::Kind::SQLite)
        return ctx.usageError(CliContext::tr("restore writes a new database file: give its "
                                             "name with --db (a server's pg_dump backup is "
                                             "restored with pg_restore)."));
    auto version = BackupService::restore(files.first(), target);
    if (!version)
        return ctx.fail(version.kind() == ErrorKind::BadInput ? ExitRefused : ExitBadInput,
                        version.error());
    ctx.err() << CliContext::tr("Backup %1 restored into %2.")
                     .arg(QDir::toNativeSeparators(files.first()), QDir::toNativeSeparators(target))
              << Qt::endl;
    if (*version < Schema::currentVersion())
        ctx.err() << CliContext::tr("The backup was made by an older version (schema %1); the "
                                    "restored database was upgraded to schema %2.")
                         .arg(*version)
                         .arg(Schema::currentVersion())
                  << Qt::endl;
    ctx.out() << CliContext::tr("schema version %1").arg(Schema::currentVersion()) << Qt::endl;
    return ExitSuccess;
}

int runMigrateTo(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("url"),
        CliContext::tr("The shared server's empty database, "
                       "postgresql://user@host[:port]/database[?sslmode=verify-full]."),
        CliContext::tr("URL"));
    int exitCode = ExitSuccess;
    if (!ctx.parse(parser,
                   CliContext::tr("Copies the database file named by --db into an empty "
                                  "database on a PostgreSQL server: the schema is created "
                                  "there, every table is copied in one transaction, then the "
                                  "rows of every table and the ledger's total balance are "
                                  "counted on both sides and printed. Refused when the server's "
                                  "database already holds an agency. The password comes from "
                                  "~/.pgpass or PGPASSWORD."),
                   &exitCode))
        return exitCode;
    const QStringList urls = parser.positionalArguments();
    const DatabaseConfig config =
        urls.isEmpty() ? DatabaseConfig() : DatabaseConfig::fromString(urls.first());
    if (config.kind != DatabaseConfig::Kind::PostgreSQL)
        return ctx.usageError(CliContext::tr("migrate-to takes the server's database as "
                                             "postgresql://user@host/database."));
    if (DatabaseConfig::fromString(ctx.databasePath(parser)).kind != DatabaseConfig::Kind::SQLite)
        return ctx.usageError(CliContext::tr("migrate-to copies a database file: name it with "
                                             "--db."));
    auto source = ctx.openDatabase(parser);
    if (!source)
        return ExitBadInput;
    auto target = Database::open(config, Database::OpenMode::CreateOrMigrate);
    if (!target)
        return ctx.fail(ExitBadInput, target.error());
    auto report = ServerMigration::copy(*source, **target);
    if (!report)
        return ctx.fail(report.kind() == ErrorKind::BadInput ? ExitRefused : ExitBadInput,
                        report.error());

    QTextStream& out = ctx.out();
    out << CliContext::tr("%1 %2 %3")
               .arg(CliContext::tr("table"), -22)
               .arg(CliContext::tr("file"), 10)
               .arg(CliContext::tr("server"), 10)
        << u'\n';
    for (const ServerMigration::TableCount& t : report->tables)
        out << QStringLiteral("%1 %2 %3").arg(t.table, -22).arg(t.source, 10).arg(t.target, 10)
            << (t.source == t.target ? QString() : QStringLiteral("  ≠")) << u'\n';
    out << QStringLiteral("%1 %2 %3")
               .arg(CliContext::tr("total balance"), -22)
               .arg(Money::fromCents(report->sourceBalanceCents).toPlainString(), 10)
               .arg(Money::fromCents(report->targetBalanceCents).toPlainString(), 10)
        << Qt::endl;
    if (!report->agrees())
        return ctx.fail(ExitBadInput,
                        CliContext::tr("The server does not hold the same rows as the file "
                                       "(marked ≠ above). Keep working on the file and report "
                                       "the problem; the server's copy must not be used."));
    ctx.err() << CliContext::tr("%1 copied to %2; every table and the total balance agree. "
                                "Open the server with “--db %2” from now on.")
                     .arg(source->config().displayName(), (*target)->config().displayName())
              << Qt::endl;
    return ExitSuccess;
}

// relance-cli import accounts FILE / import ledger FILE (import-formats.md).
#include "CliContext.h"
#include "import/AccountImporter.h"
#include "import/LedgerImporter.h"

namespace {

enum class ImportKind
{
    Accounts,
    Ledger
};

int runImport(CliContext& ctx, ImportKind kind)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    CliContext::tr("Check the file and report, write nothing."));
    parser.addOption(dryRun);
    const QCommandLineOption update(
        QStringLiteral("update"),
        CliContext::tr("Replace entries whose content changed (recorded in the audit log)."));
    if (kind == ImportKind::Ledger)
        parser.addOption(update);
    parser.addPositionalArgument(QStringLiteral("FILE"), CliContext::tr("The CSV file."));
    int exitCode = ExitSuccess;
    const QString description =
        kind == ImportKind::Accounts
            ? CliContext::tr("Imports accounts (one row per tenancy) from a CSV file.")
            : CliContext::tr("Imports ledger entries (one row per debit or credit) from a CSV "
                             "file.");
    if (!ctx.parse(parser, description, &exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return ctx.usageError(CliContext::tr("give one CSV file to import."));

    auto db = ctx.openDatabase(parser);
    if (!db)
        return ExitBadInput;

    ImportOptions options;
    options.dryRun = parser.isSet(dryRun);
    options.update = kind == ImportKind::Ledger && parser.isSet(update);
    const ImportReport report = kind == ImportKind::Accounts
                                    ? AccountImporter::importFile(*db, files.first(), options)
                                    : LedgerImporter::importFile(*db, files.first(), options);
    for (const QString& line : report.warningLines())
        ctx.err() << CliContext::tr("warning: %1").arg(line) << u'\n';
    for (const QString& line : report.errorLines())
        ctx.err() << line << u'\n';
    if (report.changedRefused > 0)
        ctx.err() << CliContext::tr("hint: import again with --update to replace the entries "
                                    "whose content changed.")
                  << u'\n';
    ctx.err() << report.summary() << Qt::endl;
    return report.ok() ? ExitSuccess : ExitBadInput;
}

} // namespace

int runImportAccounts(CliContext& ctx)
{
    return runImport(ctx, ImportKind::Accounts);
}

int runImportLedger(CliContext& ctx)
{
    return runImport(ctx, ImportKind::Ledger);
}

// relance-cli import accounts FILE / import ledger FILE / import fec FILE
// (import-formats.md).
#include "CliContext.h"
#include "import/AccountImporter.h"
#include "import/FecImporter.h"
#include "import/LedgerImporter.h"

namespace {

enum class ImportKind
{
    Accounts,
    Ledger,
    Fec
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
    if (kind != ImportKind::Accounts)
        parser.addOption(update);
    parser.addPositionalArgument(QStringLiteral("FILE"), kind == ImportKind::Fec
                                                             ? CliContext::tr("The FEC file.")
                                                             : CliContext::tr("The CSV file."));
    int exitCode = ExitSuccess;
    QString description;
    if (kind == ImportKind::Accounts)
        description = CliContext::tr("Imports accounts (one row per tenancy) from a CSV file.");
    else if (kind == ImportKind::Ledger)
        description = CliContext::tr("Imports ledger entries (one row per debit or credit) from a "
                                     "CSV file.");
    else
        description = CliContext::tr(
            "Imports ledger entries from a FEC (fichier des écritures comptables) exported by "
            "the accounting program: the lines of the tenant accounts (Settings › Import: the "
            "account prefixes, default 411, with a CompAuxNum), the lettrage as matched "
            "payments, kinds from the agency's rules. Unknown tenants are created with their "
            "name; import the accounts file to complete them.");
    if (!ctx.parse(parser, description, &exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return ctx.usageError(kind == ImportKind::Fec
                                  ? CliContext::tr("give one FEC file to import.")
                                  : CliContext::tr("give one CSV file to import."));

    auto db = ctx.openDatabase(parser);
    if (!db)
        return ExitBadInput;

    ImportOptions options;
    options.dryRun = parser.isSet(dryRun);
    options.update = kind != ImportKind::Accounts && parser.isSet(update);
    ImportReport report;
    if (kind == ImportKind::Accounts) {
        report = AccountImporter::importFile(*db, files.first(), options);
    } else if (kind == ImportKind::Ledger) {
        report = LedgerImporter::importFile(*db, files.first(), options);
    } else {
        auto settings = FecSettings::load(*db);
        if (!settings) {
            ctx.err() << settings.error() << Qt::endl;
            return ExitBadInput;
        }
        report = FecImporter::importFile(*db, files.first(), *settings, options);
    }
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

int runImportFec(CliContext& ctx)
{
    return runImport(ctx, ImportKind::Fec);
}

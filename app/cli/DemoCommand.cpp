#include "CliContext.h"
#include "demo/DemoInstaller.h"

#include <QElapsedTimer>

namespace {

bool positiveNumber(const QString& text, qint64 max, qint64* value)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < 1 || v > max)
        return false;
    *value = v;
    return true;
}

} // namespace

int runDemo(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption accounts(QStringLiteral("accounts"),
                                      CliContext::tr("How many accounts (tenancies) to create."),
                                      CliContext::tr("N"));
    const QCommandLineOption months(
        QStringLiteral("months"),
        CliContext::tr("How many months of ledger, up to the as-of date (default 24)."),
        CliContext::tr("M"), QStringLiteral("24"));
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        CliContext::tr("The seed: the same seed gives the same agency (default 1)."),
        CliContext::tr("S"), QStringLiteral("1"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  CliContext::tr("The last day of the ledger (default today)."),
                                  CliContext::tr("YYYY-MM-DD"));
    const QCommandLineOption plans(
        QStringLiteral("plans"),
        CliContext::tr("How many tenants repay their arrears under a payment plan that Relance "
                       "follows (default 0)."),
        CliContext::tr("N"), QStringLiteral("0"));
    parser.addOptions({accounts, months, seed, asOf, plans});
    int exitCode = ExitSuccess;
    if (!ctx.parse(parser,
                   CliContext::tr("Fills an empty database with a realistic French letting "
                                  "agency, the same for the same seed."),
                   &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(
            CliContext::tr("unexpected argument “%1”.").arg(parser.positionalArguments().first()));

    DemoOptions options;
    qint64 value = 0;
    if (!parser.isSet(accounts))
        return ctx.usageError(CliContext::tr("--accounts is required, e.g. --accounts 200."));
    if (!positiveNumber(parser.value(accounts), 1000000, &value))
        return ctx.usageError(
            CliContext::tr("--accounts takes a number of accounts from 1 to 1000000, not “%1”.")
                .arg(parser.value(accounts)));
    options.accounts = int(value);
    if (!positiveNumber(parser.value(months), 240, &value))
        return ctx.usageError(
            CliContext::tr("--months takes a number of months from 1 to 240, not “%1”.")
                .arg(parser.value(months)));
    options.months = int(value);
    if (parser.value(plans) != QLatin1String("0")) {
        if (!positiveNumber(parser.value(plans), options.accounts, &value))
            return ctx.usageError(
                CliContext::tr("--plans takes a number of plans from 0 to the number of accounts "
                               "(%1), not “%2”.")
                    .arg(options.accounts)
                    .arg(parser.value(plans)));
        options.plans = int(value);
    }
    bool seedOk = false;
    options.seed = parser.value(seed).toULongLong(&seedOk);
    if (!seedOk)
        return ctx.usageError(
            CliContext::tr("--seed takes a whole number, not “%1”.").arg(parser.value(seed)));
    if (!ctx.parseDate(parser, QStringLiteral("as-of"), &options.asOf, &exitCode))
        return exitCode;
    // Months of ledger are counted back from the as-of date: a year like 9999
    // or 0001 makes dates no one can read back (and no agency has).
    if (options.asOf.year() < 2000 || options.asOf.year() > 2100)
        return ctx.usageError(
            CliContext::tr("--as-of takes a date between 2000-01-01 and 2100-12-31, not “%1”.")
                .arg(parser.value(asOf)));

    auto db = ctx.openDatabase(parser, Database::OpenMode::CreateOrMigrate);
    if (!db)
        return ExitBadInput;

    QElapsedTimer timer;
    timer.start();
    auto summary = DemoInstaller::run(*db, options);
    if (!summary)
        return ctx.fail(ExitBadInput, summary.error());
    ctx.err() << CliContext::tr("Demo agency created in %1 (seed %2, as of %3): %n account(s), ",
                                nullptr, summary->accounts)
                     .arg(db->config().displayName())
                     .arg(options.seed)
                     .arg(options.asOf.toString(Qt::ISODate))
              << CliContext::tr("%1 ledger entries, %n debtor(s)", nullptr, summary->debtors)
                     .arg(summary->entries)
              << (summary->plans > 0
                      ? CliContext::tr(", %n payment plan(s)", nullptr, summary->plans)
                      : QString())
              << CliContext::tr(" (%1 s).").arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
              << Qt::endl;
    return ExitSuccess;
}

// `report owners --as-of D --out DIR [--send]`: the landlords' statements
// (issue 15). One PDF per owner with a tenant in arrears, named with the
// owner's ref, and the merged file to print them in one go; --send e-mails
// each statement to its owner through the outbox, exactly once per owner
// and date, then sends them. The batch itself is OwnerStatementBatch (the
// desktop runs the same).
#include "CliContext.h"
#include "letters/LetterFormat.h"
#include "mail/Keychain.h"
#include "mail/Outbox.h"
#include "mail/SmtpPassword.h"
#include "reports/OwnerStatementBatch.h"

#include <QLocale>

namespace {

int send(CliContext& ctx, const Database& db, const QList<qint64>& ids)
{
    // An empty list would mean « every message » to the outbox.
    if (ids.isEmpty())
        return ExitSuccess;
    Outbox outbox(db);
    Outbox::Options options;
    options.only = ids;
    auto effective = outbox.effectiveSettings();
    if (!effective)
        return ctx.fail(ExitBadInput, effective.error());
    auto keychain = Keychain::system();
    auto password = SmtpPassword::find(*effective, *keychain);
    if (!password)
        return ctx.fail(ExitBadInput, CliContext::passwordProblem(password));
    options.password = *password;
    auto report = outbox.sendPending(options);
    if (!report)
        return ctx.fail(ExitBadInput, report.error());
    ctx.err() << CliContext::tr("%n e-mail(s) sent.", nullptr, report->sent) << Qt::endl;
    for (const QString& p : report->problems)
        ctx.err() << CliContext::tr("Not sent: %1").arg(p) << Qt::endl;
    for (const QString& who : report->leftQueued)
        ctx.err() << CliContext::tr("Not sent: %1: stays in the queue for the next send.").arg(who)
                  << Qt::endl;
    if (!report->sessionError.isEmpty())
        ctx.err() << CliContext::tr("Error: %1").arg(report->sessionError) << Qt::endl;
    if (report->uncertain > 0 || report->uncertainFound > 0)
        ctx.err() << CliContext::tr("Some e-mails may or may not have arrived and are not sent "
                                    "again: see “send --list”.")
                  << Qt::endl;
    return report->allSent() && report->uncertainFound == 0 ? ExitSuccess : ExitPartial;
}

} // namespace

int runReportOwners(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"),
                                 CliContext::tr("The folder the statements are written in."),
                                 CliContext::tr("DIR"));
    parser.addOption(out);
    parser.addOption({QStringLiteral("as-of"),
                      CliContext::tr("The date of the statements (default: today)."),
                      CliContext::tr("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("send"),
                      CliContext::tr("E-mails each statement to its owner (once per owner and "
                                     "date).")});
    int exitCode = ExitSuccess;
    if (!ctx.parse(parser,
                   CliContext::tr("Writes a statement for each landlord with a tenant in "
                                  "arrears: the tenants' arrears, the reminders sent and the "
                                  "next step; one PDF per owner and one to print them all."),
                   &exitCode))
        return exitCode;
    if (!parser.isSet(out) || parser.value(out).isEmpty())
        return ctx.usageError(CliContext::tr("report owners takes --out, e.g. report owners "
                                             "--as-of 2026-11-30 --out statements/."));
    QDate asOf;
    if (!ctx.parseDate(parser, QStringLiteral("as-of"), &asOf, &exitCode))
        return exitCode;
    auto db = ctx.openDatabase(parser);
    if (!db)
        return ExitBadInput;
    // Translations::install made the chosen language the default locale.
    const QString language =
        QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
    const bool sending = parser.isSet(QStringLiteral("send"));
    auto batch = OwnerStatementBatch(*db).run(asOf, language, parser.value(out), sending);
    if (!batch)
        return ctx.fail(ExitBadInput, batch.error());
    if (batch->statements == 0) {
        ctx.err() << CliContext::tr("No landlord has a tenant in arrears as of %1: nothing "
                                    "written.")
                         .arg(LetterFormat::longDate(asOf))
                  << Qt::endl;
        return ExitSuccess;
    }
    ctx.err() << CliContext::tr("%n statement(s) written in %1; all of them in %2.", nullptr,
                                int(batch->files.paths.size()))
                     .arg(parser.value(out), batch->files.merged)
              << Qt::endl;
    if (!sending)
        return ExitSuccess;
    if (!batch->queue)
        return ctx.fail(ExitBadInput, batch->mailError);
    const OwnerStatementMailer::Report* queued = &*batch->queue;
    ctx.err() << CliContext::tr("%n e-mail(s) queued.", nullptr, queued->queued) << Qt::endl;
    if (queued->alreadyQueued > 0)
        ctx.err() << CliContext::tr("%n owner(s) already had this date's statement queued: not "
                                    "again.",
                                    nullptr, queued->alreadyQueued)
                  << Qt::endl;
    if (queued->withoutAddress > 0)
        ctx.err() << CliContext::tr("%n owner(s) have no e-mail address: print their "
                                    "statements.",
                                    nullptr, queued->withoutAddress)
                  << Qt::endl;
    for (const QString& r : queued->refused)
        ctx.err() << CliContext::tr("Not queued: %1").arg(r) << Qt::endl;
    if (!batch->mailError.isEmpty())
        return ctx.fail(ExitBadInput, batch->mailError);
    return send(ctx, *db, batch->messageIds);
}

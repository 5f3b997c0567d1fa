// `dossier REF --out FILE.pdf [--csv FILE.csv] [--as-of D]`: the hand-off to
// the commissaire de justice (recovery-path.md). CommissaireDossier reads
// and writes; this file reads arguments and words the answer. It records
// nothing: `event add REF handed_to_commissaire DATE` does, once sent.
#include "CliContext.h"
#include "recovery/CommissaireDossier.h"

int runDossier(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), CliContext::tr("The PDF to write."),
                                 CliContext::tr("FILE.pdf"));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 CliContext::tr("Also writes the statement as CSV."),
                                 CliContext::tr("FILE.csv"));
    parser.addOption(out);
    parser.addOption(csv);
    parser.addOption({QStringLiteral("as-of"),
                      CliContext::tr("The date of the file (default: today)."),
                      CliContext::tr("YYYY-MM-DD")});
    parser.addPositionalArgument(QStringLiteral("REF"), CliContext::tr("The account."));
    int exitCode = ExitSuccess;
    if (!ctx.parse(parser,
                   CliContext::tr("Writes the file handed to the commissaire de justice: cover "
                                  "letter, identities, lease, statement, reminders, case file "
                                  "and the copies of the letters sent. Records nothing."),
                   &exitCode))
        return exitCode;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || !parser.isSet(out) || parser.value(out).isEmpty())
        return ctx.usageError(CliContext::tr("dossier takes the account and --out, e.g. dossier "
                                             "LOC0042 --out dossier.pdf."));
    QDate asOf;
    if (!ctx.parseDate(parser, QStringLiteral("as-of"), &asOf, &exitCode))
        return exitCode;
    auto db = ctx.openDatabase(parser);
    if (!db)
        return ExitBadInput;
    const CommissaireDossier dossier(*db);
    auto content = dossier.load(args.at(0), asOf);
    if (!content)
        return ctx.fail(ExitBadInput, content.error());
    auto written = CommissaireDossier::write(*content, parser.value(out), parser.value(csv));
    if (!written)
        return ctx.fail(ExitBadInput, written.error());
    ctx.err() << CliContext::tr("%1 written: %2 pages, then %3 letter(s) appended.")
                     .arg(parser.value(out))
                     .arg(written->ownPages)
                     .arg(written->appendedLetters)
              << u'\n';
    if (written->missingLetters > 0)
        ctx.err() << CliContext::tr("%1 letter(s) could not be found and are listed as such.")
                         .arg(written->missingLetters)
                  << u'\n';
    if (parser.isSet(csv))
        ctx.err() << CliContext::tr("Statement written to %1.").arg(parser.value(csv)) << u'\n';
    ctx.err() << CliContext::tr("Once the file is sent, record it: event add %1 "
                                "handed_to_commissaire %2")
                     .arg(args.at(0), asOf.toString(Qt::ISODate))
              << u'\n';
    ctx.err().flush();
    return ExitSuccess;
}

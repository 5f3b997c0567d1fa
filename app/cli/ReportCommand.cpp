// `report recovery` (issue 15): the agency's recovery figures as of a date.
#include "CliContext.h"
#include "EngineJson.h"
#include "RecoveryReportOutput.h"
#include "letters/LetterFormat.h"
#include "reports/RecoveryDashboard.h"

#include <QLocale>

#include <cstdio>

namespace {

QString pad(const QString& s, int width)
{
    return s.leftJustified(width, u' ', true);
}

QString amount(Money m)
{
    return m.toLocaleString(QLocale()).rightJustified(16, u' ');
}

void printText(QTextStream& out, const RecoveryFigures& f)
{
    out << CliContext::tr("Recovery as of %1 (period from %2)")
               .arg(LetterFormat::longDate(f.asOf), LetterFormat::longDate(f.from))
        << u'\n';
    out << CliContext::tr("Total overdue: %1, %n debtor(s)", nullptr, f.debtors)
               .arg(f.totalOverdue.toLocaleString(QLocale()))
        << u'\n';
    out << CliContext::tr("A month earlier (%1): %2, %n debtor(s)", nullptr, f.debtorsMonthAgo)
               .arg(LetterFormat::longDate(f.monthAgo),
                    f.totalOverdueMonthAgo.toLocaleString(QLocale()))
        << u'\n';
    out << u'\n' << CliContext::tr("Days in arrears") << u'\n';
    for (const AgeingRow& a : f.ageing)
        out << "  " << pad(AgeBuckets::key(a.bucket), 8) << amount(a.amount) << "  "
            << CliContext::tr("%n debtor(s)", nullptr, a.count) << u'\n';
    out << u'\n' << CliContext::tr("Overdue at each month end") << u'\n';
    for (const MonthEndOverdue& m : f.monthly)
        out << "  " << pad(m.monthEnd.toString(Qt::ISODate), 12) << amount(m.overdue) << u'\n';
    out << u'\n'
        << CliContext::tr("Reminders issued in the period, arrears cleared within 15 / 30 days")
        << u'\n';
    for (const LevelEffectiveness& l : f.levels)
        out << "  " << pad(QString::number(l.level), 3) << pad(l.name, 28)
            << QString::number(l.issued).rightJustified(7, u' ')
            << QString::number(l.cleared15).rightJustified(7, u' ')
            << QString::number(l.cleared30).rightJustified(7, u' ') << u'\n';
    out << u'\n' << CliContext::tr("Recovered per month") << u'\n';
    for (const MonthRecovered& r : f.recovered)
        out << "  " << pad(r.month.toString(QStringLiteral("yyyy-MM")), 12) << amount(r.amount)
            << u'\n';
    out << u'\n'
        << CliContext::tr("Late deadlines: %1; payment plans late: %2, broken: %3")
               .arg(f.lateDeadlines)
               .arg(f.latePlans)
               .arg(f.brokenPlans)
        << u'\n';
    out.flush();
}

} // namespace

int runReportRecovery(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("as-of"),
                      CliContext::tr("The date of the figures (default: today)."),
                      CliContext::tr("YYYY-MM-DD")});
    parser.addOption(
        {QStringLiteral("from"),
         CliContext::tr("The first day of the period whose reminders and recoveries are "
                        "counted (default: twelve months before the date)."),
         CliContext::tr("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("json"), CliContext::tr("Writes JSON to standard output.")});
    const QCommandLineOption out(QStringLiteral("out"),
                                 CliContext::tr("Also writes the monthly recovery report (charts "
                                                "and the debtors by age) to this PDF."),
                                 CliContext::tr("FILE.pdf"));
    parser.addOption(out);
    int exitCode = ExitSuccess;
    if (!ctx.parse(parser,
                   CliContext::tr("The agency's recovery figures as of a date: total overdue, "
                                  "arrears by age, the last 24 month ends, reminder "
                                  "effectiveness and amounts recovered."),
                   &exitCode))
        return exitCode;
    QDate asOf;
    if (!ctx.parseDate(parser, QStringLiteral("as-of"), &asOf, &exitCode))
        return exitCode;
    QDate from = RecoveryDashboard::defaultFrom(asOf);
    if (parser.isSet(QStringLiteral("from")) &&
        !ctx.parseDate(parser, QStringLiteral("from"), &from, &exitCode))
        return exitCode;
    if (from > asOf)
        return ctx.usageError(CliContext::tr("--from (%1) must be on or before --as-of (%2).")
                                  .arg(from.toString(Qt::ISODate), asOf.toString(Qt::ISODate)));
    auto db = ctx.openDatabase(parser);
    if (!db)
        return ExitBadInput;
    auto figures = RecoveryDashboard(*db).compute(asOf, from);
    if (!figures)
        return ctx.fail(ExitBadInput, figures.error());
    if (parser.isSet(out)) {
        if (parser.value(out).isEmpty())
            return ctx.usageError(CliContext::tr("--out takes the PDF to write, e.g. --out "
                                                 "report.pdf."));
        if (const int written = writeRecoveryReportPdf(ctx, *db, *figures, parser.value(out));
            written != ExitSuccess)
            return written;
        // The PDF is what was asked for: the summary only with --json.
        if (!parser.isSet(QStringLiteral("json")))
            return ExitSuccess;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        const QByteArray json = EngineJson::recovery(*figures);
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        std::fflush(stdout);
        return ExitSuccess;
    }
    printText(ctx.out(), *figures);
    return ExitSuccess;
}

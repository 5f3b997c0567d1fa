#include "CliContext.h"
#include "EngineJson.h"
#include "letters/LetterFormat.h"
#include "recovery/DeadlineService.h"
#include "recovery/RecoveryLabels.h"

#include <QLocale>

#include <cstdio>

namespace {

QString pad(const QString& s, int width)
{
    return s.leftJustified(width, u' ', true);
}

void printText(QTextStream& out, const DeadlineReport& report)
{
    const QLocale locale;
    auto date = [&locale](QDate d) {
        return locale.toString(d, QLocale::ShortFormat);
    };
    out << CliContext::tr("Deadlines as of %1: %n to keep", nullptr, int(report.deadlines.size()))
               .arg(LetterFormat::longDate(report.asOf));
    if (const int late = report.lateCount(); late > 0)
        out << u' ' << CliContext::tr("(%n late)", nullptr, late);
    out << u'\n';
    for (const AccountDeadline& d : report.deadlines) {
        const bool late = d.deadline.status == DeadlineStatus::Late;
        out << pad(date(d.deadline.due), 12) << u' '
            << pad(late ? RecoveryLabels::status(DeadlineStatus::Late).toUpper()
                        : RecoveryLabels::status(DeadlineStatus::Open),
                   10)
            << u' ' << pad(d.ref, 10) << u' ' << pad(d.name, 24) << u' '
            << RecoveryLabels::deadline(d.deadline.kind) << u' '
            << CliContext::tr("(since %1; %2)").arg(date(d.deadline.since), d.deadline.source)
            << u'\n';
    }
    for (const AccountCcapex& f : report.flags) {
        out << pad(RecoveryLabels::ccapex(), 12) << u' ' << pad(f.ref, 10) << u' '
            << pad(f.name, 24) << u' ' << CliContext::tr("since %1").arg(date(f.flag.since));
        if (f.flag.approximate)
            out << u' ' << CliContext::tr("(rent without charges unknown: approximate)");
        out << u'\n';
    }
    for (const AccountPrescription& w : report.warnings)
        out << pad(RecoveryLabels::prescriptionNear(), 12) << u' ' << pad(w.ref, 10) << u' '
            << pad(w.name, 24) << u' '
            << CliContext::tr("%1 is prescribed on %2")
                   .arg(w.item.entryRef, date(w.item.prescribedOn))
            << u'\n';
    out.flush();
}

} // namespace

int runDeadlines(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("as-of"),
                      CliContext::tr("The date of the computation (default: today)."),
                      CliContext::tr("YYYY-MM-DD")});
    parser.addOption(
        {QStringLiteral("within"),
         CliContext::tr("Only the late deadlines and those due within that many days."),
         CliContext::tr("days")});
    parser.addOption({QStringLiteral("json"), CliContext::tr("Writes JSON to standard output.")});
    int exitCode = ExitSuccess;
    if (!ctx.parse(parser,
                   CliContext::tr("Lists the recovery deadlines (CAF, Visale, GLI, guarantor), "
                                  "the CCAPEX flags and the debts near prescription, as of a "
                                  "date."),
                   &exitCode))
        return exitCode;
    QDate asOf;
    if (!ctx.parseDate(parser, QStringLiteral("as-of"), &asOf, &exitCode))
        return exitCode;
    std::optional<int> within;
    if (parser.isSet(QStringLiteral("within"))) {
        bool ok = false;
        const int days = parser.value(QStringLiteral("within")).toInt(&ok);
        if (!ok || days < 0 || days > 3660)
            return ctx.usageError(
                CliContext::tr("--within takes a number of days from 0 to 3660, not “%1”.")
                    .arg(parser.value(QStringLiteral("within"))));
        within = days;
    }
    auto db = ctx.openDatabase(parser);
    if (!db)
        return ExitBadInput;
    auto report = DeadlineService(*db).report(asOf, within);
    if (!report)
        return ctx.fail(ExitBadInput, report.error());
    if (parser.isSet(QStringLiteral("json"))) {
        const QByteArray json = EngineJson::deadlines(*report);
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        std::fflush(stdout);
        return ExitSuccess;
    }
    printText(ctx.out(), *report);
    return ExitSuccess;
}

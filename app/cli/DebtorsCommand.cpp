#include "CliContext.h"
#include "EngineJson.h"
#include "letters/LetterFormat.h"
#include "reminders/Planner.h"
#include "storage/PositionLoader.h"

#include <QLocale>

#include <algorithm>
#include <cstdio>

namespace {

QString pad(const QString& s, int width)
{
    return s.leftJustified(width, u' ', true);
}

QString rpad(const QString& s, int width)
{
    return s.rightJustified(width, u' ');
}

} // namespace

int runDebtors(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("as-of"),
                      CliContext::tr("The date of the computation (default: today)."),
                      CliContext::tr("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("json"), CliContext::tr("Writes JSON to standard output.")});
    int exitCode = ExitSuccess;
    if (!ctx.parse(
            parser,
            CliContext::tr("Lists the tenant accounts with an overdue amount, as of a date."),
            &exitCode))
        return exitCode;
    QDate asOf;
    if (!ctx.parseDate(parser, QStringLiteral("as-of"), &asOf, &exitCode))
        return exitCode;
    auto db = ctx.openDatabase(parser);
    if (!db)
        return ExitBadInput;
    auto debtors = PositionLoader(*db).debtors(asOf);
    if (!debtors)
        return ctx.fail(ExitBadInput, debtors.error());
    std::stable_sort(debtors->begin(), debtors->end(), [](const Debtor& a, const Debtor& b) {
        return Planner::refLess(a.account.ref, b.account.ref);
    });

    if (parser.isSet(QStringLiteral("json"))) {
        const QByteArray json = EngineJson::debtors(asOf, *debtors);
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        std::fflush(stdout);
        return ExitSuccess;
    }

    const QLocale locale;
    QTextStream& out = ctx.out();
    out << CliContext::tr("Debtors as of %1: %n account(s)", nullptr, int(debtors->size()))
               .arg(LetterFormat::longDate(asOf))
        << u'\n';
    if (debtors->isEmpty()) {
        out.flush();
        return ExitSuccess;
    }
    out << pad(CliContext::tr("Ref"), 10) << u' ' << pad(CliContext::tr("Name"), 28) << u' '
        << rpad(CliContext::tr("Overdue"), 14) << u' ' << rpad(CliContext::tr("Balance"), 14)
        << u' ' << pad(CliContext::tr("Oldest due"), 12) << u' '
        << rpad(CliContext::tr("Days late"), 9) << u' ' << rpad(CliContext::tr("In arrears"), 10)
        << u' ' << rpad(CliContext::tr("Level"), 5) << u'\n';
    Money total;
    for (const Debtor& d : std::as_const(*debtors)) {
        const AccountPosition& p = d.position;
        total += p.overdue;
        out << pad(d.account.ref, 10) << u' ' << pad(d.account.name, 28) << u' '
            << rpad(p.overdue.toLocaleString(locale), 14) << u' '
            << rpad(p.balance.toLocaleString(locale), 14) << u' '
            << pad(locale.toString(p.oldestDueDate, QLocale::ShortFormat), 12) << u' '
            << rpad(QString::number(p.daysLate), 9) << u' '
            << rpad(QString::number(p.daysInArrears), 10) << u' '
            << rpad(QString::number(p.lastLevel), 5) << u'\n';
    }
    out << CliContext::tr("Total overdue: %1").arg(total.toLocaleString(locale)) << u'\n';
    out.flush();
    return ExitSuccess;
}

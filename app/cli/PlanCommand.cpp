#include "CliContext.h"
#include "EngineJson.h"
#include "letters/LetterFormat.h"
#include "recovery/RecoveryLabels.h"
#include "reminders/Planner.h"

#include <QLocale>

#include <cstdio>

namespace {

QString pad(const QString& s, int width)
{
    return s.leftJustified(width, u' ', true);
}

// « payment plan broken on 26/03/2026 » for a debtor whose plan is why its
// reminders wait or resume; empty without a plan.
QString planNote(const Plan& plan, qint64 accountId)
{
    const DebtorPaymentPlan* p = plan.paymentPlanFor(accountId);
    return p ? CliContext::tr("payment plan %1").arg(RecoveryLabels::planState(p->status))
             : QString();
}

} // namespace

int runPlan(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("as-of"),
                      CliContext::tr("The date of the simulation (default: today)."),
                      CliContext::tr("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("json"), CliContext::tr("Writes JSON to standard output.")});
    int exitCode = ExitSuccess;
    if (!ctx.parse(parser,
                   CliContext::tr("Shows what a reminder run would issue, and why every other "
                                  "debtor would be skipped. Nothing is recorded."),
                   &exitCode))
        return exitCode;
    QDate asOf;
    if (!ctx.parseDate(parser, QStringLiteral("as-of"), &asOf, &exitCode))
        return exitCode;
    auto db = ctx.openDatabase(parser);
    if (!db)
        return ExitBadInput;
    auto plan = Planner::build(*db, asOf);
    if (!plan)
        return ctx.fail(ExitBadInput, plan.error());

    if (parser.isSet(QStringLiteral("json"))) {
        const QByteArray json = EngineJson::plan(*plan);
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        std::fflush(stdout);
        return ExitSuccess;
    }

    const QLocale locale;
    QTextStream& out = ctx.out();
    out << CliContext::tr("Simulation as of %1").arg(LetterFormat::longDate(asOf)) << u'\n';
    if (plan->warnings.contains(QStringLiteral("stale_ledger")))
        out << CliContext::tr("Warning: no payment was recorded in the last days before this "
                              "date; import the latest payments before running reminders.")
            << u'\n';
    out << u'\n'
        << CliContext::tr("%n reminder(s) would be issued:", nullptr, int(plan->reminders.size()))
        << u'\n';
    for (const PlannedReminder& r : std::as_const(plan->reminders)) {
        QString level = QStringLiteral("%1 %2").arg(r.level).arg(r.levelName);
        if (r.repeat > 0)
            level += CliContext::tr(" (repeat %1)").arg(r.repeat);
        QString fee = r.fee.isPositive()
                          ? CliContext::tr("fee %1").arg(r.fee.toLocaleString(locale))
                          : QString();
        if (!r.feeBlocked.isEmpty())
            fee = CliContext::tr("fee not charged (residential lease)");
        out << QLatin1String("  ") << pad(r.ref, 10) << u' ' << pad(level, 34) << u' '
            << r.overdue.toLocaleString(locale).rightJustified(14, u' ') << QLatin1String("  ")
            << r.recipients.join(u'+') << QLatin1String(" / ") << r.channels.join(u'+');
        if (!fee.isEmpty())
            out << QLatin1String("  ") << fee;
        if (const QString note = planNote(*plan, r.accountId); !note.isEmpty())
            out << QLatin1String("  ") << note;
        out << u'\n';
    }
    out << u'\n' << CliContext::tr("%n debtor(s) skipped:", nullptr, int(plan->skipped.size()))
        << u'\n';
    for (const PlanSkip& s : std::as_const(plan->skipped)) {
        out << QLatin1String("  ") << pad(s.ref, 10) << u' '
            << pad(CliContext::tr("level %1").arg(s.level), 10) << u' ' << s.reason.label();
        if (const QString note = planNote(*plan, s.accountId); !note.isEmpty())
            out << QLatin1String("  (") << note << u')';
        out << u'\n';
    }
    out.flush();
    return ExitSuccess;
}

#include "SimulationReport.h"

#include "letters/LetterFormat.h"

#include <QLocale>

namespace {
QString cell(const QString& text, bool right = false)
{
    return (right ? QStringLiteral("<td align=\"right\">") : QStringLiteral("<td>")) +
           text.toHtmlEscaped() + QStringLiteral("</td>");
}

QString channelsText(const QStringList& channels)
{
    QStringList out;
    if (channels.contains(QStringLiteral("letter")))
        out << SimulationReport::tr("letter");
    if (channels.contains(QStringLiteral("email")))
        out << SimulationReport::tr("e-mail");
    return out.join(QStringLiteral(", "));
}

QString recipientsText(const QStringList& recipients)
{
    QStringList out;
    if (recipients.contains(QStringLiteral("tenant")))
        out << SimulationReport::tr("tenant");
    if (recipients.contains(QStringLiteral("guarantor")))
        out << SimulationReport::tr("guarantors");
    return out.join(QStringLiteral(", "));
}
} // namespace

QString SimulationReport::html(const Plan& plan, const QHash<qint64, QString>& names,
                               const QString& agencyName)
{
    const QLocale locale;
    QString h;
    h += QStringLiteral("<html><body style=\"font-family: sans-serif;\">");
    h += QStringLiteral("<h2>") +
         tr("Simulation as of %1").arg(LetterFormat::longDate(plan.asOf)).toHtmlEscaped() +
         QStringLiteral("</h2>");
    if (!agencyName.isEmpty())
        h += QStringLiteral("<p>") + agencyName.toHtmlEscaped() + QStringLiteral("</p>");
    if (plan.warnings.contains(QStringLiteral("stale_ledger")))
        h += QStringLiteral("<p style=\"color:#8a5a00;\"><b>") +
             tr("Warning: no payment was recorded recently; the ledger may be out of date.")
                 .toHtmlEscaped() +
             QStringLiteral("</b></p>");

    Money total;
    for (const PlannedReminder& r : plan.reminders)
        total = total + r.overdue;
    h += QStringLiteral("<h3>") +
         tr("%n reminder(s) would be issued", nullptr, int(plan.reminders.size())).toHtmlEscaped() +
         QStringLiteral(" — ") + total.toLocaleString(locale).toHtmlEscaped() +
         QStringLiteral("</h3>");
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                        "<tr>");
    for (const QString& title : {tr("Ref"), tr("Name"), tr("Level"), tr("Overdue"),
                                 tr("Recipients"), tr("Sent by"), tr("Fee")})
        h += QStringLiteral("<th>") + title.toHtmlEscaped() + QStringLiteral("</th>");
    h += QStringLiteral("</tr>");
    for (const PlannedReminder& r : plan.reminders) {
        const QString level =
            r.repeat > 0 ? tr("%1. %2 (repeat %3)").arg(r.level).arg(r.levelName).arg(r.repeat)
                         : tr("%1. %2").arg(r.level).arg(r.levelName);
        QString fee = r.fee.isPositive() ? r.fee.toLocaleString(locale) : QString();
        if (r.feeBlocked == QLatin1String("residential_lease"))
            fee = tr("none (residential lease)");
        h += QStringLiteral("<tr>") + cell(r.ref) + cell(names.value(r.accountId)) + cell(level) +
             cell(r.overdue.toLocaleString(locale), true) + cell(recipientsText(r.recipients)) +
             cell(channelsText(r.channels)) + cell(fee, true) + QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h3>") +
         tr("%n debtor(s) skipped", nullptr, int(plan.skipped.size())).toHtmlEscaped() +
         QStringLiteral("</h3>");
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                        "<tr>");
    for (const QString& title : {tr("Ref"), tr("Name"), tr("Next level"), tr("Why")})
        h += QStringLiteral("<th>") + title.toHtmlEscaped() + QStringLiteral("</th>");
    h += QStringLiteral("</tr>");
    for (const PlanSkip& s : plan.skipped) {
        QString why = s.reason.label();
        if (s.reason.overridable())
            why = tr("%1 (a manual reminder is possible)").arg(why);
        h += QStringLiteral("<tr>") + cell(s.ref) + cell(names.value(s.accountId)) +
             cell(s.level > 0 ? QString::number(s.level) : QString()) + cell(why) +
             QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table></body></html>");
    return h;
}

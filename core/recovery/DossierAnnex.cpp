#include "DossierAnnex.h"

#include "RecoveryLabels.h"
#include "ledger/PostalAddress.h"
#include "letters/LetterFormat.h"

#include <QLocale>

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString money(Money m, const QString& lang)
{
    return esc(LetterFormat::money(m, lang));
}

QString date(const QDate& d, const QString& lang)
{
    return d.isValid() ? esc(LetterFormat::shortDate(d, lang)) : QString();
}

QString row(const QStringList& cells, const QString& style = {})
{
    QString r = QStringLiteral("<tr>");
    for (const QString& c : cells)
        r += (style.isEmpty() ? QStringLiteral("<td>")
                              : QStringLiteral("<td style=\"%1\">").arg(style)) +
             c + QStringLiteral("</td>");
    return r + QStringLiteral("</tr>");
}

// A two-column table of labels and values (identities, the lease).
QString facts(const QList<std::pair<QString, QString>>& pairs)
{
    QString t = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" width=\"100%\">");
    for (const auto& [label, value] : pairs)
        t += QStringLiteral("<tr><td width=\"35%\"><b>%1</b></td><td>%2</td></tr>")
                 .arg(esc(label), value);
    return t + QStringLiteral("</table>");
}

QString address(const QStringList& lines)
{
    QStringList escaped;
    for (const QString& l : lines)
        escaped << esc(l);
    return escaped.join(QStringLiteral("<br>"));
}

QString heading(const QString& text)
{
    return QStringLiteral("<h3 style=\"margin-top: 14px; margin-bottom: 6px;\">%1</h3>")
        .arg(esc(text));
}

const QString numeric = QStringLiteral("text-align: right;");

} // namespace

QString DossierAnnex::html(const DossierContent& d)
{
    const QString lang = d.language;
    const Account& a = d.account;
    QString h;
    h +=
        QStringLiteral("<h2>%1</h2>")
            .arg(esc(tr("File handed to the commissaire de justice – %1 (%2)").arg(a.name, a.ref)));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("Situation as of %1: overdue amount %2, balance of the account %3.")
                          .arg(LetterFormat::longDate(d.asOf, lang),
                               LetterFormat::money(d.position.overdue, lang),
                               LetterFormat::money(d.position.balance, lang))));

    // Who owes, who guarantees.
    h += heading(tr("Tenant"));
    QList<std::pair<QString, QString>> tenant{
        {tr("Name"), esc(a.name)},
        {tr("Account"), esc(a.ref)},
        {tr("Address"), address(PostalAddress::block(a).mid(1))},
    };
    if (!a.property.isEmpty())
        tenant.append({tr("Rented property"), esc(a.property)});
    if (!a.email.isEmpty())
        tenant.append({tr("E-mail"), esc(a.email)});
    if (!a.phone.isEmpty())
        tenant.append({tr("Phone"), esc(a.phone)});
    tenant.append({tr("Status"), esc(AccountKeys::label(a.status))});
    h += facts(tenant);
    if (a.guarantors.isEmpty()) {
        h += heading(tr("Guarantor"));
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("No guarantor is recorded for this account.")));
    }
    for (qsizetype i = 0; i < a.guarantors.size(); ++i) {
        const Guarantor& g = a.guarantors.at(i);
        h += heading(a.guarantors.size() > 1 ? tr("Guarantor %1").arg(i + 1) : tr("Guarantor"));
        QList<std::pair<QString, QString>> rows{
            {tr("Name"), esc(g.name)}, {tr("Address"), address(PostalAddress::block(g).mid(1))}};
        if (!g.email.isEmpty())
            rows.append({tr("E-mail"), esc(g.email)});
        h += facts(rows);
    }

    // The lease.
    h += heading(tr("Lease"));
    QList<std::pair<QString, QString>> lease{
        {tr("Type of lease"), esc(AccountKeys::label(a.leaseType))},
        {tr("Start of the lease"),
         a.leaseStart.isValid() ? date(a.leaseStart, lang) : esc(tr("not recorded"))},
        {tr("Monthly rent with charges"), money(a.monthlyRent, lang)},
    };
    if (a.rentExclCharges) {
        lease.append({tr("Rent without charges"), money(*a.rentExclCharges, lang)});
        lease.append({tr("Charges"), money(a.monthlyRent - *a.rentExclCharges, lang)});
    } else {
        lease.append({tr("Rent without charges"), esc(tr("not recorded"))});
    }
    lease.append({tr("Housing aid paid to the landlord"),
                  a.housingAid.isPositive() ? money(a.housingAid, lang) + QStringLiteral(" (") +
                                                  esc(AccountKeys::label(a.housingAidPayer)) + u')'
                                            : esc(tr("none"))});
    QString guarantee = esc(AccountKeys::label(a.guarantee));
    if (!a.guaranteeRef.isEmpty())
        guarantee += QStringLiteral(" – ") + esc(tr("reference %1").arg(a.guaranteeRef));
    lease.append({tr("Guarantee"), guarantee});
    h += facts(lease);

    // The statement, month by month.
    h += QStringLiteral("<h3 style=\"page-break-before: always; margin-bottom: 6px;\">%1</h3>")
             .arg(esc(
                 tr("Statement of account as of %1").arg(LetterFormat::longDate(d.asOf, lang))));
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                        "style=\"border-collapse: collapse; border-color: #999999;\">");
    h += QStringLiteral("<thead>") +
         row({esc(tr("Date")), esc(tr("Ref.")), esc(tr("Label")), esc(tr("Debit")),
              esc(tr("Credit")), esc(tr("Balance"))},
             QStringLiteral("font-weight: bold; background-color: #e6e6e6;")) +
         QStringLiteral("</thead>");
    const QLocale locale = LetterFormat::locale(lang);
    for (const StatementMonth& m : d.statement.months) {
        const QString monthName =
            locale.standaloneMonthName(m.month.month()) + u' ' + QString::number(m.month.year());
        h += QStringLiteral("<tr><td colspan=\"6\" style=\"font-weight: bold;\">%1</td></tr>")
                 .arg(esc(monthName.left(1).toUpper() + monthName.mid(1)));
        for (const StatementLine& l : m.lines) {
            QString label = esc(l.label);
            if (l.rentPart && l.chargesPart)
                label += QStringLiteral("<br><small>%1</small>")
                             .arg(esc(tr("rent %1, charges %2")
                                          .arg(LetterFormat::money(*l.rentPart, lang),
                                               LetterFormat::money(*l.chargesPart, lang))));
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td>"
                                "<td align=\"right\">%4</td><td align=\"right\">%5</td>"
                                "<td align=\"right\">%6</td></tr>")
                     .arg(date(l.date, lang), esc(l.entryRef), label,
                          l.debit.isZero() ? QString() : money(l.debit, lang),
                          l.credit.isZero() ? QString() : money(l.credit, lang),
                          money(l.balance, lang));
        }
        h += QStringLiteral("<tr><td></td><td></td><td><i>%1</i></td>"
                            "<td align=\"right\"><i>%2</i></td><td align=\"right\"><i>%3</i></td>"
                            "<td align=\"right\"><i>%4</i></td></tr>")
                 .arg(esc(tr("Total %1").arg(monthName)), money(m.debits, lang),
                      money(m.credits, lang), money(m.closingBalance, lang));
    }
    h += QStringLiteral("<tr><td></td><td></td><td><b>%1</b></td>"
                        "<td align=\"right\"><b>%2</b></td><td align=\"right\"><b>%3</b></td>"
                        "<td align=\"right\"><b>%4</b></td></tr>")
             .arg(esc(tr("Total")), money(d.statement.debits, lang),
                  money(d.statement.credits, lang), money(d.statement.balance, lang));
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p><b>%1</b></p>")
             .arg(esc(tr("Balance as of %1: %2")
                          .arg(LetterFormat::shortDate(d.asOf, lang),
                               LetterFormat::money(d.statement.balance, lang))));

    // The reminders sent.
    h += heading(tr("Reminders sent"));
    if (d.reminders.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("No reminder was sent.")));
    } else {
        h +=
            QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                           "style=\"border-collapse: collapse; border-color: #999999;\">");
        h += QStringLiteral("<thead>") +
             row({esc(tr("Date")), esc(tr("Level")), esc(tr("Channel")), esc(tr("Overdue")),
                  esc(tr("Registered letter no."))},
                 QStringLiteral("font-weight: bold; background-color: #e6e6e6;")) +
             QStringLiteral("</thead>");
        for (const ReminderRecord& r : d.reminders) {
            QStringList channels;
            for (const QString& c : r.channels)
                channels << (c == QLatin1String("email") ? tr("e-mail") : tr("letter"));
            if (r.registered)
                channels << tr("registered");
            QString level = QString::number(r.levelPosition);
            if (!r.levelName.isEmpty())
                level += QStringLiteral(" – ") + r.levelName;
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align=\"right\">%4</td>"
                                "<td>%5</td></tr>")
                     .arg(date(r.date, lang), esc(level), esc(channels.join(QStringLiteral(", "))),
                          money(r.overdue, lang), esc(r.tracking));
        }
        h += QStringLiteral("</table>");
    }

    // The case file.
    h += heading(tr("Case file"));
    if (d.events.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("No event is recorded.")));
    } else {
        h +=
            QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                           "style=\"border-collapse: collapse; border-color: #999999;\">");
        h += QStringLiteral("<thead>") +
             row({esc(tr("Date")), esc(tr("Event")), esc(tr("Note")), esc(tr("By"))},
                 QStringLiteral("font-weight: bold; background-color: #e6e6e6;")) +
             QStringLiteral("</thead>");
        for (const CaseEvent& e : d.events) {
            QString what = esc(RecoveryLabels::event(e.kind));
            if (e.cancelled)
                what = QStringLiteral("<s>%1</s> ").arg(what) +
                       esc(tr("(cancelled by %1)").arg(e.cancelledBy));
            QString note = esc(e.note);
            if (!e.documentName.isEmpty())
                note += (note.isEmpty() ? QString() : QStringLiteral("<br>")) +
                        esc(tr("Document: %1").arg(e.documentName));
            h += row({date(e.date, lang), what, note, esc(e.userName)});
        }
        h += QStringLiteral("</table>");
    }

    // What follows: the copies of the letters.
    h += heading(tr("Copies of the letters sent"));
    if (d.letters.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("No letter was sent on paper.")));
    } else {
        h += QStringLiteral("<ul>");
        for (const DossierLetterCopy& l : d.letters) {
            QString item = esc(tr("%1, level %2, to %3")
                                   .arg(LetterFormat::shortDate(l.date, lang))
                                   .arg(l.level)
                                   .arg(l.addressee));
            item +=
                QStringLiteral(": ") + esc(l.found ? tr("copy attached") : tr("copy not found"));
            h += QStringLiteral("<li>%1</li>").arg(item);
        }
        h += QStringLiteral("</ul>");
    }
    return h;
}

QString DossierAnnex::footer(const DossierContent& dossier, int page, int pages)
{
    return tr("File %1 – page %2/%3").arg(dossier.account.ref).arg(page).arg(pages);
}

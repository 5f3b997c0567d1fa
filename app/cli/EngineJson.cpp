#include "EngineJson.h"

namespace {

// A minimal writer: values are written as they come, so keys keep the order
// of cli.md and a large debtor list is not built twice in memory.
class Writer
{
public:
    QByteArray& buf() { return m_buf; }
    void str(const QString& s)
    {
        // RFC 8259 escaping: quotes, backslashes and control characters.
        m_buf += '"';
        const QByteArray utf8 = s.toUtf8();
        for (char c : utf8) {
            const auto u = static_cast<unsigned char>(c);
            if (c == '"' || c == '\\') {
                m_buf += '\\';
                m_buf += c;
            } else if (u < 0x20) {
                static const char hex[] = "0123456789abcdef";
                m_buf += "\\u00";
                m_buf += hex[u >> 4];
                m_buf += hex[u & 0xf];
            } else {
                m_buf += c;
            }
        }
        m_buf += '"';
    }
    void strOrNull(const QString& s)
    {
        if (s.isNull())
            m_buf += "null";
        else
            str(s);
    }
    void date(const QDate& d)
    {
        if (!d.isValid()) {
            m_buf += "null";
            return;
        }
        m_buf += '"';
        m_buf += d.toString(Qt::ISODate).toLatin1();
        m_buf += '"';
    }
    void money(Money m)
    {
        m_buf += '"';
        m_buf += m.toPlainString().toLatin1();
        m_buf += '"';
    }
    void num(qint64 n) { m_buf += QByteArray::number(n); }
    void key(const char* k)
    {
        m_buf += '"';
        m_buf += k;
        m_buf += "\": ";
    }
    void strings(const QStringList& list)
    {
        m_buf += '[';
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (i > 0)
                m_buf += ", ";
            str(list.at(i));
        }
        m_buf += ']';
    }

private:
    QByteArray m_buf;
};

} // namespace

namespace EngineJson {

QByteArray debtors(QDate asOf, const QList<Debtor>& debtors)
{
    Writer w;
    w.buf().reserve(256 + debtors.size() * 600);
    w.buf() += "{\n  ";
    w.key("as_of");
    w.date(asOf);
    w.buf() += ",\n  ";
    w.key("debtors");
    w.buf() += '[';
    bool first = true;
    for (const Debtor& d : debtors) {
        const AccountPosition& p = d.position;
        w.buf() += first ? "\n    {" : ",\n    {";
        first = false;
        w.key("ref");
        w.str(d.account.ref);
        w.buf() += ", ";
        w.key("name");
        w.str(d.account.name);
        w.buf() += ",\n     ";
        w.key("balance");
        w.money(p.balance);
        w.buf() += ", ";
        w.key("overdue");
        w.money(p.overdue);
        w.buf() += ",\n     ";
        w.key("oldest_due_date");
        w.date(p.oldestDueDate);
        w.buf() += ", ";
        w.key("days_late");
        w.num(p.daysLate);
        w.buf() += ",\n     ";
        w.key("arrears_since");
        w.date(p.arrearsSince);
        w.buf() += ", ";
        w.key("days_in_arrears");
        w.num(p.daysInArrears);
        w.buf() += ",\n     ";
        w.key("last_level");
        w.num(p.lastLevel);
        w.buf() += ", ";
        w.key("last_reminder_date");
        w.date(p.lastReminderDate);
        w.buf() += ",\n     ";
        w.key("items");
        w.buf() += '[';
        for (qsizetype i = 0; i < p.items.size(); ++i) {
            const PositionItem& item = p.items.at(i);
            w.buf() += i == 0 ? "\n       {" : ",\n       {";
            w.key("entry_ref");
            w.str(item.entryRef);
            w.buf() += ", ";
            w.key("label");
            w.str(item.label);
            w.buf() += ", ";
            w.key("due_date");
            w.date(item.dueDate);
            w.buf() += ", ";
            w.key("amount");
            w.money(item.amount);
            w.buf() += ", ";
            w.key("remaining");
            w.money(item.remaining);
            w.buf() += '}';
        }
        w.buf() += p.items.isEmpty() ? "]}" : "\n     ]}";
    }
    w.buf() += debtors.isEmpty() ? "]\n}\n" : "\n  ]\n}\n";
    return w.buf();
}

QByteArray plan(const Plan& plan)
{
    Writer w;
    w.buf() += "{\n  ";
    w.key("as_of");
    w.date(plan.asOf);
    w.buf() += ",\n  ";
    w.key("warnings");
    w.strings(plan.warnings);
    w.buf() += ",\n  ";
    w.key("reminders");
    w.buf() += '[';
    bool first = true;
    for (const PlannedReminder& r : plan.reminders) {
        w.buf() += first ? "\n    {" : ",\n    {";
        first = false;
        w.key("ref");
        w.str(r.ref);
        w.buf() += ", ";
        w.key("level");
        w.num(r.level);
        w.buf() += ", ";
        w.key("level_name");
        w.str(r.levelName);
        w.buf() += ", ";
        w.key("repeat");
        w.num(r.repeat);
        w.buf() += ",\n     ";
        w.key("overdue");
        w.money(r.overdue);
        w.buf() += ", ";
        w.key("recipients");
        w.strings(r.recipients);
        w.buf() += ", ";
        w.key("channels");
        w.strings(r.channels);
        w.buf() += ",\n     ";
        w.key("fee");
        w.money(r.fee);
        w.buf() += ", ";
        w.key("fee_blocked");
        w.strOrNull(r.feeBlocked.isEmpty() ? QString() : r.feeBlocked);
        w.buf() += '}';
    }
    w.buf() += plan.reminders.isEmpty() ? "],\n  " : "\n  ],\n  ";
    w.key("skipped");
    w.buf() += '[';
    first = true;
    for (const PlanSkip& s : plan.skipped) {
        w.buf() += first ? "\n    {" : ",\n    {";
        first = false;
        w.key("ref");
        w.str(s.ref);
        w.buf() += ", ";
        w.key("level");
        w.num(s.level);
        w.buf() += ", ";
        w.key("reason");
        w.str(s.reason.key());
        w.buf() += '}';
    }
    w.buf() += plan.skipped.isEmpty() ? "],\n  " : "\n  ],\n  ";
    // An addition to cli.md's keys: each debtor's current payment plan.
    w.key("payment_plans");
    w.buf() += '[';
    first = true;
    for (const DebtorPaymentPlan& p : plan.paymentPlans) {
        w.buf() += first ? "\n    {" : ",\n    {";
        first = false;
        w.key("ref");
        w.str(p.ref);
        w.buf() += ", ";
        w.key("state");
        w.str(PlanStates::toKey(p.status.state));
        w.buf() += ", ";
        w.key("late_since");
        w.date(p.status.lateSince);
        w.buf() += ", ";
        w.key("broken_on");
        w.date(p.status.brokenOn);
        w.buf() += ",\n     ";
        w.key("next_due");
        w.date(p.next ? p.next->due : QDate());
        w.buf() += ", ";
        w.key("next_amount");
        if (p.next)
            w.money(p.next->amount);
        else
            w.buf() += "null";
        w.buf() += ", ";
        w.key("behind");
        w.money(p.status.behind());
        w.buf() += '}';
    }
    w.buf() += plan.paymentPlans.isEmpty() ? "]\n}\n" : "\n  ]\n}\n";
    return w.buf();
}

QByteArray deadlines(const DeadlineReport& report)
{
    Writer w;
    w.buf().reserve(256 + report.deadlines.size() * 160);
    w.buf() += "{\n  ";
    w.key("as_of");
    w.date(report.asOf);
    w.buf() += ",\n  ";
    w.key("deadlines");
    w.buf() += '[';
    bool first = true;
    for (const AccountDeadline& d : report.deadlines) {
        w.buf() += first ? "\n    {" : ",\n    {";
        first = false;
        w.key("ref");
        w.str(d.ref);
        w.buf() += ", ";
        w.key("kind");
        w.str(DeadlineKeys::toKey(d.deadline.kind));
        w.buf() += ", ";
        w.key("since");
        w.date(d.deadline.since);
        w.buf() += ", ";
        w.key("due");
        w.date(d.deadline.due);
        w.buf() += ", ";
        w.key("status");
        w.str(DeadlineKeys::toKey(d.deadline.status));
        w.buf() += ", ";
        w.key("source");
        w.str(d.deadline.source);
        w.buf() += '}';
    }
    w.buf() += first ? "],\n  " : "\n  ],\n  ";
    w.key("flags");
    w.buf() += '[';
    first = true;
    for (const AccountCcapex& f : report.flags) {
        w.buf() += first ? "\n    {" : ",\n    {";
        first = false;
        w.key("ref");
        w.str(f.ref);
        w.buf() += ", ";
        w.key("kind");
        w.str(QStringLiteral("ccapex"));
        w.buf() += ", ";
        w.key("since");
        w.date(f.flag.since);
        w.buf() += ", ";
        w.key("approximate");
        w.buf() += f.flag.approximate ? "true" : "false";
        w.buf() += '}';
    }
    w.buf() += first ? "],\n  " : "\n  ],\n  ";
    w.key("warnings");
    w.buf() += '[';
    first = true;
    for (const AccountPrescription& p : report.warnings) {
        w.buf() += first ? "\n    {" : ",\n    {";
        first = false;
        w.key("ref");
        w.str(p.ref);
        w.buf() += ", ";
        w.key("kind");
        w.str(QStringLiteral("prescription_near"));
        w.buf() += ", ";
        w.key("entry_ref");
        w.str(p.item.entryRef);
        w.buf() += ", ";
        w.key("prescribed_on");
        w.date(p.item.prescribedOn);
        w.buf() += '}';
    }
    w.buf() += first ? "]\n}\n" : "\n  ]\n}\n";
    return w.buf();
}

QByteArray recovery(const RecoveryFigures& f)
{
    Writer w;
    w.buf() += "{\n  ";
    w.key("as_of");
    w.date(f.asOf);
    w.buf() += ",\n  ";
    w.key("total_overdue");
    w.money(f.totalOverdue);
    w.buf() += ",\n  ";
    w.key("debtors");
    w.num(f.debtors);
    w.buf() += ",\n  ";
    w.key("ageing");
    w.buf() += '[';
    for (qsizetype i = 0; i < f.ageing.size(); ++i) {
        const AgeingRow& a = f.ageing.at(i);
        w.buf() += i == 0 ? "\n    {" : ",\n    {";
        w.key("bucket");
        w.str(AgeBuckets::key(a.bucket));
        w.buf() += ", ";
        w.key("amount");
        w.money(a.amount);
        w.buf() += ", ";
        w.key("count");
        w.num(a.count);
        w.buf() += '}';
    }
    w.buf() += f.ageing.isEmpty() ? "],\n  " : "\n  ],\n  ";
    w.key("monthly");
    w.buf() += '[';
    for (qsizetype i = 0; i < f.monthly.size(); ++i) {
        const MonthEndOverdue& m = f.monthly.at(i);
        w.buf() += i == 0 ? "\n    {" : ",\n    {";
        w.key("month_end");
        w.date(m.monthEnd);
        w.buf() += ", ";
        w.key("overdue");
        w.money(m.overdue);
        w.buf() += '}';
    }
    w.buf() += f.monthly.isEmpty() ? "],\n  " : "\n  ],\n  ";
    w.key("levels");
    w.buf() += '[';
    for (qsizetype i = 0; i < f.levels.size(); ++i) {
        const LevelEffectiveness& l = f.levels.at(i);
        w.buf() += i == 0 ? "\n    {" : ",\n    {";
        w.key("level");
        w.num(l.level);
        w.buf() += ", ";
        w.key("issued");
        w.num(l.issued);
        w.buf() += ", ";
        w.key("cleared_15");
        w.num(l.cleared15);
        w.buf() += ", ";
        w.key("cleared_30");
        w.num(l.cleared30);
        w.buf() += '}';
    }
    w.buf() += f.levels.isEmpty() ? "],\n  " : "\n  ],\n  ";
    w.key("recovered");
    w.buf() += '[';
    for (qsizetype i = 0; i < f.recovered.size(); ++i) {
        const MonthRecovered& r = f.recovered.at(i);
        w.buf() += i == 0 ? "\n    {" : ",\n    {";
        w.key("month");
        w.str(r.month.toString(QStringLiteral("yyyy-MM")));
        w.buf() += ", ";
        w.key("amount");
        w.money(r.amount);
        w.buf() += '}';
    }
    w.buf() += f.recovered.isEmpty() ? "]\n}\n" : "\n  ]\n}\n";
    return w.buf();
}

} // namespace EngineJson

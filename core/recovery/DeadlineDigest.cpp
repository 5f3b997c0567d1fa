#include "DeadlineDigest.h"

#include "DeadlineService.h"
#include "RecoveryLabels.h"
#include "mail/DirectMail.h"
#include "mail/Outbox.h"
#include "storage/AgencyRepository.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"

#include <QLocale>

namespace {

QString line(const AccountDeadline& d, const QLocale& locale)
{
    return DeadlineDigest::tr("- %1  %2  %3: %4 (%5), since %6")
        .arg(locale.toString(d.deadline.due, QLocale::ShortFormat), d.ref, d.name,
             RecoveryLabels::deadline(d.deadline.kind), d.deadline.source,
             locale.toString(d.deadline.since, QLocale::ShortFormat));
}

QString planLine(const PaymentPlans::Followed& f, const QLocale& locale)
{
    return DeadlineDigest::tr("- %1  %2: payment plan %3, %4 behind")
        .arg(f.ref, f.name, RecoveryLabels::planState(f.status),
             f.status.behind().toLocaleString(locale));
}

// Claims the day inside one transaction, so that two automations started
// the same day send one digest; returns the previous day, to give the day
// back when sending fails.
Result<std::optional<QString>> claim(const Database& db, QDate today)
{
    using R = Result<std::optional<QString>>;
    std::optional<QString> previous;
    bool already = false;
    const QString day = today.toString(Qt::ISODate);
    Status s = db.write([&](QSqlDatabase& conn) {
        auto stored = SettingsRepository::valueIn(conn, DeadlineDigest::sentOnKey());
        if (!stored)
            return Status::failure(stored.kind(), stored.error());
        previous = *stored;
        if (previous == day) {
            already = true;
            return Status();
        }
        return SettingsRepository::setIn(conn, DeadlineDigest::sentOnKey(), day);
    });
    if (!s)
        return R::failure(s.kind(), s.error());
    if (already)
        return R::failure(ErrorKind::Conflict, QString());
    return previous;
}

} // namespace

QList<PaymentPlans::Followed>
DeadlineDigest::plansGoneWrong(const QList<PaymentPlans::Followed>& plans, QDate today,
                               QDate previous)
{
    const QDate after = previous.isValid() ? previous : today.addDays(-windowDays);
    QList<PaymentPlans::Followed> out;
    for (const PaymentPlans::Followed& f : plans) {
        QDate since;
        if (f.status.state == PlanState::Late)
            since = f.status.lateSince;
        else if (f.status.state == PlanState::Broken)
            since = f.status.brokenOn;
        if (since.isValid() && since > after && since <= today)
            out.append(f);
    }
    return out;
}

OutboxMessage DeadlineDigest::compose(const DeadlineReport& report,
                                      const QList<PaymentPlans::Followed>& plans,
                                      const QString& address, const QString& agencyName)
{
    const QLocale locale;
    const int late = report.lateCount();
    const int soon = int(report.deadlines.size()) - late;
    OutboxMessage m;
    m.recipient = QStringLiteral("agency");
    m.toAddress = address;
    m.toName = agencyName;
    // Counts only: no tenant data in a header.
    const int wrong = int(plans.size());
    if (late > 0 || soon > 0) {
        m.subject = late > 0 ? tr("Relance: %n deadline(s) late", nullptr, late)
                             : tr("Relance: %n deadline(s) within 7 days", nullptr, soon);
        if (late > 0 && soon > 0)
            m.subject += u", " + tr("%n within 7 days", nullptr, soon);
        if (wrong > 0)
            m.subject += u", " + tr("%n payment plan(s) late or broken", nullptr, wrong);
    } else {
        m.subject = tr("Relance: %n payment plan(s) late or broken", nullptr, wrong);
    }
    QStringList body;
    if (!report.deadlines.isEmpty())
        body << tr("Recovery deadlines as of %1 (late, or due within %n day(s)).", nullptr,
                   windowDays)
                    .arg(locale.toString(report.asOf, QLocale::LongFormat));
    else
        body
            << tr("Payment plans as of %1.").arg(locale.toString(report.asOf, QLocale::LongFormat));
    body << QString();
    if (late > 0) {
        body << tr("LATE");
        for (const AccountDeadline& d : report.deadlines)
            if (d.deadline.status == DeadlineStatus::Late)
                body << line(d, locale);
        body << QString();
    }
    if (soon > 0) {
        body << tr("WITHIN 7 DAYS");
        for (const AccountDeadline& d : report.deadlines)
            if (d.deadline.status != DeadlineStatus::Late)
                body << line(d, locale);
        body << QString();
    }
    if (!plans.isEmpty()) {
        body << tr("PAYMENT PLANS LATE OR BROKEN SINCE THE LAST DIGEST");
        for (const PaymentPlans::Followed& f : plans)
            body << planLine(f, locale);
        body << tr("A late plan still holds reminders back; a broken one no longer does: "
                   "reminders resume at the next level.")
             << QString();
    }
    if (!report.deadlines.isEmpty())
        body << tr("Open Relance, « Deadlines », to record what was done: a deadline leaves "
                   "this list once its event is recorded in the account's case file.");
    m.body = body.join(u'\n') + u'\n';
    return m;
}

Result<DeadlineDigest::Outcome> DeadlineDigest::sendOnce(QDate today, const Password& password,
                                                         SmtpAbort* abort) const
{
    using R = Result<Outcome>;
    auto report = DeadlineService(m_db).report(today, windowDays);
    if (!report)
        return R::failure(report.kind(), report.error());
    // The plans that went wrong since the previous digest. The claim below
    // reads the day again inside the transaction that marks it, so two
    // automations started together still send one digest.
    auto stored = m_db.setting(sentOnKey());
    if (!stored)
        return R::failure(stored.kind(), stored.error());
    auto plans = PaymentPlans(m_db).list(today);
    if (!plans)
        return R::failure(plans.kind(), plans.error());
    const QList<PaymentPlans::Followed> goneWrong =
        plansGoneWrong(*plans, today, QDate::fromString(*stored, Qt::ISODate));
    Outcome outcome;
    outcome.deadlines = int(report->deadlines.size());
    outcome.late = report->lateCount();
    outcome.plans = int(goneWrong.size());
    if (report->deadlines.isEmpty() && goneWrong.isEmpty())
        return outcome;
    auto agency = AgencyRepository(m_db).load();
    if (!agency)
        return R::failure(agency.kind(), agency.error());
    const QString address = agency->email.trimmed();
    if (address.isEmpty()) {
        outcome.state = State::NoAddress;
        return outcome;
    }
    auto settings = Outbox(m_db).effectiveSettings();
    if (!settings)
        return R::failure(settings.kind(), settings.error());
    if (!settings->isConfigured()) {
        outcome.state = State::NoServer;
        return outcome;
    }

    auto previous = claim(m_db, today);
    if (!previous && previous.kind() == ErrorKind::Conflict && previous.error().isEmpty()) {
        outcome.state = State::AlreadySent;
        return outcome;
    }
    if (!previous)
        return R::failure(previous.kind(), previous.error());
    // Gives the day back (an empty value reads as never sent): the next
    // automation tries again.
    auto release = [&]() {
        std::ignore = m_db.write([&](QSqlDatabase& conn) {
            return SettingsRepository::setIn(conn, sentOnKey(), previous->value_or(QString()));
        });
    };
    auto secret = password ? password() : Result<QString>(QString());
    if (!secret) {
        release();
        return R::failure(secret.kind(), secret.error());
    }
    auto sent = DirectMail::send(*settings, *secret,
                                 compose(*report, goneWrong, address, agency->name), abort);
    if (!sent) {
        release();
        return R::failure(sent.kind(), sent.error());
    }
    outcome.state = State::Sent;
    return outcome;
}

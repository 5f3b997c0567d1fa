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

OutboxMessage DeadlineDigest::compose(const DeadlineReport& report, const QString& address,
                                      const QString& agencyName)
{
    const QLocale locale;
    const int late = report.lateCount();
    const int soon = int(report.deadlines.size()) - late;
    OutboxMessage m;
    m.recipient = QStringLiteral("agency");
    m.toAddress = address;
    m.toName = agencyName;
    // Counts only: no tenant data in a header.
    m.subject = late > 0 ? tr("Relance: %n deadline(s) late", nullptr, late)
                         : tr("Relance: %n deadline(s) within 7 days", nullptr, soon);
    if (late > 0 && soon > 0)
        m.subject += u", " + tr("%n within 7 days", nullptr, soon);
    QStringList body;
    body << tr("Recovery deadlines as of %1 (late, or due within %n day(s)).", nullptr, windowDays)
                .arg(locale.toString(report.asOf, QLocale::LongFormat))
         << QString();
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
    body << tr("Open Relance, « Deadlines », to record what was done: a deadline leaves this "
               "list once its event is recorded in the account's case file.");
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
    Outcome outcome;
    outcome.deadlines = int(report->deadlines.size());
    outcome.late = report->lateCount();
    if (report->deadlines.isEmpty())
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
    auto sent =
        DirectMail::send(*settings, *secret, compose(*report, address, agency->name), abort);
    if (!sent) {
        release();
        return R::failure(sent.kind(), sent.error());
    }
    outcome.state = State::Sent;
    return outcome;
}

#pragma once

#include "DeadlineReport.h"
#include "PaymentPlans.h"
#include "mail/OutboxMessage.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

class Database;
class SmtpAbort;

// The daily digest of the recovery path (issue 13): the deadlines that are
// late or due within a week, and the payment plans that became late or
// broken since the previous digest (issue 14), e-mailed to the agency's own
// address by the automation, once a day and only when there is any. Not a
// reminder: it goes straight to the server (DirectMail), never through the
// outbox.
class DeadlineDigest
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineDigest)

public:
    static constexpr int windowDays = 7;
    using Password = std::function<Result<QString>()>;

    enum class State
    {
        Sent,
        NothingDue,  // no deadline late or due within the week, no plan gone wrong: nothing sent
        AlreadySent, // the digest of that day went already
        NoAddress,   // the agency has no e-mail address: nothing sent
        NoServer,    // no mail server set: nothing sent
    };
    struct Outcome
    {
        State state = State::NothingDue;
        int deadlines = 0; // in the digest
        int late = 0;
        int plans = 0; // payment plans that became late or broken
    };

    explicit DeadlineDigest(const Database& db)
        : m_db(db)
    {}

    // Sends the digest of `today` unless it went already that day; the
    // password is asked only when there is something to send. A failure
    // (server, password) leaves the day unmarked, so the next run-due tries
    // again.
    Result<Outcome> sendOnce(QDate today, const Password& password,
                             SmtpAbort* abort = nullptr) const;

    // The message for `report` (late first, then by due date) and `plans`,
    // to `address`.
    static OutboxMessage compose(const DeadlineReport& report,
                                 const QList<PaymentPlans::Followed>& plans, const QString& address,
                                 const QString& agencyName);
    // Among `plans` (as of today), those that became late or broken after
    // `previous` (the day of the previous digest; without one, within the
    // last windowDays days): each is told once per stretch.
    static QList<PaymentPlans::Followed> plansGoneWrong(const QList<PaymentPlans::Followed>& plans,
                                                        QDate today, QDate previous);

    // The settings key holding the day of the last digest sent.
    static QString sentOnKey() { return QStringLiteral("recovery.digest_sent_on"); }

private:
    const Database& m_db;
};

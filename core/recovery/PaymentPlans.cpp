#include "PaymentPlans.h"

#include "PlanFollowing.h"
#include "reminders/Planner.h"
#include "storage/AccountRepository.h"
#include "storage/CaseEventRepository.h"
#include "storage/Database.h"
#include "storage/DebtorLedger.h"
#include "storage/PaymentPlanRepository.h"
#include "storage/PositionLoader.h"
#include "storage/RecoverySettingsRepository.h"

#include <QLocale>

#include <algorithm>

Result<int> PaymentPlans::graceDays() const
{
    auto settings = RecoverySettingsRepository::load(m_db);
    if (!settings)
        return Result<int>::failure(settings.kind(), settings.error());
    return settings->graceDays;
}

std::optional<std::pair<PaymentPlan, PlanStatus>>
PaymentPlans::current(const QList<PaymentPlan>& plans, const QList<LedgerEntry>& entries,
                      QDate asOf, int graceDays)
{
    // The letters' layer needs the same choice and cannot reach this class.
    return PlanFollowing::current(plans, entries, asOf, graceDays);
}

Result<PaymentPlan> PaymentPlans::create(const Request& request, const QString& userName) const
{
    using R = Result<PaymentPlan>;
    auto account = AccountRepository(m_db).byRef(request.ref);
    if (!account)
        return R::failure(account.kind(), account.error());
    if (request.instalments < 1 || request.instalments > PaymentPlan::maxInstalments)
        return R::failure(ErrorKind::BadInput,
                          tr("A payment plan has from 1 to %1 monthly instalments, not %2.")
                              .arg(PaymentPlan::maxInstalments)
                              .arg(request.instalments));
    if (!request.asOf.isValid() || !request.firstDue.isValid())
        return R::failure(ErrorKind::BadInput,
                          tr("The payment plan needs its date and its first instalment's date."));
    const QLocale locale;
    if (request.firstDue < request.asOf)
        return R::failure(ErrorKind::BadInput,
                          tr("The first instalment (%1) comes before the plan itself (%2): "
                             "choose a first date on or after it.")
                              .arg(locale.toString(request.firstDue, QLocale::ShortFormat),
                                   locale.toString(request.asOf, QLocale::ShortFormat)));
    auto grace = graceDays();
    if (!grace)
        return R::failure(grace.kind(), grace.error());
    DebtorLedger ledger;
    auto debtor = PositionLoader(m_db).account(account->id, request.asOf, &ledger);
    if (!debtor)
        return R::failure(debtor.kind(), debtor.error());
    const Money debt = request.debt.value_or(debtor->position.overdue);
    if (!debt.isPositive())
        return R::failure(
            ErrorKind::BadInput,
            request.debt
                ? tr("The debt of a payment plan must be more than zero.")
                : tr("%1 owes nothing overdue on %2: there is no debt to "
                     "spread.")
                      .arg(account->ref, locale.toString(request.asOf, QLocale::ShortFormat)));

    PaymentPlan plan;
    plan.accountId = account->id;
    plan.created = request.asOf;
    plan.debt = debt;
    plan.instalments = request.instalments;
    plan.firstDue = request.firstDue;
    plan.userName = userName;
    plan.createdAt = QDateTime::currentDateTimeUtc();
    const Status s = m_db.write([&](QSqlDatabase& conn) -> Status {
        // Read again inside the transaction: two people creating a plan for
        // the same account at once get one plan.
        auto existing = PaymentPlanRepository::forAccountIn(conn, account->id);
        if (!existing)
            return Status::failure(existing.kind(), existing.error());
        for (const PaymentPlan& other : std::as_const(*existing)) {
            if (other.created > request.asOf)
                return Status::failure(
                    ErrorKind::Conflict,
                    tr("%1 has a payment plan dated %2, after this one: a plan cannot be "
                       "created before it.")
                        .arg(account->ref, locale.toString(other.created, QLocale::ShortFormat)));
            auto status = PlanFollowing::follow(other, ledger.entries, request.asOf, *grace);
            if (status && status->holds())
                return Status::failure(
                    ErrorKind::Conflict,
                    tr("%1 already has a payment plan (created on %2) that is neither broken "
                       "nor completed: follow that one, or wait until it ends.")
                        .arg(account->ref, locale.toString(other.created, QLocale::ShortFormat)));
        }
        auto id = PaymentPlanRepository::insertIn(conn, plan);
        if (!id)
            return Status::failure(id.kind(), id.error());
        plan.id = *id;
        return Database::audit(conn, QStringLiteral("payment_plan.create"),
                               QStringLiteral("account"), account->ref,
                               QStringLiteral("%1 in %2 instalments from %3 (plan %4)")
                                   .arg(debt.toPlainString())
                                   .arg(plan.instalments)
                                   .arg(plan.firstDue.toString(Qt::ISODate))
                                   .arg(plan.id));
    });
    if (!s)
        return R::failure(s.kind(), s.error());
    return plan;
}

Result<PaymentPlan> PaymentPlans::sign(const QString& ref, QDate date,
                                       const QString& userName) const
{
    using R = Result<PaymentPlan>;
    auto account = AccountRepository(m_db).byRef(ref);
    if (!account)
        return R::failure(account.kind(), account.error());
    if (!date.isValid())
        return R::failure(ErrorKind::BadInput, tr("The signature needs a date."));
    const QLocale locale;
    PaymentPlan signedPlan;
    const Status s = m_db.write([&](QSqlDatabase& conn) -> Status {
        auto plans = PaymentPlanRepository::forAccountIn(conn, account->id);
        if (!plans)
            return Status::failure(plans.kind(), plans.error());
        const PaymentPlan* latest = nullptr;
        for (const PaymentPlan& p : std::as_const(*plans))
            if (p.created <= date)
                latest = &p;
        if (!latest)
            return Status::failure(ErrorKind::NotFound,
                                   tr("%1 has no payment plan created by %2: create it first.")
                                       .arg(ref, locale.toString(date, QLocale::ShortFormat)));
        if (latest->signedOn.isValid())
            return Status::failure(
                ErrorKind::Conflict,
                tr("The payment plan of %1 was already recorded as signed on %2; nothing was "
                   "changed.")
                    .arg(ref, locale.toString(latest->signedOn, QLocale::ShortFormat)));
        signedPlan = *latest;
        signedPlan.signedOn = date;
        if (Status set = PaymentPlanRepository::setSignedIn(conn, latest->id, date); !set)
            return set;
        CaseEvent event;
        event.accountId = account->id;
        event.kind = CaseEventKind::DebtAcknowledged;
        event.date = date;
        event.note =
            tr("Payment plan of %1 signed: %2 in %n instalment(s).", nullptr, latest->instalments)
                .arg(locale.toString(latest->created, QLocale::ShortFormat),
                     latest->debt.toLocaleString(locale));
        event.userName = userName;
        event.createdAt = QDateTime::currentDateTimeUtc();
        if (auto id = CaseEventRepository::insertIn(conn, event); !id)
            return Status::failure(id.kind(), id.error());
        return Database::audit(
            conn, QStringLiteral("payment_plan.sign"), QStringLiteral("account"), ref,
            QStringLiteral("plan %1 signed %2").arg(latest->id).arg(date.toString(Qt::ISODate)));
    });
    if (!s)
        return R::failure(s.kind(), s.error());
    return signedPlan;
}

Result<PaymentPlans::Followed> PaymentPlans::show(const QString& ref, QDate asOf) const
{
    using R = Result<Followed>;
    auto account = AccountRepository(m_db).byRef(ref);
    if (!account)
        return R::failure(account.kind(), account.error());
    auto plans = PaymentPlanRepository(m_db).forAccount(account->id);
    if (!plans)
        return R::failure(plans.kind(), plans.error());
    auto grace = graceDays();
    if (!grace)
        return R::failure(grace.kind(), grace.error());
    DebtorLedger ledger;
    auto debtor = PositionLoader(m_db).account(account->id, asOf, &ledger);
    if (!debtor)
        return R::failure(debtor.kind(), debtor.error());
    auto found = current(*plans, ledger.entries, asOf, *grace);
    if (!found)
        return R::failure(ErrorKind::NotFound,
                          tr("%1 had no payment plan on %2.")
                              .arg(ref, QLocale().toString(asOf, QLocale::ShortFormat)));
    return Followed{account->ref, account->name, found->first, found->second};
}

Result<QList<PaymentPlans::Followed>> PaymentPlans::list(QDate asOf) const
{
    using R = Result<QList<Followed>>;
    auto all = PaymentPlanRepository(m_db).byAccount();
    if (!all)
        return R::failure(all.kind(), all.error());
    auto grace = graceDays();
    if (!grace)
        return R::failure(grace.kind(), grace.error());
    QList<Followed> out;
    PositionLoader loader(m_db);
    AccountRepository accounts(m_db);
    for (auto it = all->cbegin(); it != all->cend(); ++it) {
        DebtorLedger ledger;
        auto debtor = loader.account(it.key(), asOf, &ledger);
        if (!debtor)
            return R::failure(debtor.kind(), debtor.error());
        for (const PaymentPlan& plan : it.value()) {
            auto status = PlanFollowing::follow(plan, ledger.entries, asOf, *grace);
            if (status)
                out.append({debtor->account.ref, debtor->account.name, plan, *status});
        }
    }
    std::sort(out.begin(), out.end(), [](const Followed& a, const Followed& b) {
        if (a.ref != b.ref)
            return Planner::refLess(a.ref, b.ref);
        return a.plan.created != b.plan.created ? a.plan.created < b.plan.created
                                                : a.plan.id < b.plan.id;
    });
    return out;
}

Result<QList<PaymentPlans::Followed>> PaymentPlans::ofAccount(const QString& ref, QDate asOf) const
{
    using R = Result<QList<Followed>>;
    auto account = AccountRepository(m_db).byRef(ref);
    if (!account)
        return R::failure(account.kind(), account.error());
    auto plans = PaymentPlanRepository(m_db).forAccount(account->id);
    if (!plans)
        return R::failure(plans.kind(), plans.error());
    QList<Followed> out;
    if (plans->isEmpty())
        return out;
    auto grace = graceDays();
    if (!grace)
        return R::failure(grace.kind(), grace.error());
    DebtorLedger ledger;
    auto debtor = PositionLoader(m_db).account(account->id, asOf, &ledger);
    if (!debtor)
        return R::failure(debtor.kind(), debtor.error());
    for (const PaymentPlan& plan : std::as_const(*plans))
        if (auto status = PlanFollowing::follow(plan, ledger.entries, asOf, *grace))
            out.append({account->ref, account->name, plan, *status});
    return out;
}

#include "DeadlineService.h"

#include "storage/CaseEventRepository.h"
#include "storage/DebtorLedger.h"
#include "storage/PaymentPlanRepository.h"
#include "storage/PositionLoader.h"
#include "storage/RecoverySettingsRepository.h"

namespace {

RecoveryPath::Input inputOf(const Debtor& debtor, DebtorLedger&& ledger, QList<CaseEvent> events,
                            const QList<PaymentPlan>& plans)
{
    RecoveryPath::Input in;
    in.account = RecoveryAccount::of(debtor.account);
    in.entries = std::move(ledger.entries);
    in.reminders = std::move(ledger.reminders);
    in.events = std::move(events);
    for (const PaymentPlan& p : plans)
        in.paymentPlansCreated.append(p.created);
    return in;
}

} // namespace

Result<DeadlineReport> DeadlineService::report(QDate asOf, std::optional<int> withinDays) const
{
    using R = Result<DeadlineReport>;
    auto settings = RecoverySettingsRepository::load(m_db);
    if (!settings)
        return R::failure(settings.kind(), settings.error());
    // Only a debtor has an episode, so only a debtor has deadlines, flags
    // or an unpaid item near prescription.
    QList<DebtorLedger> ledgers;
    auto debtors = PositionLoader(m_db).debtors(asOf, &ledgers);
    if (!debtors)
        return R::failure(debtors.kind(), debtors.error());
    auto events = CaseEventRepository(m_db).byAccount();
    if (!events)
        return R::failure(events.kind(), events.error());
    auto plans = PaymentPlanRepository(m_db).byAccount();
    if (!plans)
        return R::failure(plans.kind(), plans.error());

    DeadlineReport report;
    report.asOf = asOf;
    report.withinDays = withinDays;
    const QDate last = withinDays ? asOf.addDays(*withinDays) : QDate();
    for (qsizetype i = 0; i < debtors->size(); ++i) {
        const Debtor& d = debtors->at(i);
        const RecoveryView view =
            RecoveryPath::compute(inputOf(d, std::move(ledgers[i]), events->value(d.account.id),
                                          plans->value(d.account.id)),
                                  asOf, *settings);
        for (const Deadline& deadline : view.deadlines) {
            if (deadline.status == DeadlineStatus::Done)
                continue;
            if (withinDays && deadline.status == DeadlineStatus::Open && deadline.due > last)
                continue;
            report.deadlines.append({d.account.id, d.account.ref, d.account.name, deadline});
        }
        if (view.ccapex)
            report.flags.append({d.account.id, d.account.ref, d.account.name, *view.ccapex});
        for (const ItemPrescription& item : view.prescriptions)
            if (item.near)
                report.warnings.append({d.account.id, d.account.ref, d.account.name, item});
    }
    report.sort();
    return report;
}

Result<RecoveryView> DeadlineService::account(qint64 accountId, QDate asOf) const
{
    using R = Result<RecoveryView>;
    auto settings = RecoverySettingsRepository::load(m_db);
    if (!settings)
        return R::failure(settings.kind(), settings.error());
    DebtorLedger ledger;
    auto debtor = PositionLoader(m_db).account(accountId, asOf, &ledger);
    if (!debtor)
        return R::failure(debtor.kind(), debtor.error());
    auto events = CaseEventRepository(m_db).forAccount(accountId);
    if (!events)
        return R::failure(events.kind(), events.error());
    auto plans = PaymentPlanRepository(m_db).forAccount(accountId);
    if (!plans)
        return R::failure(plans.kind(), plans.error());
    return RecoveryPath::compute(inputOf(*debtor, std::move(ledger), std::move(*events), *plans),
                                 asOf, *settings);
}

#include "LetterPlans.h"

#include "recovery/PlanFollowing.h"
#include "storage/Database.h"
#include "storage/LedgerRepository.h"
#include "storage/PaymentPlanRepository.h"
#include "storage/RecoverySettingsRepository.h"

Result<LetterPlans> LetterPlans::load(const Database& db)
{
    QSqlDatabase conn = db.connection();
    return loadIn(conn);
}

Result<LetterPlans> LetterPlans::loadIn(QSqlDatabase& conn)
{
    using R = Result<LetterPlans>;
    LetterPlans plans;
    auto all = PaymentPlanRepository::byAccountIn(conn);
    if (!all)
        return R::failure(all.kind(), all.error());
    plans.m_plans = std::move(*all);
    if (plans.m_plans.isEmpty())
        return plans;
    auto settings = RecoverySettingsRepository::loadIn(conn);
    if (!settings)
        return R::failure(settings.kind(), settings.error());
    plans.m_graceDays = settings->graceDays;
    return plans;
}

Result<std::optional<LetterPlan>> LetterPlans::of(const Database& db, qint64 accountId,
                                                  QDate date) const
{
    if (!has(accountId))
        return std::optional<LetterPlan>();
    QSqlDatabase conn = db.connection();
    return ofIn(conn, accountId, date);
}

Result<std::optional<LetterPlan>> LetterPlans::ofIn(QSqlDatabase& conn, qint64 accountId,
                                                    QDate date) const
{
    using R = Result<std::optional<LetterPlan>>;
    const auto it = m_plans.constFind(accountId);
    if (it == m_plans.constEnd())
        return std::optional<LetterPlan>();
    auto entries = LedgerRepository::forAccountIn(conn, accountId);
    if (!entries)
        return R::failure(entries.kind(), entries.error());
    auto found = PlanFollowing::current(*it, *entries, date, m_graceDays);
    if (!found)
        return std::optional<LetterPlan>();
    return std::optional<LetterPlan>(LetterPlan{found->first, found->second, m_graceDays});
}

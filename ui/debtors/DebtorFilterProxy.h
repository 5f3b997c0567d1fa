#pragma once

#include "models/AccountFilterProxy.h"
#include "reports/RecoveryFigures.h"

#include <optional>

// The debtor list's filters on top of the accounts' search and sorting:
// what the plan decides (to remind / skipped), the debtors with a payment
// plan (or only those whose plan is late or broken), the next level, and a
// minimum overdue amount. All in memory: typing never queries the database.
// The dashboard adds two (shown as removable chips by DebtorFilterBar): the
// age bucket of the days in arrears, and the last level issued.
class DebtorFilterProxy : public AccountFilterProxy
{
    Q_OBJECT

public:
    enum class Show
    {
        All,
        ToRemind,          // the plan issues a reminder
        Skipped,           // every other debtor
        WithPaymentPlan,   // a current payment plan, whatever its state
        PaymentPlanTrouble // a payment plan late or broken: to watch or to chase
    };

    explicit DebtorFilterProxy(QObject* parent = nullptr);

    void setShow(Show show);
    // 0: any level.
    void setLevel(int level);
    void setMinimumOverdueCents(qint64 cents);
    // Only the debtors whose days in arrears fall in the bucket (the
    // dashboard's « arrears by age »); none: every age.
    void setAgeBucket(std::optional<AgeBucket> bucket);
    std::optional<AgeBucket> ageBucket() const { return m_ageBucket; }
    // Only the debtors whose last reminder of the episode is of this level
    // (0: any, reminded or not).
    void setLastLevel(int level);
    int lastLevel() const { return m_lastLevel; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Show m_show = Show::All;
    int m_level = 0;
    qint64 m_minimumCents = 0;
    std::optional<AgeBucket> m_ageBucket;
    int m_lastLevel = 0;
};

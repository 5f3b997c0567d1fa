#include "DebtorFilterProxy.h"

#include "DebtorTableModel.h"
#include "recovery/PaymentPlan.h"

DebtorFilterProxy::DebtorFilterProxy(QObject* parent)
    : AccountFilterProxy(parent)
{}

void DebtorFilterProxy::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    invalidateRowsFilter();
}

void DebtorFilterProxy::setLevel(int level)
{
    if (level == m_level)
        return;
    m_level = level;
    invalidateRowsFilter();
}

void DebtorFilterProxy::setMinimumOverdueCents(qint64 cents)
{
    if (cents == m_minimumCents)
        return;
    m_minimumCents = cents;
    invalidateRowsFilter();
}

void DebtorFilterProxy::setAgeBucket(std::optional<AgeBucket> bucket)
{
    if (bucket == m_ageBucket)
        return;
    m_ageBucket = bucket;
    invalidateRowsFilter();
}

void DebtorFilterProxy::setLastLevel(int level)
{
    if (level == m_lastLevel)
        return;
    m_lastLevel = level;
    invalidateRowsFilter();
}

bool DebtorFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const bool planned =
        index.data(DebtorTableModel::DecisionRole).toInt() == DebtorTableModel::Planned;
    if ((m_show == Show::ToRemind && !planned) || (m_show == Show::Skipped && planned))
        return false;
    if (m_show == Show::WithPaymentPlan || m_show == Show::PaymentPlanTrouble) {
        const int state = index.data(DebtorTableModel::PlanStateRole).toInt();
        if (state < 0)
            return false;
        if (m_show == Show::PaymentPlanTrouble && state != int(PlanState::Late) &&
            state != int(PlanState::Broken))
            return false;
    }
    if (m_level > 0 && index.data(DebtorTableModel::NextLevelRole).toInt() != m_level)
        return false;
    // The dashboard counts by the same rule (AgeBuckets::of): the list
    // shows the debtors behind its bar.
    if (m_ageBucket &&
        AgeBuckets::of(index.data(DebtorTableModel::DaysInArrearsRole).toInt()) != *m_ageBucket)
        return false;
    if (m_lastLevel > 0 && index.data(DebtorTableModel::LastLevelRole).toInt() != m_lastLevel)
        return false;
    if (m_minimumCents > 0 &&
        index.data(DebtorTableModel::OverdueCentsRole).toLongLong() < m_minimumCents)
        return false;
    return AccountFilterProxy::filterAcceptsRow(sourceRow, sourceParent);
}

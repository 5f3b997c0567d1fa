#pragma once

#include "ledger/Debtor.h"
#include "reminders/Plan.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

// The debtors as of a date with what the plan decides for each, and a check
// box per row: the accounts the next print will issue to. Rows the plan
// issues to start checked; a skipped row can be checked only when its reason
// may be overridden (a manual reminder). Displayed text and sort keys are
// kept apart (RawSortRole: cents for money, days as numbers).
class DebtorTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RefColumn,
        NameColumn,
        PropertyColumn,
        OverdueColumn,
        BalanceColumn,
        DaysLateColumn,
        LastReminderColumn,
        NextColumn,
        PlanColumn, // the current payment plan's state
        EmailColumn,
        PaymentMethodColumn,
        ColumnCount
    };
    // The same roles as AccountTableModel, so AccountFilterProxy sorts both.
    enum Role
    {
        RawSortRole = Qt::UserRole + 1,
        AccountIdRole,
        SearchTextRole,
        DecisionRole,      // Decision, on every column
        NextLevelRole,     // int: the level issued or skipped (0: none), on every column
        OverdueCentsRole,  // qint64, on every column
        PlanStateRole,     // int: the payment plan's PlanState, -1 without one; every column
        DaysInArrearsRole, // int: days in arrears (reminder-rules.md, « Episodes »), every column
        LastLevelRole      // int: the highest level issued in the episode (0: none), every column
    };
    enum Decision
    {
        Planned,            // the run issues a reminder
        SkippedOverridable, // skipped, but a manual reminder may be issued
        Skipped             // skipped for a reason that cannot be overridden
    };

    explicit DebtorTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // Replaces everything; rows the plan issues to are checked.
    void setPlan(Plan plan, QList<Debtor> debtors);
    void clear();
    const Plan& plan() const { return m_plan; }

    const Debtor& debtorAt(int row) const { return m_debtors.at(row); }
    Decision decisionAt(int row) const;
    // The reminder a print would issue for this row: the plan's, or for an
    // overridable skip the manual one; null for other skips.
    const PlannedReminder* reminderAt(int row) const;
    const PlanSkip* skipAt(int row) const;
    int rowOf(qint64 accountId) const { return m_rowById.value(accountId, -1); }

    bool isChecked(int row) const;
    // Checks or unchecks rows (those that cannot be checked are left alone).
    void setChecked(const QList<int>& rows, bool checked);
    // The checked rows, in row (ref) order.
    QList<int> checkedRows() const;
    int checkedCount() const { return int(m_checked.size()); }

signals:
    void checkedChanged();

private:
    QVariant display(int row, int column) const;
    QVariant raw(int row, int column) const;
    QString nextText(int row) const;
    QString lastReminderText(const Debtor& d) const;
    const DebtorPaymentPlan* paymentPlanAt(int row) const;
    QString planText(int row) const;
    QString planTip(int row) const;

    Plan m_plan;
    QList<Debtor> m_debtors;
    QHash<qint64, int> m_rowById;
    QHash<qint64, int> m_reminderById;    // account id → index in m_plan.reminders
    QHash<qint64, int> m_skipById;        // account id → index in m_plan.skipped
    QHash<qint64, int> m_paymentPlanById; // account id → index in m_plan.paymentPlans
    QStringList m_searchText;             // folded, per row
    QSet<qint64> m_checked;               // account ids
};

#pragma once

#include "recovery/PaymentPlans.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

// An account's payment plans as of a date, newest first: when each was
// made, its debt and instalments, where it stands (PlanFollowing's state,
// with the day it became late or broke), the next
// instalment, what is owed beyond what the plan allows, and when the
// agreement was signed. It shows; PaymentPlans decides every figure.
class PaymentPlanListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CreatedColumn,
        DebtColumn,
        InstalmentsColumn,
        StateColumn, // with the day it became late or broke
        NextColumn,  // the next instalment's date and amount
        BehindColumn,
        SignedColumn,
        ColumnCount
    };
    enum Role
    {
        PlanIdRole = Qt::UserRole + 1,
        StateRole, // int(PlanState)
    };

    explicit PaymentPlanListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The plans (oldest first, as PaymentPlans gives them) as of asOf.
    void setPlans(QList<PaymentPlans::Followed> plans, QDate asOf);
    // The plan in force as of the date: the latest created (none: nullptr).
    const PaymentPlans::Followed* current() const;

private:
    QVariant display(const PaymentPlans::Followed& f, int column) const;
    QString stateHelp(const PaymentPlans::Followed& f) const;

    QList<PaymentPlans::Followed> m_plans; // newest first
    QDate m_asOf;
};

#pragma once

#include "recovery/PaymentPlan.h"

#include <QAbstractTableModel>
#include <QList>

// A payment plan's schedule as the tenant will read it: each instalment's
// number, due date, amount and what is still owed after it, then a total
// row (the instalments add up to the debt). Every figure is PaymentPlan's
// (schedule(), allowed()): the screen never works out a schedule itself.
class PlanScheduleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        DueColumn,
        AmountColumn,
        RemainingColumn,
        ColumnCount
    };

    explicit PlanScheduleModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The schedule of `plan` (its debt, instalments and first date).
    void setPlan(const PaymentPlan& plan);
    // No schedule to show (the debt cannot be read, or is not above zero).
    void clear();

    int instalmentCount() const { return int(m_instalments.size()); }

private:
    struct Row
    {
        Instalment instalment;
        Money remaining;
    };
    QList<Row> m_instalments;
    Money m_total;
};

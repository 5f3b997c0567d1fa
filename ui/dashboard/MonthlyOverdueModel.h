#pragma once

#include "reports/RecoveryFigures.h"

#include <QAbstractTableModel>
#include <QList>

// The agency's total overdue at each month end (oldest first): the numbers
// of the dashboard's line chart.
class MonthlyOverdueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        MonthEndColumn,
        OverdueColumn,
        DebtorsColumn,
        ColumnCount
    };
    enum Role
    {
        RawSortRole = Qt::UserRole + 1, // the date, cents, counts
        MonthEndRole                    // QDate, on every column
    };

    explicit MonthlyOverdueModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setRows(QList<MonthEndOverdue> rows);
    const QList<MonthEndOverdue>& rows() const { return m_rows; }

private:
    QList<MonthEndOverdue> m_rows;
};

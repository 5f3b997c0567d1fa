#pragma once

#include "reports/RecoveryFigures.h"

#include <QAbstractTableModel>
#include <QList>

// The amounts recovered in each month of the dashboard's period (oldest
// first): the numbers of its « recovered » chart.
class RecoveredMonthsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        MonthColumn,
        AmountColumn,
        ColumnCount
    };
    enum Role
    {
        RawSortRole = Qt::UserRole + 1, // the month's first day, cents
        MonthRole                       // QDate: the month's first day, on every column
    };

    explicit RecoveredMonthsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setRows(QList<MonthRecovered> rows);
    const QList<MonthRecovered>& rows() const { return m_rows; }

    // « November 2026 » in the user's language.
    static QString monthName(QDate month);

private:
    QList<MonthRecovered> m_rows;
};

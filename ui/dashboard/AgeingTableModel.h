#pragma once

#include "reports/RecoveryFigures.h"

#include <QAbstractTableModel>
#include <QList>

// The dashboard's arrears by age, one row per bucket (youngest first): the
// numbers of the ageing chart, readable by a screen reader and by tests.
class AgeingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AgeColumn,
        AmountColumn,
        CountColumn,
        ColumnCount
    };
    enum Role
    {
        RawSortRole = Qt::UserRole + 1, // cents, counts, the bucket's order
        BucketRole                      // int(AgeBucket), on every column
    };

    explicit AgeingTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setRows(QList<AgeingRow> rows);
    const QList<AgeingRow>& rows() const { return m_rows; }

    // « 0–30 days », « 91–180 days », « Over 180 days »: as the chart's axis
    // and the Debtors screen's filter name the bucket.
    static QString bucketLabel(AgeBucket bucket);

private:
    QList<AgeingRow> m_rows;
};

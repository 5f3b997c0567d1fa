#pragma once

#include "ledger/AccountPosition.h"

#include <QAbstractTableModel>

// The overdue items of one debtor, as its letter will list them.
class UnpaidItemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LabelColumn,
        DueDateColumn,
        AmountColumn,
        RemainingColumn,
        ColumnCount
    };
    enum Role
    {
        RawSortRole = Qt::UserRole + 1
    };

    explicit UnpaidItemsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setItems(QList<PositionItem> items);

private:
    QList<PositionItem> m_items;
};

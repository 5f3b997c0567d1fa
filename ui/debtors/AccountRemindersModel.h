#pragma once

#include "reminders/HistoryEntry.h"

#include <QAbstractTableModel>

// The reminders already sent to one account, newest first: what the person
// on the phone with the tenant needs to see next to the unpaid items.
class AccountRemindersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        LevelColumn,
        OverdueColumn,
        ChannelsColumn,
        LetterColumn,
        EmailColumn,
        ColumnCount
    };

    explicit AccountRemindersModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setEntries(QList<HistoryEntry> entries);

private:
    QList<HistoryEntry> m_entries;
};

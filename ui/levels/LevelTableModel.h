#pragma once

#include "reminders/Program.h"

#include <QAbstractTableModel>
#include <QList>

// The levels of one program as a table, in program order. What is shown
// (locale money, translated words) and what is sorted on (RawSortRole: the
// position, days, cents, booleans) are kept apart.
class LevelTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PositionColumn,
        NameColumn,
        DelayColumn,
        ThresholdColumn,
        RecipientsColumn,
        ChannelsColumn,
        DeadlineColumn,
        FeeColumn,
        ExclusionsColumn,
        AutomationColumn,
        RepeatColumn,
        ColumnCount
    };
    enum Role
    {
        RawSortRole = Qt::UserRole + 1, // int / qint64 cents / QString
        LevelIdRole,                    // qint64, on every column
    };

    explicit LevelTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setLevels(QList<Level> levels);
    const QList<Level>& levels() const { return m_levels; }
    const Level& levelAt(int row) const { return m_levels.at(row); }
    int rowOfId(qint64 id) const;

    // "Tenant, guarantors", "Letter, e-mail": the words the table shows.
    static QString recipientsText(const Level& level);
    static QString channelsText(const Level& level);

private:
    QVariant display(const Level& level, int column) const;
    QVariant raw(const Level& level, int column) const;

    QList<Level> m_levels;
};

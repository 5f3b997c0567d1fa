#pragma once

#include "reports/RecoveryFigures.h"

#include <QAbstractTableModel>
#include <QList>

// Of the reminders of each level issued in the dashboard's period, the share
// whose arrears ended within 15 and within 30 days: the numbers of the
// effectiveness chart.
class LevelEffectivenessModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LevelColumn,
        IssuedColumn,
        Within15Column,
        Within30Column,
        ColumnCount
    };
    enum Role
    {
        RawSortRole = Qt::UserRole + 1, // the level, counts, shares in per mille
        LevelRole                       // int: the level, on every column
    };

    explicit LevelEffectivenessModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setRows(QList<LevelEffectiveness> rows);
    const QList<LevelEffectiveness>& rows() const { return m_rows; }

    // « 1. First reminder », or « Level 4 » when the level has no name.
    static QString levelLabel(const LevelEffectiveness& level);
    // part / whole in per mille, rounded (0 when nothing was issued).
    static int perMille(int part, int whole);
    // « 66,7 % » in French, "66.7%" in English.
    static QString percentText(int perMille);

private:
    QList<LevelEffectiveness> m_rows;
};

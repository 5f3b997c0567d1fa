#pragma once

#include "reminders/AutomationSchedule.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

// Every level of every program as the automation sees it: whether run-due
// runs it (a check box), its day of the month (editable) and the date of its
// next automated run, worked out again as soon as either changes, so the
// user sees what the change means before saving it.
class AutomationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ProgramColumn,
        LevelColumn,
        EnabledColumn,
        DayColumn,
        NextRunColumn,
        ColumnCount
    };
    enum Role
    {
        RawSortRole = Qt::UserRole + 1, // position, day, QDate: what sorting compares
        LevelIdRole,
    };

    explicit AutomationTableModel(QObject* parent = nullptr);

    void setLevels(const QList<AutomationLevel>& levels, const QDate& today);
    const QList<AutomationLevel>& levels() const { return m_levels; }
    // Levels whose automation or day differ from what was loaded.
    QList<AutomationLevel> changedLevels() const;
    int enabledCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // The user switched a level or changed its day.
    void edited();

private:
    void updateNextRun(int row);

    QList<AutomationLevel> m_levels;
    QList<AutomationLevel> m_loaded;
    QDate m_today;
};

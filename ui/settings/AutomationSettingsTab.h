#pragma once

#include "AutomationTimer.h"
#include "reminders/AutomationSchedule.h"
#include "reminders/RunRecord.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <optional>

class AutomationTableModel;
class QCheckBox;
class QLabel;
class QTableView;

// The « Automation » tab of the settings: which levels issue themselves,
// on which day of the month, and when they will next run; and, for this
// computer, the daily timer that runs them (AutomationTimer) with the
// result of the last automatic run.
class AutomationSettingsTab : public QWidget
{
    Q_OBJECT

public:
    explicit AutomationSettingsTab(QWidget* parent = nullptr);

    void load(const QList<AutomationLevel>& levels, const QDate& today);
    // The levels whose switch or day was changed here.
    QList<AutomationLevel> changedLevels() const;
    void saveViewState() const;
    // The database the window has open (the one the timer is pointed at
    // when switched on; empty: none) and its newest automatic run (`error`
    // when it could not be read).
    void setDatabase(const QString& database, const std::optional<RunRecord>& lastRun,
                     const QString& error);
    AutomationTimer* timer() const { return m_timer; }

signals:
    void changed();

protected:
    // systemd is asked when the tab is shown, not for every window opened.
    void showEvent(QShowEvent* event) override;

private:
    void updateSummary();
    void switchTimer(bool on);
    void showTimerState(AutomationTimer::State state, const QString& why);

    AutomationTableModel* m_automation = nullptr;
    QTableView* m_automationTable = nullptr;
    QLabel* m_automationSummary = nullptr;
    AutomationTimer* m_timer = nullptr;
    QCheckBox* m_daily = nullptr;
    QLabel* m_timerStatus = nullptr;
    QLabel* m_lastRun = nullptr;
    QString m_database;
    QString m_failure; // why systemctl refused the last switch
};

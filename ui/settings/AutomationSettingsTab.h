#pragma once

#include "reminders/AutomationSchedule.h"

#include <QDate>
#include <QList>
#include <QWidget>

class AutomationTableModel;
class QLabel;
class QTableView;

// The « Automation » tab of the settings: which levels issue themselves,
// on which day of the month, and when they will next run.
class AutomationSettingsTab : public QWidget
{
    Q_OBJECT

public:
    explicit AutomationSettingsTab(QWidget* parent = nullptr);

    void load(const QList<AutomationLevel>& levels, const QDate& today);
    // The levels whose switch or day was changed here.
    QList<AutomationLevel> changedLevels() const;
    void saveViewState() const;

signals:
    void changed();

private:
    void updateSummary();

    AutomationTableModel* m_automation = nullptr;
    QTableView* m_automationTable = nullptr;
    QLabel* m_automationSummary = nullptr;
};

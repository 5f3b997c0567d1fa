#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
struct RecoveryFigures;

// The top of the dashboard: the total overdue and the number of debtors as
// of the date, each with its change from a month earlier (an arrow, a sign,
// red when arrears grew, green when they shrank), and what needs watching:
// late deadlines, late and broken payment plans, each a button to the
// screen that lists them.
class DashboardHeadline : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardHeadline(QWidget* parent = nullptr);

    void setFigures(const RecoveryFigures& figures);
    void clear();

    QString totalText() const;
    QString debtorsText() const;
    QString totalChangeText() const;
    QString debtorsChangeText() const;
    QPushButton* lateDeadlinesButton() const { return m_deadlines; }
    QPushButton* latePlansButton() const { return m_latePlans; }
    QPushButton* brokenPlansButton() const { return m_brokenPlans; }

signals:
    void deadlinesRequested();
    void plansRequested();

private:
    QLabel* m_totalCaption = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_totalChange = nullptr;
    QLabel* m_debtors = nullptr;
    QLabel* m_debtorsChange = nullptr;
    QPushButton* m_deadlines = nullptr;
    QPushButton* m_latePlans = nullptr;
    QPushButton* m_brokenPlans = nullptr;
};

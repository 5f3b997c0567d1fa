#pragma once

#include <QWidget>

class Money;
class QLabel;

// Under the debtor list: check all (what the plan reminds) or none, how
// many are checked and what they owe, and the simulation of a run.
class DebtorSelectionBar : public QWidget
{
    Q_OBJECT

public:
    explicit DebtorSelectionBar(QWidget* parent);

    // `checked` of `debtors` checked, owing `overdue`; `shown` pass the filters.
    void setSummary(int checked, int debtors, const Money& overdue, int shown);

signals:
    void selectAllClicked();
    void selectNoneClicked();
    void simulationClicked();

private:
    QLabel* m_summary = nullptr;
};

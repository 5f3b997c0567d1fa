#pragma once

#include "ledger/Account.h"
#include "recovery/PaymentPlan.h"

#include <QDate>
#include <QDialog>

#include <optional>

class Database;
class PlanScheduleModel;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

// « Payment plan… » (recovery-path.md « Payment plans »): the plan of one
// account as of a date — the debt (the overdue amount by default), the
// number of monthly instalments, the first instalment's date and its day
// of the month, and for an account whose housing aid is paid to the agency
// the « CAF default plan » (36 instalments). The schedule is shown as it
// will be agreed before anything is saved. PaymentPlans::create decides:
// its refusal is shown here and the dialog keeps what was entered. Opened
// from the Debtors screen and from the account form.
class PaymentPlanDialog : public QDialog
{
    Q_OBJECT

public:
    PaymentPlanDialog(const Database& db, qint64 accountId, QDate asOf, QWidget* parent = nullptr);
    ~PaymentPlanDialog() override;

    // Why the account could not be read (empty when it was).
    QString problem() const { return m_problem; }
    // The sentence shown above the buttons (a refusal; empty when none).
    QString errorText() const;

    QLineEdit* debtEdit() const { return m_debt; }
    QSpinBox* instalmentsBox() const { return m_instalments; }
    QDateEdit* firstDueEdit() const { return m_firstDue; }
    QSpinBox* dayOfMonthBox() const { return m_day; }
    QPushButton* cafPresetButton() const { return m_cafPreset; }
    PlanScheduleModel* scheduleModel() const { return m_schedule; }
    QTableView* scheduleView() const { return m_scheduleView; }
    // The plan created, once accepted.
    const PaymentPlan& created() const { return m_created; }

public slots:
    void accept() override;
    // The « CAF default plan »: 36 instalments.
    void applyCafPreset();

signals:
    void planCreated(qint64 accountId);

private:
    // The plan as the form holds it now (nullopt while the debt is unreadable).
    std::optional<PaymentPlan> draft(QString* debtError = nullptr) const;
    void updateSchedule();
    void moveToDay(int day);
    void showError(const QString& error);

    const Database& m_db;
    QDate m_asOf;
    Account m_account;
    QString m_problem;
    PaymentPlan m_created;

    QLabel* m_summary = nullptr;
    QLineEdit* m_debt = nullptr;
    QLabel* m_debtError = nullptr;
    QSpinBox* m_instalments = nullptr;
    QPushButton* m_cafPreset = nullptr;
    QDateEdit* m_firstDue = nullptr;
    QSpinBox* m_day = nullptr;
    PlanScheduleModel* m_schedule = nullptr;
    QTableView* m_scheduleView = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
};

#pragma once

#include <QDate>
#include <QWidget>

class Database;
class PaymentPlanDialog;
class PaymentPlanListModel;
class PlanAgreementDialog;
class PlanSignatureDialog;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;

// The account form's « Payment plans » tab (recovery-path.md « Payment
// plans »): the account's plans as of the form's date with where each
// stands, and the buttons to create one (PaymentPlanDialog), print or save
// its agreement letter, and record the agreement as signed (which adds the
// debt acknowledgment to the case file). Plans are stored at once, not when
// the form is saved. What may be created or signed is PaymentPlans' rule.
class AccountPlansTab : public QWidget
{
    Q_OBJECT

public:
    explicit AccountPlansTab(QWidget* parent = nullptr);
    ~AccountPlansTab() override;

    // The stored account (id 0: a new account, which has no plan yet).
    void setAccount(const Database* db, qint64 accountId, const QString& ref);
    // The day the plans are followed as of, and the date of a new plan
    // (today; tests set it).
    void setToday(QDate today);
    QDate today() const { return m_today; }
    // Reads the plans again; a failure is shown in the tab.
    void reload();

    PaymentPlanListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // The tab's sentence under the table (a failure; empty when none).
    QString errorText() const;
    // The dialogs while they are open.
    PaymentPlanDialog* openPlanDialog() const;
    PlanSignatureDialog* openSignatureDialog() const;
    PlanAgreementDialog* openAgreementDialog() const;

public slots:
    void newPlan();
    void agreementLetter();
    void markSigned();

signals:
    // A plan was created or signed.
    void plansChanged();
    // Signing recorded the debt acknowledgment in the case file.
    void debtAcknowledged();

private:
    void updateButtons();
    void showError(const QString& error);

    const Database* m_db = nullptr;
    qint64 m_accountId = 0;
    QString m_ref;
    QDate m_today;

    QLabel* m_asOf = nullptr;
    PaymentPlanListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_error = nullptr;
    QHBoxLayout* m_buttons = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_letter = nullptr;
    QPushButton* m_sign = nullptr;
};

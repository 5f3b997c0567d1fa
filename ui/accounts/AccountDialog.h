#pragma once

#include "common/FieldErrors.h"
#include "ledger/Account.h"
#include "ledger/AccountValidator.h"
#include "ledger/LedgerEntry.h"
#include "ledger/Owner.h"
#include "reminders/HistoryDetail.h"
#include "util/Result.h"

#include <QDialog>
#include <QHash>

#include <functional>

class AccountCaseFileTab;
class AccountOwnerBox;
class AccountPlansTab;
class Database;
class QCheckBox;
class QComboBox;
class HistoryView;
class LedgerTableModel;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QTableView;
class QTableWidget;

// The form of one account and its guarantors. It checks what it can
// (AccountValidator) and shows each problem beside its field; saving is the
// caller's job, through the save handler, so the dialog holds no SQL and a
// refusal from the database (a ref taken meanwhile) is shown in the form too.
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    // Saves the account (setting its id on creation) with the owner typed in
    // the form (nullopt: none); a failure's sentence is shown in the dialog,
    // which stays open.
    using SaveHandler = std::function<Status(Account&, const std::optional<Owner>&)>;

    AccountDialog(const Account& account, QSet<QString> otherRefs, QWidget* parent = nullptr);
    ~AccountDialog() override;

    void setSaveHandler(SaveHandler handler) { m_save = std::move(handler); }
    // What the caller read for this account: shown, never changed here.
    void setLedger(QList<LedgerEntry> entries);
    void setHistory(QList<HistoryDetail> history);
    // The custom programs the account may follow (names, in display order).
    void setCustomPrograms(const QStringList& names);
    // The landlords the owner field offers; the account's own is shown with
    // its details.
    void setOwners(const QList<Owner>& owners);
    // Where the Case file tab reads and records the account's events and
    // reads its deadlines (through core's CaseFile and DeadlineService), and
    // the Payment plans tab its plans (PaymentPlans).
    void setCaseFileDatabase(const Database* db);

    enum Tab
    {
        TenantTab,
        LeaseTab,
        OwnerTab,
        GuarantorsTab,
        RecoveryTab,
        StatementTab,
        HistoryTab,
        CaseFileTab,
        PlansTab
    };
    QTabWidget* tabs() const { return m_tabs; }
    LedgerTableModel* ledgerModel() const { return m_ledgerModel; }
    HistoryView* historyView() const { return m_history; }
    AccountCaseFileTab* caseFileTab() const { return m_caseFile; }
    AccountPlansTab* plansTab() const { return m_plans; }
    AccountOwnerBox* ownerBox() const { return m_owner; }
    // Brings the Case file tab to the front (the Échéances screen opens the
    // account there).
    void showCaseFile();

    // The account as the form holds it now (with the saved id once accepted).
    Account account() const;
    // The owner as typed in the form; nullopt when the account has none.
    std::optional<Owner> owner() const;
    // The problems shown now, one line each (empty when none).
    QStringList visibleProblems() const;

public slots:
    void accept() override;

signals:
    // An event was recorded or cancelled: it is stored already, whether the
    // form is saved or not (the account's litigation flag may have changed).
    void caseFileChanged();

private:
    QWidget* buildTenantTab();
    QWidget* buildLeaseTab();
    QWidget* buildOwnerTab();
    QWidget* buildGuarantorsTab();
    QWidget* buildStatementTab();
    QWidget* buildHistoryTab();
    QWidget* withError(QWidget* field, AccountValidator::Field which);
    QLineEdit* lineEdit(const QString& objectName, const QString& accessibleName);
    void load(const Account& account);
    void addGuarantorRow(const Guarantor& guarantor);
    void removeSelectedGuarantors();
    void clearProblems();
    void showProblems(const QList<AccountValidator::Problem>& problems);
    std::optional<Money> parseRent(QString* error) const;

    Account m_original;
    AccountValidator m_validator;
    SaveHandler m_save;

    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_ref = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_address1 = nullptr;
    QLineEdit* m_address2 = nullptr;
    QLineEdit* m_postalCode = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_country = nullptr;
    QComboBox* m_language = nullptr;
    QLineEdit* m_property = nullptr;
    QComboBox* m_leaseType = nullptr;
    QLineEdit* m_rent = nullptr;
    QComboBox* m_paymentMethod = nullptr;
    QComboBox* m_status = nullptr;
    QCheckBox* m_paymentPlan = nullptr;
    QCheckBox* m_litigation = nullptr;
    QComboBox* m_programMode = nullptr;
    QComboBox* m_programName = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QTableWidget* m_guarantors = nullptr;
    class AccountRecoveryTab* m_recovery = nullptr;
    AccountOwnerBox* m_owner = nullptr;
    QLabel* m_saveError = nullptr;
    LedgerTableModel* m_ledgerModel = nullptr;
    QTableView* m_ledger = nullptr;
    QLabel* m_ledgerTotals = nullptr;
    HistoryView* m_history = nullptr;
    AccountCaseFileTab* m_caseFile = nullptr;
    AccountPlansTab* m_plans = nullptr;

    FieldErrors<AccountValidator::Field> m_errors;
    int m_buildingTab = 0;
};

#pragma once

#include "common/DatabaseView.h"
#include "reports/RecoveryFigures.h"
#include "util/Result.h"

#include <QDate>
#include <QWidget>

#include <memory>

class AccountRemindersModel;
class AgencyMail;
class BackgroundTask;
class Database;
class DeadlineReports;
class DebtorActionBar;
class DebtorDetailPane;
class DebtorFilterBar;
class DebtorFilterProxy;
class DebtorSelection;
class DebtorSelectionBar;
class DebtorTableModel;
class Keychain;
class PrintBatchBar;
class QLabel;
class QLineEdit;
class QPrinter;
class QSplitter;
class QTableView;
class RunFlow;
class UnpaidItemsModel;
struct DeadlineReport;
struct Debtor;
struct Plan;
struct PlannedReminder;
struct RunOptions;

// The main screen (workflows.md, « Mass reminders »): the debtors as of a
// date with what the plan decides for each, check boxes for the accounts to
// remind, their unpaid items and past reminders below; preview, print or
// save the letters, then « Envoyer aussi par e-mail ? ». The page asks the
// core for everything: the plan is the Planner's, the run is RunService's.
// The page holds the list and the run; its parts are DebtorFilterBar (date
// and filters), PrintBatchBar (what earlier runs left), DebtorDetailPane
// (the current debtor) and DebtorActionBar (template, buttons, progress).
class DebtorsPage : public QWidget, public DatabaseView
{
    Q_OBJECT

public:
    explicit DebtorsPage(QWidget* parent = nullptr);
    ~DebtorsPage() override;

    void setDatabase(const Database* db) override;
    void saveViewState() const override;
    // Reads the list again (another section changed the database).
    void refresh() override;

    // Reads the debtors and the plan again as of asOf(). A first fill still
    // running in the background is dropped: this one is newer.
    Status reload();
    // The list handed a database is filled off the GUI thread (the window
    // shows at once; on 20,000 accounts the plan takes a quarter of a
    // second): true until it is in.
    bool isLoading() const { return m_loadTask != nullptr; }
    QDate asOf() const;
    void setAsOf(QDate date);

    // What the dashboard opens: the debtors as of `date` with every other
    // filter removed, then only those of one age bucket, of one last
    // level, or whose payment plan is late or broken.
    void showAsOf(QDate date);
    void showAgeBucket(QDate date, AgeBucket bucket);
    void showLastLevel(QDate date, int level, const QString& name);
    void showTroubledPlans(QDate date);

    DebtorFilterBar* filterBar() const { return m_filters; }
    DebtorTableModel* model() const { return m_model; }
    DebtorFilterProxy* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchBox() const;
    UnpaidItemsModel* itemsModel() const;
    AccountRemindersModel* remindersModel() const;
    RunFlow* runFlow() const { return m_flow; }
    AgencyMail* agencyMail() const { return m_agencyMail; }
    QString warningText() const;
    // What the « As of » field says when a typed date could not be read
    // (empty otherwise).
    QString dateProblem() const;
    // Letters wait to be printed, or an automated run was refused: the
    // user should see this page first.
    bool hasNotices() const;
    void setKeychain(Keychain* keychain);
    // Where the current debtor's next deadline comes from (none: not shown).
    void setDeadlineReports(DeadlineReports* reports);
    // « Next deadline: … » of the current debtor, empty while unknown.
    QString nextDeadlineText() const;

    // The reminders a print would issue now: the checked rows. `manual`
    // receives the checked rows whose skip reason is overridden.
    QList<const PlannedReminder*> checkedReminders(QStringList* overridden = nullptr) const;
    // Draws the letters of the checked rows marked « PROJET » (the
    // preview's paint request; paper and PDF come from the run).
    void paintPreview(QPrinter* printer);

    // The steps behind the buttons, without their file and print dialogs
    // (tests call them). False when the user declined or nothing is checked.
    bool printTo(const QString& printerName, int copies = 1, bool duplex = false);
    bool saveAsPdf(const QString& path);
    // Sends the current debtor's letter to the agency's own address.
    bool sendTestLetter();

public slots:
    void preview();
    void print();
    void saveAsPdfAs();
    void showSimulation();
    void selectAll();
    void selectNone();
    // The current debtor's file for the commissaire de justice (ui/recovery).
    void prepareDossier();
    // A payment plan for the current debtor as of the screen's date
    // (ui/recovery); the list is read again once it is created.
    void createPaymentPlan();

signals:
    // A run was recorded and the list read again.
    void runRecorded(qint64 runId);
    // A run was recorded or its e-mails sent: other sections are out of date.
    void dataChanged();
    // The first fill after setDatabase is in (or failed, and said so).
    void loaded();

private:
    void buildLayout();
    void connectFlow();
    void reloadOrWarn();
    void loadInBackground();
    void stopLoading();
    // What reload() shows once the plan is built.
    void showPlan(Plan plan, QList<Debtor> debtors);
    void showCurrent();
    void showNextDeadline();
    void updateSelectionSummary();
    void setBusy(bool busy);
    bool confirmRun(RunOptions& options);
    qint64 currentAccountId() const;
    QString templateName() const;

    const Database* m_db = nullptr;
    DebtorTableModel* m_model = nullptr;
    DebtorFilterProxy* m_proxy = nullptr;
    std::unique_ptr<DebtorSelection> m_debtorSelection;
    RunFlow* m_flow = nullptr;
    AgencyMail* m_agencyMail = nullptr;
    Keychain* m_keychain = nullptr;
    DeadlineReports* m_deadlineReports = nullptr;
    std::shared_ptr<const DeadlineReport> m_deadlines; // as of asOf(), once per date

    DebtorFilterBar* m_filters = nullptr;
    QLabel* m_warning = nullptr;
    QLabel* m_loading = nullptr; // « Loading the debtors… » while isLoading()
    BackgroundTask* m_loadTask = nullptr;
    PrintBatchBar* m_notices = nullptr;
    QTableView* m_table = nullptr;
    DebtorSelectionBar* m_selection = nullptr;
    QSplitter* m_splitter = nullptr;
    DebtorDetailPane* m_details = nullptr;
    DebtorActionBar* m_actions = nullptr;
    bool m_columnsSized = false; // widths restored or fitted once
};

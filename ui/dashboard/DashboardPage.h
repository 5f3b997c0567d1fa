#pragma once

#include "common/DatabaseView.h"
#include "reports/RecoveryFigures.h"

#include <QDate>
#include <QWidget>

#include <optional>

class AgeingTableModel;
class AsOfDateEdit;
class ChartPanel;
class DashboardHeadline;
class LevelEffectivenessModel;
class MonthlyOverdueModel;
class QComboBox;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class RecoveredMonthsModel;
class RecoveryFiguresLoader;
class RecoveryReportSaver;
class OwnerStatementsDialog;

// The « Tableau de bord » section (docs/gui-dashboard.md): the agency's
// arrears as of a date for a period — the total and the number of debtors
// with their change from a month ago, the arrears by age, the total overdue
// at each of the last 24 month ends, how well each level's reminders work,
// the amounts recovered each month, what needs watching — each chart with
// its numbers in a table beside it. The figures are RecoveryDashboard's,
// computed off the GUI thread with progress and Cancel. A click on a bar or
// a row asks for the Debtors screen filtered to it; the main window
// answers.
class DashboardPage : public QWidget, public DatabaseView
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget* parent = nullptr);
    ~DashboardPage() override;

    void setDatabase(const Database* db) override;
    void refresh() override;
    void saveViewState() const override;

    QDate asOf() const;
    void setAsOf(QDate date);
    // The period's length in months (3, 6, 12 or 24).
    int periodMonths() const;
    void setPeriodMonths(int months);
    // The period's first day for an as-of date: N months back, plus a day
    // (12 months is RecoveryDashboard::defaultFrom).
    static QDate periodStart(QDate asOf, int months);

    // The figures shown are those of the date and period asked for.
    bool isUpToDate() const;
    const std::optional<RecoveryFigures>& figures() const { return m_figures; }
    RecoveryFiguresLoader* loader() const { return m_loader; }
    RecoveryReportSaver* reportSaver() const { return m_reportSaver; }
    QPushButton* reportButton() const { return m_report; }
    QPushButton* statementsButton() const { return m_statements; }
    // « Reading the accounts… », what failed, or empty.
    QString statusText() const;

    DashboardHeadline* headline() const { return m_headline; }
    QComboBox* periodCombo() const { return m_period; }
    ChartPanel* ageingPanel() const { return m_ageingPanel; }
    ChartPanel* monthlyPanel() const { return m_monthlyPanel; }
    ChartPanel* levelsPanel() const { return m_levelsPanel; }
    ChartPanel* recoveredPanel() const { return m_recoveredPanel; }
    AgeingTableModel* ageingModel() const { return m_ageing; }
    MonthlyOverdueModel* monthlyModel() const { return m_monthly; }
    LevelEffectivenessModel* levelsModel() const { return m_levels; }
    RecoveredMonthsModel* recoveredModel() const { return m_recovered; }

public slots:
    // Computes the figures again for the date and period shown.
    void compute();
    void cancel();
    // « Recovery report (PDF)… »: the report of the figures shown.
    void saveReport();
    // « Landlords' statements… » as of the figures' date (the date shown
    // when none are computed yet).
    OwnerStatementsDialog* showStatementsDialog();

signals:
    // The debtors as of `asOf` whose days in arrears fall in `bucket`.
    void ageBucketRequested(QDate asOf, AgeBucket bucket);
    // The debtors as of `asOf` whose last reminder is of `level`.
    void lastLevelRequested(QDate asOf, int level, const QString& name);
    // The debtors as of that day (a month end).
    void debtorsAsOfRequested(QDate asOf);
    // The Deadlines screen as of `asOf`.
    void deadlinesRequested(QDate asOf);
    // The debtors as of `asOf` whose payment plan is late or broken.
    void troubledPlansRequested(QDate asOf);
    // The outbox, where the landlords' statements' e-mails wait.
    void outboxRequested();
    // The landlords' statements put e-mails in the outbox.
    void outboxChanged();
    // Send these outbox messages (the landlords' statements of a date).
    void sendRequested(const QList<qint64>& messageIds);

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void buildLayout();
    void arrange(int columns);
    void showFigures(const RecoveryFigures& figures);
    void setBusy(bool busy);
    void updateReportButtons();
    void setStatus(const QString& text, bool problem = false);
    // Computes now when the page is in view; otherwise when it is next shown.
    void computeWhenShown();

    const Database* m_db = nullptr;
    RecoveryFiguresLoader* m_loader = nullptr;
    std::optional<RecoveryFigures> m_figures;
    bool m_stale = true; // the figures shown are not those of the database now

    AsOfDateEdit* m_date = nullptr;
    QComboBox* m_period = nullptr;
    QPushButton* m_refresh = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_report = nullptr;
    QPushButton* m_statements = nullptr;
    RecoveryReportSaver* m_reportSaver = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_dateProblem = nullptr;
    QScrollArea* m_scroll = nullptr;
    QGridLayout* m_grid = nullptr;
    int m_columns = 0;
    DashboardHeadline* m_headline = nullptr;

    AgeingTableModel* m_ageing = nullptr;
    MonthlyOverdueModel* m_monthly = nullptr;
    LevelEffectivenessModel* m_levels = nullptr;
    RecoveredMonthsModel* m_recovered = nullptr;
    ChartPanel* m_ageingPanel = nullptr;
    ChartPanel* m_monthlyPanel = nullptr;
    ChartPanel* m_levelsPanel = nullptr;
    ChartPanel* m_recoveredPanel = nullptr;
};

#pragma once

#include "util/Result.h"

#include <QDate>
#include <QMainWindow>
#include <QSet>

#include <memory>

class AccountsPage;
class DashboardPage;
struct DeadlineReport;
class Database;
class DatabaseView;
class DeadlineReports;
class DeadlinesPage;
class DebtorsPage;
class ImportDialog;
class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;

// The window staff work in all day: a list of sections on the left, the
// section's page on the right, the database in the status bar. The window
// owns the open database and hands it to the pages.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // In the order of the navigation list.
    enum Section
    {
        DashboardSection,
        DebtorsSection,
        DeadlinesSection,
        AccountsSection,
        LevelsSection,
        HistorySection,
        SettingsSection,
        SectionCount
    };

    explicit MainWindow(std::unique_ptr<Database> db, QWidget* parent = nullptr);
    ~MainWindow() override;

    Database* database() const { return m_db.get(); }
    AccountsPage* accountsPage() const { return m_accounts; }
    DashboardPage* dashboardPage() const { return m_dashboard; }
    DebtorsPage* debtorsPage() const { return m_debtors; }
    DeadlinesPage* deadlinesPage() const { return m_deadlines; }
    DeadlineReports* deadlineReports() const { return m_deadlineReports; }
    Section currentSection() const;
    QString statusText() const;

    // Replace the open database; on failure the current one stays open. The
    // current page is asked first (confirmLeave): if the user stays, nothing
    // changes and the status says so.
    Status openDatabase(const QString& path);
    Status createDatabase(const QString& path);
    // Opens the import dialog on `path` and starts checking it.
    ImportDialog* openImportDialog(const QString& path);
    // The day the navigation list counts late deadlines on (tests set it;
    // the clock's date otherwise).
    void setToday(QDate today);
    // Once today's deadlines are known, lists the late ones in a dialog
    // (once). The application calls it after showing the window; tests
    // that do not call it never see the dialog.
    void showLateDeadlinesOnce();

public slots:
    void showSection(MainWindow::Section section);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildPages();
    void buildMenus();
    void setDatabase(std::unique_ptr<Database> db);
    void chooseDatabaseToOpen();
    void chooseServer();
    void chooseDatabaseToCreate();
    void chooseFileToImport();
    void about();
    void saveState() const;
    // The current page agrees to be left (its unsaved edits saved or
    // discarded); false: the user stays.
    bool confirmLeaveCurrent();
    // `source` changed the database: every other page reads it again when
    // it is next shown (DatabaseView::refresh).
    void noteDataChanged(const DatabaseView* source);
    // Hands the open database to a page not given it yet (it then reads
    // what it shows): each page when first shown, not all at start-up.
    void openPage(DatabaseView* view);
    // « Deadlines (3) »: the late deadlines as of today.
    void updateLateCount();
    void showLateCount(const DeadlineReport& report);
    // The dashboard's clicks: the Debtors or Deadlines screen, filtered.
    void connectDashboard();
    QDate today() const;

    std::unique_ptr<Database> m_db;
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_stack = nullptr;
    AccountsPage* m_accounts = nullptr;
    DashboardPage* m_dashboard = nullptr;
    DebtorsPage* m_debtors = nullptr;
    DeadlinesPage* m_deadlines = nullptr;
    DeadlineReports* m_deadlineReports = nullptr;
    QDate m_today; // null: the clock's date, read each time (the window stays open overnight)
    bool m_announceLate = false; // the start-up list is still to be shown
    QLabel* m_dbLabel = nullptr;
    QActionGroup* m_sectionActions = nullptr;
    QList<DatabaseView*> m_views;   // every page, in section order
    QSet<DatabaseView*> m_stale;    // pages to read again when next shown
    QSet<DatabaseView*> m_unopened; // pages not handed the open database yet
};

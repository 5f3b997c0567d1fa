#pragma once

#include "util/Result.h"

#include <QMainWindow>
#include <QSet>

#include <memory>

class AccountsPage;
class Database;
class DatabaseView;
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
        DebtorsSection,
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
    Section currentSection() const;
    QString statusText() const;

    // Replace the open database; on failure the current one stays open. The
    // current page is asked first (confirmLeave): if the user stays, nothing
    // changes and the status says so.
    Status openDatabase(const QString& path);
    Status createDatabase(const QString& path);
    // Opens the import dialog on `path` and starts checking it.
    ImportDialog* openImportDialog(const QString& path);

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

    std::unique_ptr<Database> m_db;
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_stack = nullptr;
    AccountsPage* m_accounts = nullptr;
    DebtorsPage* m_debtors = nullptr;
    QLabel* m_dbLabel = nullptr;
    QActionGroup* m_sectionActions = nullptr;
    QList<DatabaseView*> m_views; // every page, in section order
    QSet<DatabaseView*> m_stale;  // pages to read again when next shown
};

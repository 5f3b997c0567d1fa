#include "MainWindow.h"

#include "DatabaseOpener.h"
#include "ServerConnection.h"
#include "accounts/AccountDialog.h"
#include "accounts/AccountsPage.h"
#include "common/FileDialogs.h"
#include "common/MessageBox.h"
#include "common/ViewState.h"
#include "dashboard/DashboardPage.h"
#include "deadlines/DeadlineReports.h"
#include "deadlines/DeadlinesPage.h"
#include "deadlines/LateDeadlinesDialog.h"
#include "debtors/DebtorsPage.h"
#include "history/HistoryPage.h"
#include "import/ImportDialog.h"
#include "levels/LevelsPage.h"
#include "outbox/OutboxView.h"
#include "settings/SettingsPage.h"
#include "storage/Database.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>

namespace {
const auto geometryKey = QLatin1String("mainWindow/geometry");
const auto stateKey = QLatin1String("mainWindow/state");
// "2": the dashboard came first; a section saved by number before would
// open the one before it.
const auto sectionKey = QLatin1String("mainWindow/section2");
const auto lastDatabaseKey = QLatin1String("database/lastPath");
const auto lastServerKey = QLatin1String("database/lastServer");
const auto lastFolderKey = QLatin1String("database/lastFolder");
const auto importFolderKey = QLatin1String("import/lastFolder");
} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    // Before any dialog: none may release the database's locks.
    FileDialogs::protectApplication();
    buildPages();
    buildMenus();

    m_dbLabel = new QLabel(this);
    m_dbLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_dbLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_dbLabel, 1);

    setDatabase(std::move(db));

    QSettings settings;
    if (!ViewState::restoreGeometry(this, geometryKey)) {
        // The pages' minimum size is known once the layout is active: on a
        // small screen it is more than 9/10 of it, and the frame must stay on it.
        layout()->activate();
        ViewState::useMostOfScreen(this);
    }
    restoreState(settings.value(stateKey).toByteArray());
    // Debtors is the daily job: start there unless the user was elsewhere
    // last time — or when letters wait to be printed or an automated run was
    // refused: that is shown at start-up (workflows.md, Automation).
    const int section = settings.value(sectionKey, int(DebtorsSection)).toInt();
    const bool waiting = m_debtors->hasNotices();
    showSection(!waiting && section >= 0 && section < SectionCount ? Section(section)
                                                                   : DebtorsSection);
}

MainWindow::~MainWindow()
{
    // Children outlive this destructor's body but not the database: an
    // import still running must stop (its dialog waits for it) and the pages
    // must let go before the database closes.
    qDeleteAll(findChildren<ImportDialog*>());
    for (DatabaseView* view : std::as_const(m_views))
        view->setDatabase(nullptr);
    m_deadlineReports->setDatabase(nullptr); // waits for a report being computed
}

void MainWindow::buildPages()
{
    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("sectionList"));
    m_nav->setAccessibleName(tr("Sections"));
    m_nav->setSelectionMode(QAbstractItemView::SingleSelection);
    m_nav->setUniformItemSizes(true);
    m_nav->setSpacing(2);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("sectionPages"));

    m_deadlineReports = new DeadlineReports(this);
    m_dashboard = new DashboardPage(m_stack);
    m_accounts = new AccountsPage(m_stack);
    m_debtors = new DebtorsPage(m_stack);
    m_debtors->setDeadlineReports(m_deadlineReports);
    m_deadlines = new DeadlinesPage(m_deadlineReports, m_stack);
    auto* debtors = m_debtors;
    auto* deadlines = m_deadlines;
    auto* levels = new LevelsPage(m_stack);
    auto* history = new HistoryPage(m_stack);
    auto* settings = new SettingsPage(m_stack);
    const struct
    {
        QString name;
        QWidget* page;
        DatabaseView* view;
    } sections[SectionCount] = {
        {tr("Dashboard"), m_dashboard, m_dashboard}, {tr("Debtors"), debtors, debtors},
        {tr("Deadlines"), deadlines, deadlines},     {tr("Accounts"), m_accounts, m_accounts},
        {tr("Levels & templates"), levels, levels},  {tr("History"), history, history},
        {tr("Settings"), settings, settings},
    };
    for (const auto& section : sections) {
        m_nav->addItem(section.name);
        m_stack->addWidget(section.page);
        m_views.append(section.view);
    }
    // The list is as wide as its longest name, the late count included: the
    // page gets the rest.
    m_nav->item(DeadlinesSection)->setText(tr("Deadlines (%1)").arg(999));
    m_nav->setFixedWidth(m_nav->sizeHintForColumn(0) + 2 * m_nav->frameWidth() + 24);
    m_nav->item(DeadlinesSection)->setText(tr("Deadlines"));
    connect(m_nav, &QListWidget::currentRowChanged, this,
            [this](int row) { showSection(Section(row)); });

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    // Each page has its own margins: on the right they would be doubled, and
    // on a 1024 px screen in French the widest pages need that room.
    const QMargins margins = layout->contentsMargins();
    layout->setContentsMargins(margins.left() / 2, margins.top(), 0, margins.bottom());
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_accounts, &AccountsPage::accountsChanged, this, [this] {
        statusBar()->showMessage(tr("Saved."), 3000);
        noteDataChanged(m_accounts);
    });
    connect(levels, &LevelsPage::configurationChanged, this,
            [this, levels] { noteDataChanged(levels); });
    connect(settings, &SettingsPage::saved, this, [this, settings] {
        statusBar()->showMessage(tr("Settings saved."), 5000);
        noteDataChanged(settings);
    });
    connect(settings, &SettingsPage::backupRestored, this, [this](const QString& path) {
        if (Status s = openDatabase(path); !s)
            MessageBox::warning(this, tr("Restore a backup"), s.error());
        else
            statusBar()->showMessage(
                tr("Backup restored into %1.").arg(QDir::toNativeSeparators(path)), 8000);
    });
    connect(debtors, &DebtorsPage::dataChanged, this,
            [this, debtors] { noteDataChanged(debtors); });
    connect(history->outboxView(), &OutboxView::outboxChanged, this,
            [this, history] { noteDataChanged(history); });
    connect(deadlines, &DeadlinesPage::accountRequested, this, [this](qint64 accountId) {
        // A deadline is acted on from the account's case file.
        openPage(m_accounts);
        m_accounts->editAccount(accountId);
        if (AccountDialog* form = m_accounts->openDialog())
            form->showCaseFile();
    });
    // A change anywhere (or Refresh on the deadlines screen) counts again.
    connect(m_deadlineReports, &DeadlineReports::invalidated, this, &MainWindow::updateLateCount);
    connect(m_deadlineReports, &DeadlineReports::ready, this,
            [this](const DeadlineReports::Report& report) {
                if (report->asOf == today() && !report->withinDays)
                    showLateCount(*report);
            });
    connectDashboard();
    connect(m_dashboard, &DashboardPage::outboxChanged, this,
            [this] { noteDataChanged(m_dashboard); });
    connect(m_dashboard, &DashboardPage::outboxRequested, this, [this, history] {
        showSection(HistorySection);
        if (currentSection() == HistorySection)
            history->tabs()->setCurrentIndex(HistoryPage::OutboxTab);
    });
    // The outbox's own sending, limited to the statements: its password
    // question, progress, Cancel and results, in view.
    connect(m_dashboard, &DashboardPage::sendRequested, this,
            [this, history](const QList<qint64>& ids) {
                showSection(HistorySection);
                if (currentSection() != HistorySection)
                    return;
                history->tabs()->setCurrentIndex(HistoryPage::OutboxTab);
                history->outboxView()->sendMessages(ids);
            });
}

void MainWindow::connectDashboard()
{
    // The section first (it reads the database again if it changed), then
    // the date and the filter: the list shown is the one the figure counted.
    auto toDebtors = [this] {
        showSection(DebtorsSection);
        return currentSection() == DebtorsSection;
    };
    connect(m_dashboard, &DashboardPage::ageBucketRequested, this,
            [this, toDebtors](QDate asOf, AgeBucket bucket) {
                if (toDebtors())
                    m_debtors->showAgeBucket(asOf, bucket);
            });
    connect(m_dashboard, &DashboardPage::lastLevelRequested, this,
            [this, toDebtors](QDate asOf, int level, const QString& name) {
                if (toDebtors())
                    m_debtors->showLastLevel(asOf, level, name);
            });
    connect(m_dashboard, &DashboardPage::debtorsAsOfRequested, this, [this, toDebtors](QDate asOf) {
        if (toDebtors())
            m_debtors->showAsOf(asOf);
    });
    connect(m_dashboard, &DashboardPage::troubledPlansRequested, this,
            [this, toDebtors](QDate asOf) {
                if (toDebtors())
                    m_debtors->showTroubledPlans(asOf);
            });
    connect(m_dashboard, &DashboardPage::deadlinesRequested, this, [this](QDate asOf) {
        showSection(DeadlinesSection);
        if (currentSection() != DeadlinesSection)
            return;
        m_deadlines->setWithinDays(std::nullopt); // every late one, not a window
        m_deadlines->setAsOf(asOf);
    });
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open database…"), this, &MainWindow::chooseDatabaseToOpen);
    QAction* server =
        file->addAction(tr("Connect to a shared &server…"), this, &MainWindow::chooseServer);
    server->setObjectName(QStringLiteral("connectServerAction"));
    server->setToolTip(tr("Several staff working on one PostgreSQL server"));
    open->setShortcut(QKeySequence::Open);
    QAction* create =
        file->addAction(tr("&New database…"), this, &MainWindow::chooseDatabaseToCreate);
    create->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    file->addSeparator();
    QAction* import = file->addAction(tr("&Import CSV…"), this, &MainWindow::chooseFileToImport);
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &MainWindow::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    // Ctrl+1…7 reach each section from anywhere.
    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_sectionActions = new QActionGroup(this);
    for (int i = 0; i < SectionCount; ++i) {
        QAction* action = view->addAction(m_nav->item(i)->text());
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setData(i);
        m_sectionActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, i] { showSection(Section(i)); });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Relance"), this, &MainWindow::about);
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showSection(MainWindow::Section section)
{
    if (section < 0 || section >= SectionCount)
        return;
    if (section != currentSection() && !confirmLeaveCurrent())
        section = currentSection(); // the list and the menu go back to the page kept
    m_stack->setCurrentIndex(section);
    if (DatabaseView* view = m_views.value(section); view && m_unopened.contains(view))
        openPage(view);
    else if (view && m_stale.remove(view))
        view->refresh();
    if (m_nav->currentRow() != section) {
        const QSignalBlocker block(m_nav);
        m_nav->setCurrentRow(section);
    }
    if (QAction* action = m_sectionActions->actions().value(section))
        action->setChecked(true);
}

MainWindow::Section MainWindow::currentSection() const
{
    return Section(m_stack->currentIndex());
}

QString MainWindow::statusText() const
{
    return m_dbLabel->text();
}

void MainWindow::setDatabase(std::unique_ptr<Database> db)
{
    // The pages drop the old database before it closes, and keep the
    // columns the user arranged on it for the next one.
    {
        ViewState::Batch batch;
        for (DatabaseView* view : std::as_const(m_views)) {
            if (m_db)
                view->saveViewState();
            view->setDatabase(nullptr);
        }
    }
    m_deadlineReports->setDatabase(nullptr); // the work on the old database ends first
    m_db = std::move(db);
    m_deadlineReports->setDatabase(m_db.get());
    m_stale.clear(); // every page reads the new database below
    if (m_db) {
        const QString where = m_db->config().kind == DatabaseConfig::Kind::SQLite
                                  ? QDir::toNativeSeparators(m_db->config().path)
                                  : m_db->config().displayName();
        m_dbLabel->setText(tr("Database: %1").arg(where));
        m_dbLabel->setToolTip(where);
        setWindowTitle(tr("%1 — Relance")
                           .arg(m_db->config().kind == DatabaseConfig::Kind::SQLite
                                    ? QFileInfo(where).fileName()
                                    : where));
        // Opened again at the next start; a server's password is never kept.
        QSettings().setValue(lastDatabaseKey,
                             m_db->config().kind == DatabaseConfig::Kind::SQLite
                                 ? QFileInfo(m_db->config().path).absoluteFilePath()
                                 : m_db->config().displayName());
    } else {
        m_dbLabel->setText(tr("No database open"));
        setWindowTitle(tr("Relance"));
    }
    // Only the page in view reads the database now, and Debtors (whether
    // letters wait to be printed decides the first section shown; its list
    // fills in the background): the others when first shown.
    m_unopened.clear();
    if (m_db)
        for (DatabaseView* view : std::as_const(m_views))
            m_unopened.insert(view);
    openPage(m_views.value(m_stack->currentIndex()));
    openPage(m_debtors);
    m_nav->item(DeadlinesSection)->setText(tr("Deadlines"));
    m_nav->item(DeadlinesSection)->setToolTip(QString());
    updateLateCount();
}

Status MainWindow::openDatabase(const QString& path)
{
    auto db = DatabaseOpener::open(path, false);
    if (!db)
        return Status::failure(db.error());
    if (!confirmLeaveCurrent())
        return Status::failure(tr("The database was not changed: the changes on this page are "
                                  "still to be saved or discarded."));
    setDatabase(std::move(db.value()));
    return {};
}

Status MainWindow::createDatabase(const QString& path)
{
    // Asked before the file is made: staying must leave nothing behind.
    if (!confirmLeaveCurrent())
        return Status::failure(tr("The database was not created: the changes on this page are "
                                  "still to be saved or discarded."));
    auto db = DatabaseOpener::create(path);
    if (!db)
        return Status::failure(db.error());
    setDatabase(std::move(db.value()));
    return {};
}

void MainWindow::chooseDatabaseToOpen()
{
    QSettings settings;
    const QString path =
        FileDialogs::openFile(this, tr("Open database"), settings.value(lastFolderKey).toString(),
                              tr("Relance databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(lastFolderKey, QFileInfo(path).absolutePath());
    // Staying on the page is the user's answer, not an error to report.
    if (!confirmLeaveCurrent())
        return;
    if (Status s = openDatabase(path); !s)
        MessageBox::warning(this, tr("Open database"), s.error());
}

void MainWindow::chooseServer()
{
    QSettings settings;
    const QString last = settings.value(lastServerKey).toString();
    bool ok = false;
    const QString text =
        QInputDialog::getText(
            this, tr("Connect to a shared server"),
            tr("The agency's PostgreSQL database, as postgresql://user@host:5432/database, "
               "best with ?sslmode=verify-full (encrypted, server checked).\n"
               "The password comes from ~/.pgpass or PGPASSWORD (see docs/postgresql.md): do not "
               "type it here."),
            QLineEdit::Normal,
            last.isEmpty() ? QStringLiteral("postgresql://user@server:5432/agency") : last, &ok)
            .trimmed();
    if (!ok || text.isEmpty())
        return;
    if (!text.startsWith(QLatin1String("postgresql://"))) {
        MessageBox::warning(this, tr("Connect to a shared server"),
                            tr("“%1” is not a server address: it starts with postgresql://, "
                               "e.g. postgresql://claire@serveur:5432/agence.")
                                .arg(text));
        return;
    }
    if (!confirmLeaveCurrent())
        return;
    auto server = ServerConnection::open(this, text, m_db.get());
    if (!server) {
        if (server.kind() != ErrorKind::Cancelled)
            MessageBox::warning(this, tr("Connect to a shared server"), server.error());
        return;
    }
    setDatabase(std::move(server.value()));
    settings.setValue(lastServerKey, m_db->config().displayName());
}

void MainWindow::chooseDatabaseToCreate()
{
    QSettings settings;
    QString path = FileDialogs::saveFile(
        this, tr("New database"),
        QDir(FileDialogs::startFolder(settings.value(lastFolderKey).toString()))
            .filePath(tr("agency.sqlite")),
        tr("Relance databases (*.sqlite)"), QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".sqlite");
    settings.setValue(lastFolderKey, QFileInfo(path).absolutePath());
    if (!confirmLeaveCurrent())
        return;
    if (Status s = createDatabase(path); !s)
        MessageBox::warning(this, tr("New database"), s.error());
}

void MainWindow::chooseFileToImport()
{
    if (!m_db)
        return;
    QSettings settings;
    const QString path =
        FileDialogs::openFile(this, tr("Import CSV"), settings.value(importFolderKey).toString(),
                              tr("CSV and FEC files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(importFolderKey, QFileInfo(path).absolutePath());
    openImportDialog(path);
}

ImportDialog* MainWindow::openImportDialog(const QString& path)
{
    if (!m_db)
        return nullptr;
    auto* dialog = new ImportDialog(*m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this] {
        // Not opened yet: it reads the accounts when first shown.
        if (!m_unopened.contains(m_accounts)) {
            if (Status s = m_accounts->reload(); !s)
                MessageBox::warning(this, tr("Accounts"), s.error());
        }
        noteDataChanged(m_accounts);
    });
    dialog->open();
    dialog->setFile(path);
    return dialog;
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Relance"),
        tr("<h3>Relance %1</h3><p>Reminders of unpaid rent for letting agencies: "
           "the debtors as of a date, letters by level, printing and e-mail.</p>"
           "<p>Free software under the GNU General Public License, version 3 or later.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::saveState() const
{
    // One write of the settings file for every layout (quitting stays fast).
    ViewState::Batch batch;
    QSettings& settings = batch.settings();
    ViewState::saveGeometry(this, geometryKey);
    settings.setValue(stateKey, QMainWindow::saveState());
    settings.setValue(sectionKey, int(currentSection()));
    for (const DatabaseView* view : m_views)
        view->saveViewState();
}

void MainWindow::noteDataChanged(const DatabaseView* source)
{
    // Deadlines follow the ledger, the reminders, the accounts and the
    // settings: every report is computed again when next asked for.
    m_deadlineReports->invalidate();
    for (DatabaseView* view : std::as_const(m_views))
        if (view != source)
            m_stale.insert(view);
    // The page in view (an import started from the menu) reads it at once.
    if (DatabaseView* current = m_views.value(m_stack->currentIndex());
        current && m_stale.remove(current))
        current->refresh();
}

void MainWindow::openPage(DatabaseView* view)
{
    if (!view || !m_unopened.remove(view))
        return;
    m_stale.remove(view); // what it reads now is up to date
    view->setDatabase(m_db.get());
}

void MainWindow::setToday(QDate today)
{
    m_today = today;
    updateLateCount();
}

QDate MainWindow::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void MainWindow::updateLateCount()
{
    if (!m_db)
        return;
    // Otherwise `ready` brings it (or a failure, which the page says); the
    // count shown stays until then.
    if (DeadlineReports::Report report = m_deadlineReports->request(today()))
        showLateCount(*report);
}

void MainWindow::showLateCount(const DeadlineReport& report)
{
    const int late = report.lateCount();
    QListWidgetItem* item = m_nav->item(DeadlinesSection);
    item->setText(late > 0 ? tr("Deadlines (%1)").arg(late) : tr("Deadlines"));
    item->setToolTip(late > 0 ? tr("%n deadline(s) late as of today", nullptr, late) : QString());
    if (!m_announceLate)
        return;
    m_announceLate = false;
    if (late == 0)
        return;
    auto* dialog = new LateDeadlinesDialog(report, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LateDeadlinesDialog::showDeadlinesRequested, this, [this] {
        showSection(DeadlinesSection);
        m_deadlines->setAsOf(today());
    });
    dialog->show();
}

void MainWindow::showLateDeadlinesOnce()
{
    m_announceLate = true;
    if (!m_db)
        return;
    if (DeadlineReports::Report report = m_deadlineReports->request(today()))
        showLateCount(*report);
}

bool MainWindow::confirmLeaveCurrent()
{
    DatabaseView* view = m_views.value(m_stack->currentIndex());
    return !view || view->confirmLeave();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!confirmLeaveCurrent()) {
        event->ignore();
        return;
    }
    saveState();
    QMainWindow::closeEvent(event);
}

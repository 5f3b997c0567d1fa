// The agency's database stays safe beside the open window: the file dialogs
// never release SQLite's locks (issue 11, point 1), and relance-cli may run
// in a second process at any time (the automation beside an open window).
#include "GuiFixture.h"
#include "ProcLocks.h"
#include "TestSupport.h"

#include "common/MessageBox.h"
#include "debtors/DebtorsPage.h"
#include "history/HistoryPage.h"
#include "history/HistoryTableModel.h"
#include "history/HistoryView.h"
#include "main/DatabaseOpener.h"
#include "main/MainWindow.h"
#include "settings/SettingsPage.h"
#include "storage/Schema.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QPointer>
#include <QPrintDialog>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using TestSupport::runCli;

namespace {

const QDate asOf(2026, 11, 23);

// The user's Documents folder of this test, where every dialog must start.
QString documentsFolder(const GuiFixture& fixture)
{
    const QString documents = fixture.path(QStringLiteral("Documents"));
    QDir().mkpath(documents);
    const QString config = fixture.path(QStringLiteral("xdg-config"));
    QDir().mkpath(config);
    TestSupport::writeFile(QDir(config).filePath(QStringLiteral("user-dirs.dirs")),
                           "XDG_DOCUMENTS_DIR=\"" + documents.toUtf8() + "\"\n");
    qputenv("XDG_CONFIG_HOME", config.toUtf8());
    REQUIRE(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) == documents);
    return documents;
}

// Plays the user with every file dialog that opens while `open` runs: notes
// the folder it starts in, browses to `folder` (the database's), waits until
// the dialog has listed and typed its files, and cancels. A print dialog's
// own "…" file button is pressed first, then the print dialog is cancelled.
struct DialogUser
{
    QString folder;
    QStringList startFolders;
    int printDialogs = 0;

    void answerWhile(const std::function<void()>& open)
    {
        QTimer timer;
        timer.setInterval(20);
        QPointer<QPrintDialog> print;
        bool browsed = false;
        QObject::connect(&timer, &QTimer::timeout, &timer, [&] {
            QWidget* modal = QApplication::activeModalWidget();
            if (auto* dialog = qobject_cast<QFileDialog*>(modal)) {
                browse(dialog);
                browsed = true;
            } else if (auto* p = qobject_cast<QPrintDialog*>(modal)) {
                if (print != p) {
                    print = p;
                    browsed = false;
                    ++printDialogs;
                    auto* button = p->findChild<QAbstractButton*>(QStringLiteral("fileBrowser"));
                    if (!button) {
                        FAIL_CHECK("the print dialog has no output file button");
                        p->reject();
                        return;
                    }
                    // Its own dialog runs modally: press it once back in the loop.
                    QMetaObject::invokeMethod(button, &QAbstractButton::click,
                                              Qt::QueuedConnection);
                } else if (browsed) {
                    p->reject();
                }
            }
        });
        timer.start();
        open();
        timer.stop();
    }

    void browse(QFileDialog* dialog)
    {
        // Qt's print dialog starts its own file dialog in the current folder.
        QWidget* owner = dialog->parentWidget() ? dialog->parentWidget()->window() : nullptr;
        if (!qobject_cast<QPrintDialog*>(owner))
            startFolders << QDir(dialog->directory()).absolutePath();
        dialog->setViewMode(QFileDialog::Detail);
        auto* model = dialog->findChild<QFileSystemModel*>();
        if (!model) {
            FAIL_CHECK("not Qt's own file dialog");
            dialog->reject();
            return;
        }
        bool loaded = false;
        const auto connection = QObject::connect(
            model, &QFileSystemModel::directoryLoaded, dialog,
            [&](const QString& path) { loaded = loaded || QDir(path) == QDir(folder); });
        dialog->setDirectory(folder);
        // Listed: every file of the folder (the database, its -wal and -shm
        // among them, shown or filtered out) has been given an icon and a type.
        const bool listed = GuiFixture::waitUntil([&] { return loaded; });
        QObject::disconnect(connection);
        QCoreApplication::processEvents();
        dialog->reject();
        CHECK(listed);
    }
};

QAction* actionWithShortcut(QWidget* window, const QKeySequence& shortcut)
{
    for (QAction* a : window->findChildren<QAction*>())
        if (a->shortcut() == shortcut)
            return a;
    FAIL("no action with that shortcut");
    return nullptr;
}

qint64 count(const Database& db, const char* sql)
{
    auto q = db.exec(QString::fromLatin1(sql));
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

struct WindowOnDemo
{
    GuiFixture fixture;
    QString path = fixture.path(QStringLiteral("demo.sqlite"));
    std::unique_ptr<MainWindow> window;

    WindowOnDemo()
    {
        GuiFixture::installDemo(path, 30, 6);
        auto db = DatabaseOpener::open(path, false);
        REQUIRE(db.ok());
        window = std::make_unique<MainWindow>(std::move(db.value()));
        window->resize(1100, 760);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        MessageBox::clearLog();
    }

    Database& db() const { return *window->database(); }

    // What another process sees of the window's hold on the database.
    void checkLocksHeld() const
    {
        INFO("the window holds its SQLite locks on the database and its shared memory");
        CHECK(posixLocksHeldOn(path) > 0);
        CHECK(posixLocksHeldOn(path + QLatin1String("-shm")) > 0);
    }

    qint64 historyRows() const
    {
        // What the user sees in History (the page reads the database once shown).
        window->showSection(MainWindow::HistorySection);
        auto* history = window->findChild<HistoryPage*>();
        REQUIRE(history);
        REQUIRE(history->reload().ok());
        return history->historyView()->model()->rowCount();
    }
};

} // namespace

TEST_CASE("The file dialogs start in Documents and never release the database's locks, so "
          "relance-cli beside the window loses nothing")
{
    WindowOnDemo w;
    const QString folder = QFileInfo(w.path).absolutePath();
    const QString documents = documentsFolder(w.fixture);
    // Started from the database's folder (a terminal, a shortcut there).
    const QString cwd = QDir::currentPath();
    QDir::setCurrent(folder);
    w.checkLocksHeld();

    DialogUser user{folder, {}, 0};
    auto* debtors = w.window->findChild<DebtorsPage*>();
    REQUIRE(debtors);
    debtors->setAsOf(asOf);
    REQUIRE(debtors->reload().ok());
    w.window->showSection(MainWindow::DebtorsSection);
    // « Enregistrer en PDF… », then « Imprimer… » and its output file.
    user.answerWhile(
        [&] { w.window->findChild<QPushButton*>(QStringLiteral("saveLettersPdf"))->click(); });
    user.answerWhile(
        [&] { w.window->findChild<QPushButton*>(QStringLiteral("printLetters"))->click(); });
    CHECK(user.printDialogs == 1);
    // Settings: the logo, the certificate authority, the calibration page.
    w.window->showSection(MainWindow::SettingsSection);
    for (const char* button :
         {"agencyLogoChoose", "agencySignatureChoose", "smtpCaFileBrowse", "calibrationPdf"}) {
        INFO(button);
        auto* b = w.window->findChild<QPushButton*>(QString::fromLatin1(button));
        REQUIRE(b);
        user.answerWhile([&] { b->click(); });
    }
    // File › Open database, New database, Import CSV.
    for (const QKeySequence& shortcut :
         {QKeySequence(QKeySequence::Open), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
          QKeySequence(Qt::CTRL | Qt::Key_I)})
        user.answerWhile([&] { actionWithShortcut(w.window.get(), shortcut)->trigger(); });
    QDir::setCurrent(cwd);

    // Every dialog of ours opened, in Documents, never beside the database.
    CHECK(user.startFolders.size() == 8);
    for (const QString& start : std::as_const(user.startFolders))
        CHECK(start == documents);
    w.checkLocksHeld();

    // relance-cli beside the window: it must not believe it is alone.
    const auto debtorsCli = runCli({QStringLiteral("--db"), w.path, QStringLiteral("debtors"),
                                    QStringLiteral("--as-of"), asOf.toString(Qt::ISODate)});
    INFO(debtorsCli.err.toStdString());
    REQUIRE(debtorsCli.exitCode == 0);
    CHECK(QFile::exists(w.path + QLatin1String("-wal")));
    CHECK(QFile::exists(w.path + QLatin1String("-shm")));

    // The window still writes, and reads what a second process writes.
    REQUIRE(w.db().setSetting(QStringLiteral("test.window"), QStringLiteral("before")).ok());
    CHECK(w.historyRows() == 0);
    const auto run =
        runCli({QStringLiteral("--db"), w.path, QStringLiteral("run"), QStringLiteral("--as-of"),
                asOf.toString(Qt::ISODate), QStringLiteral("--force"), QStringLiteral("--out"),
                w.fixture.path(QStringLiteral("letters"))});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const qint64 issued = count(w.db(), "SELECT count(*) FROM reminders");
    CHECK(issued > 0);
    CHECK(w.historyRows() > 0);
    REQUIRE(w.db().setSetting(QStringLiteral("test.window"), QStringLiteral("after")).ok());
    w.checkLocksHeld();
    w.window.reset();

    // Nothing was lost: the run of the other process and the window's own write.
    auto again = Database::open(DatabaseConfig::sqlite(w.path));
    REQUIRE(again.ok());
    CHECK(count(*again.value(), "SELECT count(*) FROM runs") == 1);
    CHECK(count(*again.value(), "SELECT count(*) FROM reminders") == issued);
    CHECK(again.value()->setting(QStringLiteral("test.window")).value() == QLatin1String("after"));
}

TEST_CASE("The automation runs beside an open window: the window sees its run and keeps "
          "writing")
{
    WindowOnDemo w;
    // The user switches the automation on from the window (a write).
    REQUIRE(w.db()
                .exec(QStringLiteral("UPDATE levels SET automation_enabled = 1, automation_day "
                                     "= 1 WHERE id = (SELECT min(id) FROM levels)"))
                .ok());
    CHECK(w.historyRows() == 0);

    const auto due =
        runCli({QStringLiteral("--db"), w.path, QStringLiteral("run-due"),
                QStringLiteral("--today"), asOf.toString(Qt::ISODate), QStringLiteral("--force")});
    INFO(due.err.toStdString());
    // 3: the run is recorded and its letters wait to be printed, but no mail
    // server is set for its e-mails (partly done, as cli.md says).
    REQUIRE((due.exitCode == 0 || due.exitCode == 3));
    CHECK(QFile::exists(w.path + QLatin1String("-wal")));
    w.checkLocksHeld();

    CHECK(count(w.db(), "SELECT count(*) FROM runs WHERE mode = 'automated'") == 1);
    CHECK(w.historyRows() > 0);
    REQUIRE(w.db().setSetting(QStringLiteral("test.window"), QStringLiteral("after")).ok());
    w.window.reset();

    auto again = Database::open(DatabaseConfig::sqlite(w.path));
    REQUIRE(again.ok());
    CHECK(count(*again.value(), "SELECT count(*) FROM automation_runs") == 1);
    CHECK(again.value()->setting(QStringLiteral("test.window")).value() == QLatin1String("after"));
}

namespace {

// Notes every progress window shown while it is installed.
struct ProgressWindowsShown : QObject
{
    QStringList texts;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show)
            if (auto* dialog = qobject_cast<QProgressDialog*>(watched))
                texts.append(dialog->windowTitle() + u'|' + dialog->labelText());
        return false;
    }
};

} // namespace

TEST_CASE("Opening a database of the first release says the upgrade is under way, then opens it "
          "with its accounts")
{
    GuiFixture fixture;
    const QString path = fixture.path(QStringLiteral("agency.sqlite"));
    REQUIRE(QFile::copy(
        TestSupport::sourcePath(QStringLiteral("tests/fixtures/schema1/agency.sqlite")), path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    REQUIRE(Database::upgradeTakesTime(DatabaseConfig::sqlite(path)));

    ProgressWindowsShown shown;
    qApp->installEventFilter(&shown);
    auto db = DatabaseOpener::open(path, false);
    qApp->removeEventFilter(&shown);
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    REQUIRE(shown.texts.size() == 1);
    CHECK(shown.texts.first().startsWith(QStringLiteral("Updating the database|Relance is "
                                                        "updating the database ")));
    CHECK(shown.texts.first().contains(QDir::toNativeSeparators(path)));
    CHECK(db.value()->schemaVersion() == Schema::currentVersion());
    auto accounts = db.value()->exec(QStringLiteral("SELECT count(*) FROM accounts"));
    REQUIRE(accounts.ok());
    REQUIRE(accounts->next());
    CHECK(accounts->value(0).toInt() == 12);
    db.value().reset();

    // Once upgraded, opening it again shows nothing.
    CHECK_FALSE(Database::upgradeTakesTime(DatabaseConfig::sqlite(path)));
    qApp->installEventFilter(&shown);
    auto again = DatabaseOpener::open(path, false);
    qApp->removeEventFilter(&shown);
    REQUIRE(again.ok());
    CHECK(shown.texts.size() == 1);
}

#include "GuiFixture.h"
#include "TestSupport.h"

#include "common/MessageBox.h"
#include "debtors/DebtorsPage.h"
#include "history/HistoryPage.h"
#include "import/ImportDialog.h"
#include "levels/LevelsPage.h"
#include "mail/Keychain.h"
#include "mail/MemoryKeychain.h"
#include "mail/SmtpPassword.h"
#include "mail/SmtpSettings.h"
#include "main/MainWindow.h"
#include "settings/SettingsPage.h"
#include "storage/AgencyRepository.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>

namespace {

template <typename T> T* child(QObject* parent, const char* name)
{
    auto* w = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}

void type(QWidget* page, const char* name, const QString& text)
{
    auto* edit = child<QLineEdit>(page, name);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

QString storedPhone(const QString& path)
{
    auto db = Database::open(DatabaseConfig::sqlite(path));
    REQUIRE(db.ok());
    auto agency = AgencyRepository(*db.value()).load();
    REQUIRE(agency.ok());
    return agency->phone;
}

// The main window on a database whose agency has a name (so the settings
// can be saved), the settings page on a keyring of its own.
struct GuardScreen
{
    GuiFixture fixture;
    QString path = fixture.path(QStringLiteral("relance.sqlite"));
    MemoryKeychain keychain;
    std::unique_ptr<MainWindow> window;
    SettingsPage* settings = nullptr;

    GuardScreen()
    {
        auto db = fixture.databaseWithAccounts();
        AgencyIdentity agency;
        agency.name = QStringLiteral("Agence du Parc");
        agency.phone = QStringLiteral("04 78 00 00 00");
        REQUIRE(AgencyRepository(*db).save(agency).ok());
        window = std::make_unique<MainWindow>(std::move(db));
        window->resize(1100, 760);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        settings = child<SettingsPage>(window.get(), "SettingsPage");
        settings->setKeychain(&keychain);
        MessageBox::clearLog();
    }

    // The user types a new phone number in Settings and does not save.
    void typePhone(const QString& phone)
    {
        window->showSection(MainWindow::SettingsSection);
        REQUIRE(window->currentSection() == MainWindow::SettingsSection);
        type(settings, "agencyPhone", phone);
        REQUIRE(settings->hasUnsavedChanges());
    }
    QString phoneOnScreen() const { return child<QLineEdit>(settings, "agencyPhone")->text(); }
    bool asked() const
    {
        return MessageBox::shownTexts().join(u'\n').contains(QStringLiteral("not saved"));
    }
};

} // namespace

TEST_CASE("Leaving Settings with unsaved changes asks first and Cancel keeps everything typed")
{
    GuardScreen s;
    s.typePhone(QStringLiteral("01 02 03 04 05"));
    auto* list = child<QListWidget>(s.window.get(), "sectionList");

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    list->setCurrentRow(MainWindow::AccountsSection); // a click in the list
    CHECK(s.asked());
    CHECK(s.window->currentSection() == MainWindow::SettingsSection);
    CHECK(list->currentRow() == MainWindow::SettingsSection);
    CHECK(s.phoneOnScreen() == QStringLiteral("01 02 03 04 05"));
    CHECK(s.settings->hasUnsavedChanges());

    // The View menu's shortcut asks the same.
    MessageBox::clearLog();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    s.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(s.window.get()));
    QTest::keyClick(s.window.get(), Qt::Key_2, Qt::ControlModifier);
    CHECK(s.asked());
    CHECK(s.window->currentSection() == MainWindow::SettingsSection);
    CHECK(s.phoneOnScreen() == QStringLiteral("01 02 03 04 05"));
    CHECK(storedPhone(s.path) == QStringLiteral("04 78 00 00 00"));
}

TEST_CASE("Discard leaves Settings and the database keeps what it had")
{
    GuardScreen s;
    s.typePhone(QStringLiteral("01 02 03 04 05"));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    child<QListWidget>(s.window.get(), "sectionList")->setCurrentRow(MainWindow::HistorySection);
    CHECK(s.asked());
    CHECK(s.window->currentSection() == MainWindow::HistorySection);
    CHECK(storedPhone(s.path) == QStringLiteral("04 78 00 00 00"));
    // Back in Settings: what is stored, and nothing to ask about.
    MessageBox::clearLog();
    s.window->showSection(MainWindow::SettingsSection);
    CHECK(s.phoneOnScreen() == QStringLiteral("04 78 00 00 00"));
    s.window->showSection(MainWindow::DebtorsSection);
    CHECK_FALSE(s.asked());
    CHECK(s.window->currentSection() == MainWindow::DebtorsSection);
}

TEST_CASE("Save leaves Settings once saved and a field in error keeps the user there")
{
    GuardScreen s;
    s.typePhone(QStringLiteral("01 02 03 04 05"));
    MessageBox::setNextAnswer(QMessageBox::Save);
    s.window->showSection(MainWindow::AccountsSection);
    CHECK(s.asked());
    CHECK(s.window->currentSection() == MainWindow::AccountsSection);
    CHECK(storedPhone(s.path) == QStringLiteral("01 02 03 04 05"));

    // An agency e-mail that cannot be right: Save fails, the user stays
    // with the problem shown under its field.
    s.window->showSection(MainWindow::SettingsSection);
    type(s.settings, "agencyEmail", QStringLiteral("contact@"));
    MessageBox::setNextAnswer(QMessageBox::Save);
    s.window->showSection(MainWindow::LevelsSection);
    CHECK(s.window->currentSection() == MainWindow::SettingsSection);
    CHECK_FALSE(s.settings->visibleProblems().isEmpty());
    CHECK(child<QLineEdit>(s.settings, "agencyEmail")->text() == QStringLiteral("contact@"));
    GuiFixture::screenshot(s.window.get(), QStringLiteral("guard-save-refused"));
}

TEST_CASE("Closing the window with unsaved settings asks: Cancel keeps it open and Save saves")
{
    GuardScreen s;
    s.typePhone(QStringLiteral("01 02 03 04 05"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    CHECK_FALSE(s.window->close());
    CHECK(s.asked());
    CHECK(s.window->isVisible());
    CHECK(s.phoneOnScreen() == QStringLiteral("01 02 03 04 05"));

    MessageBox::setNextAnswer(QMessageBox::Discard);
    CHECK(s.window->close());
    CHECK(storedPhone(s.path) == QStringLiteral("04 78 00 00 00"));

    s.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(s.window.get()));
    s.typePhone(QStringLiteral("06 07 08 09 10"));
    MessageBox::setNextAnswer(QMessageBox::Save);
    CHECK(s.window->close());
    CHECK(storedPhone(s.path) == QStringLiteral("06 07 08 09 10"));
}

TEST_CASE("Opening or creating another database with unsaved settings asks first")
{
    GuardScreen s;
    const QString other = s.fixture.path(QStringLiteral("other.sqlite"));
    REQUIRE(s.window->createDatabase(other).ok()); // nothing typed: no question
    CHECK_FALSE(s.asked());
    REQUIRE(s.window->openDatabase(s.path).ok());

    s.typePhone(QStringLiteral("01 02 03 04 05"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    CHECK_FALSE(s.window->openDatabase(other).ok());
    CHECK(s.asked());
    CHECK(s.window->statusText().contains(s.path));
    CHECK(s.phoneOnScreen() == QStringLiteral("01 02 03 04 05"));

    // Cancel on New database makes no file.
    const QString never = s.fixture.path(QStringLiteral("never.sqlite"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    CHECK_FALSE(s.window->createDatabase(never).ok());
    CHECK_FALSE(QFileInfo::exists(never));

    MessageBox::setNextAnswer(QMessageBox::Discard);
    REQUIRE(s.window->openDatabase(other).ok());
    CHECK(s.window->statusText().contains(other));
    CHECK(storedPhone(s.path) == QStringLiteral("04 78 00 00 00"));

    REQUIRE(s.window->openDatabase(s.path).ok());
    s.typePhone(QStringLiteral("06 07 08 09 10"));
    MessageBox::setNextAnswer(QMessageBox::Save);
    REQUIRE(s.window->openDatabase(other).ok());
    CHECK(storedPhone(s.path) == QStringLiteral("06 07 08 09 10"));
}

TEST_CASE("A new SMTP user or server saved without the password takes the stored password along")
{
    qunsetenv("RELANCE_SMTP_PASSWORD");
    GuardScreen s;
    SmtpSettings smtp;
    smtp.host = QStringLiteral("smtp.old.fr");
    smtp.user = QStringLiteral("agence");
    smtp.fromAddress = QStringLiteral("relances@agence-du-parc.fr");
    REQUIRE(smtp.save(*s.window->database()).ok());
    REQUIRE(s.keychain.writePassword(Keychain::smtpKey(smtp.user, smtp.host),
                                     QStringLiteral("s3cret")));
    s.settings->revert(); // shows what was just stored
    s.window->showSection(MainWindow::SettingsSection);

    type(s.settings, "smtpHost", QStringLiteral("smtp.new.fr"));
    type(s.settings, "smtpUser", QStringLiteral("relances"));
    QTest::mouseClick(child<QPushButton>(s.settings, "settingsSave"), Qt::LeftButton);
    REQUIRE(s.settings->visibleProblems().isEmpty());

    const SmtpSettings saved = SmtpSettings::load(*s.window->database()).value();
    CHECK(saved.host == QStringLiteral("smtp.new.fr"));
    auto found = SmtpPassword::find(saved, s.keychain);
    REQUIRE(found.ok());
    CHECK(*found == QStringLiteral("s3cret"));
    CHECK(s.keychain.readPassword(Keychain::smtpKey(smtp.user, smtp.host))->isEmpty());
}

TEST_CASE("Column widths of Levels History and Debtors tables and the import dialog's size come "
          "back with the window")
{
    GuiFixture fixture;
    const QString path = fixture.path(QStringLiteral("relance.sqlite"));
    const QString csv = fixture.path(QStringLiteral("ledger.csv"));
    TestSupport::writeFile(csv, "ref;date;label;debit;credit\n");
    {
        auto window = fixture.openMainWindow();
        auto* levels = window->findChild<LevelsPage*>();
        REQUIRE(levels);
        levels->levelTable()->horizontalHeader()->resizeSection(0, 231);
        child<QTableView>(window.get(), "historyTable")->horizontalHeader()->resizeSection(0, 187);
        child<QTableView>(window.get(), "unpaidItems")->horizontalHeader()->resizeSection(0, 143);
        ImportDialog* dialog = window->openImportDialog(csv);
        REQUIRE(dialog);
        REQUIRE(GuiFixture::waitUntil([dialog] { return !dialog->isBusy(); }));
        dialog->resize(711, 533);
        dialog->reject();
        REQUIRE(window->close());
    }
    auto db = Database::open(DatabaseConfig::sqlite(path));
    REQUIRE(db.ok());
    MainWindow again(std::move(db.value()));
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    CHECK(again.findChild<LevelsPage*>()->levelTable()->horizontalHeader()->sectionSize(0) == 231);
    CHECK(child<QTableView>(&again, "historyTable")->horizontalHeader()->sectionSize(0) == 187);
    CHECK(child<QTableView>(&again, "unpaidItems")->horizontalHeader()->sectionSize(0) == 143);
    ImportDialog* dialog = again.openImportDialog(csv);
    REQUIRE(dialog);
    CHECK(dialog->size() == QSize(711, 533));
    REQUIRE(GuiFixture::waitUntil([dialog] { return !dialog->isBusy(); }));
    dialog->reject();
}

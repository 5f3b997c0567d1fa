// What one section changes, the others show (issue 11, « Screens that agree
// with the data »), and what the configuration screens say before and after
// saving.
#include "GuiFixture.h"
#include "TestSupport.h"

#include "accounts/AccountDialog.h"
#include "accounts/AccountsPage.h"
#include "debtors/DebtorTableModel.h"
#include "debtors/DebtorsPage.h"
#include "levels/LevelDialog.h"
#include "levels/LevelsPage.h"
#include "mail/MemoryKeychain.h"
#include "main/MainWindow.h"
#include "models/AutomationTableModel.h"
#include "settings/SettingsPage.h"
#include "storage/ProgramRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>

namespace {

const QDate asOf(2026, 11, 20);

// The sample agency, prepared and named, with its ledger.
std::unique_ptr<Database> agency(GuiFixture& fixture)
{
    auto db = fixture.preparedAgency();
    GuiFixture::insertLedger(*db, GuiFixture::sampleLedger(*db));
    return db;
}

std::unique_ptr<MainWindow> window(std::unique_ptr<Database> db)
{
    auto w = std::make_unique<MainWindow>(std::move(db));
    w->resize(1280, 800);
    w->show();
    REQUIRE(QTest::qWaitForWindowExposed(w.get()));
    return w;
}

qint64 firstLevelId(const Database& db)
{
    auto program = ProgramRepository(db).global();
    REQUIRE(program.ok());
    REQUIRE(!program->levels.isEmpty());
    return program->levels.at(0).id;
}

LevelDialog* openLevel(LevelsPage& page, qint64 id)
{
    page.selectLevel(id);
    page.editCurrentLevel();
    LevelDialog* dialog = page.openLevelDialog();
    REQUIRE(dialog);
    return dialog;
}

int rowOf(const DebtorTableModel* model, const char* ref)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->debtorAt(row).account.ref == QLatin1String(ref))
            return row;
    return -1;
}

} // namespace

TEST_CASE("Automation switched on in Levels shows in Settings without reopening the database")
{
    GuiFixture fixture;
    auto w = window(agency(fixture));
    w->showSection(MainWindow::SettingsSection);
    auto* settings = w->findChild<SettingsPage*>();
    REQUIRE(settings);
    auto* automation = settings->findChild<AutomationTableModel*>();
    REQUIRE(automation);
    REQUIRE(!automation->levels().isEmpty());
    CHECK_FALSE(automation->levels().at(0).enabled);

    w->showSection(MainWindow::LevelsSection);
    auto* levels = w->findChild<LevelsPage*>();
    REQUIRE(levels);
    LevelDialog* dialog = openLevel(*levels, firstLevelId(*w->database()));
    dialog->findChild<QCheckBox*>(QStringLiteral("automationEnabled"))->setChecked(true);
    dialog->accept();

    w->showSection(MainWindow::SettingsSection);
    REQUIRE(!automation->levels().isEmpty());
    CHECK(automation->levels().at(0).enabled);
}

TEST_CASE("An account set to no reminders is no longer to remind on the Debtors screen")
{
    GuiFixture fixture;
    auto w = window(agency(fixture));
    w->showSection(MainWindow::DebtorsSection);
    auto* debtors = w->findChild<DebtorsPage*>();
    REQUIRE(debtors);
    debtors->setAsOf(asOf);
    REQUIRE(debtors->reload().ok());
    int loc2 = rowOf(debtors->model(), "LOC2");
    REQUIRE(loc2 >= 0);
    REQUIRE(debtors->model()->decisionAt(loc2) == DebtorTableModel::Planned);

    w->showSection(MainWindow::AccountsSection);
    AccountsPage* accounts = w->accountsPage();
    accounts->editAccount(GuiFixture::idOf(*w->database(), "LOC2"));
    QPointer<AccountDialog> dialog = accounts->openDialog();
    REQUIRE(dialog);
    auto* program = dialog->findChild<QComboBox*>(QStringLiteral("programMode"));
    REQUIRE(program);
    program->setCurrentIndex(program->findData(QVariant::fromValue(int(ProgramMode::None))));
    REQUIRE(program->currentData().toInt() == int(ProgramMode::None));
    auto* box = dialog->findChild<QDialogButtonBox*>();
    REQUIRE(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
    REQUIRE(GuiFixture::waitUntil([&] { return !dialog || dialog->isHidden(); }));

    w->showSection(MainWindow::DebtorsSection);
    loc2 = rowOf(debtors->model(), "LOC2");
    if (loc2 >= 0) {
        CHECK(debtors->model()->decisionAt(loc2) == DebtorTableModel::Skipped);
        CHECK_FALSE(debtors->model()->isChecked(loc2));
    }
    // The other debtors are still to remind.
    CHECK(debtors->model()->checkedCount() == 2);
}

TEST_CASE("Saving the settings says so in the status bar")
{
    GuiFixture fixture;
    MemoryKeychain keychain; // no system keyring on a test machine
    auto w = window(agency(fixture));
    w->showSection(MainWindow::SettingsSection);
    auto* settings = w->findChild<SettingsPage*>();
    REQUIRE(settings);
    settings->setKeychain(&keychain);
    CHECK(w->statusBar()->currentMessage().isEmpty());
    REQUIRE(settings->save());
    CHECK(w->statusBar()->currentMessage() == QStringLiteral("Settings saved."));
    GuiFixture::screenshot(w.get(), QStringLiteral("settings-saved"));
}

TEST_CASE("Ticking a level's automation after its day of the month says the first run is today "
          "before saving")
{
    GuiFixture fixture;
    auto db = agency(fixture);
    LevelsPage page;
    page.resize(1200, 720);
    page.setToday(asOf);
    page.setDatabase(db.get());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    LevelDialog* dialog = openLevel(page, firstLevelId(*db));
    dialog->tabs()->setCurrentIndex(LevelDialog::AutomationTab);
    auto* note = dialog->findChild<QLabel*>(QStringLiteral("automationFirstRun"));
    REQUIRE(note);
    CHECK(note->isHidden()); // the automation is off: nothing to say

    // The 10th is past on 20 November: run-due catches it up today.
    dialog->findChild<QSpinBox*>(QStringLiteral("automationDay"))->setValue(10);
    dialog->findChild<QCheckBox*>(QStringLiteral("automationEnabled"))->setChecked(true);
    const QLocale locale;
    CHECK_FALSE(note->isHidden());
    CHECK(note->text().contains(QStringLiteral("today")));
    CHECK(note->text().contains(locale.toString(asOf, QLocale::LongFormat)));
    GuiFixture::screenshot(dialog, QStringLiteral("level-automation-first-run"));

    // The 25th is still ahead: the first run is then.
    dialog->findChild<QSpinBox*>(QStringLiteral("automationDay"))->setValue(25);
    CHECK_FALSE(note->text().contains(QStringLiteral("today")));
    CHECK(note->text().contains(locale.toString(QDate(2026, 11, 25), QLocale::LongFormat)));

    // Nothing was saved by looking.
    auto program = ProgramRepository(*db).global();
    REQUIRE(program.ok());
    CHECK_FALSE(program->levels.at(0).automationEnabled);
    dialog->reject();
}

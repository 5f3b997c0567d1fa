// The « Recovery » tab of the settings: the GLI contract, the deadlines
// followed, the CCAPEX and prescription switches and the payment plans'
// grace days, saved with the rest of the page and shown again as saved.
#include "GuiFixture.h"
#include "TestSupport.h"

#include "common/MessageBox.h"
#include "letters/DefaultTemplates.h"
#include "mail/MemoryKeychain.h"
#include "recovery/CoverLetterEditor.h"
#include "recovery/PlanAgreementLetter.h"
#include "settings/SettingsPage.h"
#include "storage/AgencyRepository.h"
#include "storage/RecoverySettingsRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>

namespace {

template <typename T> T* child(QWidget* parent, const char* name)
{
    auto* w = parent->findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(w);
    return w;
}

void retype(QWidget* page, const char* name, const QString& text)
{
    auto* edit = child<QLineEdit>(page, name);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    edit->insert(text);
}

QStringList settingsRows(const Database& db)
{
    QStringList rows;
    auto q = db.exec(QStringLiteral("SELECT key, value FROM settings ORDER BY key"));
    REQUIRE(q.ok());
    while (q->next())
        rows << q->value(0).toString() + u'=' + q->value(1).toString();
    return rows;
}

// A settings page on `db`, on the Recovery tab, as the user opens it.
struct RecoveryScreen
{
    MemoryKeychain keychain;
    SettingsPage page;

    explicit RecoveryScreen(const Database* db)
    {
        page.setKeychain(&keychain);
        page.setDatabase(db);
        page.resize(900, 720);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        child<QTabWidget>(&page, "settingsTabs")->setCurrentIndex(SettingsPage::RecoveryTab);
    }
    ~RecoveryScreen() { page.setDatabase(nullptr); }

    void save()
    {
        auto* button = child<QPushButton>(&page, "settingsSave");
        REQUIRE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }
};

std::unique_ptr<Database> agency(GuiFixture& fixture)
{
    auto db = fixture.databaseWithAccounts();
    AgencyIdentity identity;
    identity.name = QStringLiteral("Agence du Parc");
    REQUIRE(AgencyRepository(*db).save(identity).ok());
    return db;
}

} // namespace

TEST_CASE("GLI delays and switches changed in the Recovery settings are saved and shown again "
          "when the settings are reopened")
{
    GuiFixture fixture;
    auto db = agency(fixture);
    {
        RecoveryScreen s(db.get());
        SettingsPage& page = s.page;
        // The defaults of the spec, before anything is saved.
        CHECK(child<QLineEdit>(&page, "recoveryGliName")->text() == QStringLiteral("Contrat GLI"));
        CHECK(child<QSpinBox>(&page, "recoveryGliNoticeDays")->value() == 35);
        CHECK(child<QSpinBox>(&page, "recoveryGliClaimDays")->value() == 45);
        CHECK(child<QSpinBox>(&page, "recoveryGraceDays")->value() == 15);
        CHECK(child<QCheckBox>(&page, "recoveryDeadline_gli_claim")->isChecked());
        CHECK(child<QCheckBox>(&page, "recoveryCcapex")->isChecked());
        // Each deadline names its source; the GLI's is the contract as typed.
        CHECK(child<QCheckBox>(&page, "recoveryDeadline_caf_report")
                  ->toolTip()
                  .contains(QStringLiteral("CCH R.824-4")));
        CHECK(child<QCheckBox>(&page, "recoveryDeadline_guarantor_service")
                  ->toolTip()
                  .contains(QStringLiteral("loi 89-462 art. 24")));

        retype(&page, "recoveryGliName", QStringLiteral("Assurance Loyers Plus"));
        CHECK(child<QCheckBox>(&page, "recoveryDeadline_gli_notice")
                  ->toolTip()
                  .contains(QStringLiteral("GLI : Assurance Loyers Plus")));
        child<QSpinBox>(&page, "recoveryGliNoticeDays")->setValue(20);
        child<QSpinBox>(&page, "recoveryGliClaimDays")->setValue(60);
        child<QSpinBox>(&page, "recoveryGraceDays")->setValue(30);
        // click(): as a user's click, wherever the tab is scrolled.
        child<QCheckBox>(&page, "recoveryDeadline_gli_claim")->click();
        child<QCheckBox>(&page, "recoveryCcapex")->click();
        CHECK(page.hasUnsavedChanges());
        s.save();
        CHECK(page.visibleProblems().isEmpty());
        CHECK_FALSE(page.hasUnsavedChanges());
    }

    // What the deadlines will use.
    const RecoverySettings stored = RecoverySettingsRepository::load(*db).value();
    CHECK(stored.gli.name == QStringLiteral("Assurance Loyers Plus"));
    CHECK(stored.gli.noticeDays == 20);
    CHECK(stored.gli.claimDays == 60);
    CHECK(stored.graceDays == 30);
    CHECK(stored.disabled == QSet<DeadlineKind>{DeadlineKind::GliClaim});
    CHECK_FALSE(stored.ccapexEnabled);
    CHECK(stored.prescriptionEnabled);

    RecoveryScreen again(db.get());
    SettingsPage& page = again.page;
    CHECK(child<QLineEdit>(&page, "recoveryGliName")->text() ==
          QStringLiteral("Assurance Loyers Plus"));
    CHECK(child<QSpinBox>(&page, "recoveryGliNoticeDays")->value() == 20);
    CHECK(child<QSpinBox>(&page, "recoveryGliClaimDays")->value() == 60);
    CHECK(child<QSpinBox>(&page, "recoveryGraceDays")->value() == 30);
    CHECK_FALSE(child<QCheckBox>(&page, "recoveryDeadline_gli_claim")->isChecked());
    CHECK(child<QCheckBox>(&page, "recoveryDeadline_gli_notice")->isChecked());
    CHECK_FALSE(child<QCheckBox>(&page, "recoveryCcapex")->isChecked());
    CHECK(child<QCheckBox>(&page, "recoveryPrescription")->isChecked());
    CHECK_FALSE(page.hasUnsavedChanges());
    GuiFixture::screenshot(&page, QStringLiteral("settings-recovery"));
}

TEST_CASE("A GLI contract without a name is refused under its field and no tab is written")
{
    GuiFixture fixture;
    auto db = agency(fixture);
    RecoveryScreen s(db.get());
    SettingsPage& page = s.page;
    const QStringList before = settingsRows(*db);

    child<QTabWidget>(&page, "settingsTabs")->setCurrentIndex(SettingsPage::IdentityTab);
    retype(&page, "agencyName", QStringLiteral("Agence des Quais"));
    child<QTabWidget>(&page, "settingsTabs")->setCurrentIndex(SettingsPage::RecoveryTab);
    retype(&page, "recoveryGliName", QStringLiteral("   "));
    child<QSpinBox>(&page, "recoveryGraceDays")->setValue(0);
    child<QTabWidget>(&page, "settingsTabs")->setCurrentIndex(SettingsPage::MailTab);
    s.save();

    auto* error = child<QLabel>(&page, "recoveryGliNameError");
    CHECK_FALSE(error->isHidden());
    CHECK(error->text().contains(QStringLiteral("Enter the name of the GLI contract")));
    CHECK(child<QTabWidget>(&page, "settingsTabs")->currentIndex() == SettingsPage::RecoveryTab);
    CHECK(page.visibleProblems().join(u'\n').contains(QStringLiteral("Nothing was saved")));
    CHECK(page.hasUnsavedChanges());
    CHECK(settingsRows(*db) == before);
    CHECK(AgencyRepository(*db).load()->name == QStringLiteral("Agence du Parc"));
}

TEST_CASE("The Recovery tab opens the payment plan agreement's editor: fields to insert, a "
          "refused field named, French and English, the default restored")
{
    GuiFixture fixture;
    auto db = agency(fixture);
    RecoveryScreen s(db.get());
    QTest::mouseClick(child<QPushButton>(&s.page, "recoveryPlanAgreement"), Qt::LeftButton);
    auto* editor = s.page.findChild<CoverLetterEditor*>(QStringLiteral("planAgreementEditor"));
    REQUIRE(editor);
    CHECK(editor->isVisible());
    const QString french = *DefaultTemplates::planAgreement(QStringLiteral("fr"));
    const QString english = *DefaultTemplates::planAgreement(QStringLiteral("en"));
    editor->languageBox()->setCurrentIndex(editor->languageBox()->findData(QStringLiteral("fr")));
    CHECK(editor->editor()->toPlainText() == french);

    // The schedule and the plan's fields are offered.
    auto* schedule =
        editor->insertFieldMenu()->findChild<QAction*>(QStringLiteral("field:plan.schedule_table"));
    REQUIRE(schedule);
    REQUIRE(editor->insertFieldMenu()->findChild<QAction*>(QStringLiteral("field:plan.broken_on")));
    editor->editor()->setPlainText(QStringLiteral("<p>Échéancier :</p>\n"));
    editor->editor()->moveCursor(QTextCursor::End);
    schedule->trigger();
    CHECK(editor->editor()->toPlainText() ==
          QStringLiteral("<p>Échéancier :</p>\n{{plan.schedule_table}}"));

    // An unknown field is refused where it is, and nothing is stored.
    editor->editor()->setPlainText(QStringLiteral("<p>Dette : {{plan.dette}}</p>"));
    CHECK_FALSE(editor->save());
    CHECK(editor->problem().contains(QStringLiteral("plan.dette")));
    CHECK(editor->problem().contains(QStringLiteral("line 1, column 12")));
    CHECK_FALSE(*PlanAgreementLetter::isCustom(*db, QStringLiteral("fr")));

    // Switching language with unsaved changes asks first; No keeps them.
    MessageBox::setNextAnswer(QMessageBox::No);
    editor->languageBox()->setCurrentIndex(editor->languageBox()->findData(QStringLiteral("en")));
    CHECK(editor->language() == QStringLiteral("fr"));
    CHECK(editor->languageBox()->currentData().toString() == QStringLiteral("fr"));

    editor->editor()->setPlainText(QStringLiteral("<p>Notre texte, {{plan.debt}}.</p>"));
    REQUIRE(editor->save());
    CHECK(*PlanAgreementLetter::text(*db, QStringLiteral("fr")) ==
          QStringLiteral("<p>Notre texte, {{plan.debt}}.</p>"));
    editor->languageBox()->setCurrentIndex(editor->languageBox()->findData(QStringLiteral("en")));
    CHECK(editor->editor()->toPlainText() == english);
    CHECK_FALSE(*PlanAgreementLetter::isCustom(*db, QStringLiteral("en")));

    editor->languageBox()->setCurrentIndex(editor->languageBox()->findData(QStringLiteral("fr")));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(editor->restoreDefault());
    CHECK(editor->editor()->toPlainText() == french);
    CHECK_FALSE(*PlanAgreementLetter::isCustom(*db, QStringLiteral("fr")));
    editor->close();
}

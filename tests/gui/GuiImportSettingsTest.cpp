// The « Import » tab of the settings: how the agency's FEC is read (tenant
// account prefixes, the kind rules in their order, a debit's due date),
// saved with the rest of the page, shown again as saved, refused under its
// fields when wrong.
#include "GuiFixture.h"
#include "TestSupport.h"

#include "import/FecSettings.h"
#include "mail/MemoryKeychain.h"
#include "settings/ImportSettingsTab.h"
#include "settings/SettingsPage.h"
#include "storage/AgencyRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

namespace {

template <typename T> T* child(QWidget* parent, const char* name)
{
    auto* w = parent->findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(w);
    return w;
}

void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
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

// A settings page on `db`, on the Import tab, as the user opens it.
struct ImportScreen
{
    MemoryKeychain keychain;
    SettingsPage page;
    QTableWidget* rules = nullptr;

    explicit ImportScreen(const Database* db)
    {
        page.setKeychain(&keychain);
        page.setDatabase(db);
        page.resize(900, 720);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        child<QTabWidget>(&page, "settingsTabs")->setCurrentIndex(SettingsPage::ImportTab);
        rules = child<QTableWidget>(&page, "importFecRules");
    }
    ~ImportScreen() { page.setDatabase(nullptr); }

    void save()
    {
        auto* button = child<QPushButton>(&page, "settingsSave");
        REQUIRE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }
    void click(const char* name)
    {
        QTest::mouseClick(child<QPushButton>(&page, name), Qt::LeftButton);
    }

    QLineEdit* words(int row) const
    {
        auto* w = qobject_cast<QLineEdit*>(rules->cellWidget(row, ImportSettingsTab::WordsColumn));
        REQUIRE(w);
        return w;
    }
    QComboBox* combo(int row, int column) const
    {
        auto* c = qobject_cast<QComboBox*>(rules->cellWidget(row, column));
        REQUIRE(c);
        return c;
    }
    // What a row shows, as the user reads it.
    QString row(int r) const
    {
        return combo(r, ImportSettingsTab::FieldColumn)->currentText() + u'|' + words(r)->text() +
               u'|' + combo(r, ImportSettingsTab::SideColumn)->currentText() + u'|' +
               combo(r, ImportSettingsTab::KindColumn)->currentText();
    }
    QStringList rows() const
    {
        QStringList out;
        for (int r = 0; r < rules->rowCount(); ++r)
            out << row(r);
        return out;
    }
    void choose(int r, int column, const QString& text)
    {
        QComboBox* c = combo(r, column);
        const int i = c->findText(text);
        REQUIRE(i >= 0);
        c->setCurrentIndex(i);
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

const QStringList defaultRows = {
    QStringLiteral("Label|frais|Either|Fee"),
    QStringLiteral("Label|rejet, impayé|Debit|Payment reversal"),
    QStringLiteral("Label|avoir|Credit|Credit note"),
    QStringLiteral("Label|charges, régularisation de charges|Either|Charges")};

} // namespace

TEST_CASE("FEC prefixes, kind rules and due date edited in Settings › Import are saved and shown "
          "again when the settings are reopened")
{
    GuiFixture fixture;
    auto db = agency(fixture);
    {
        ImportScreen s(db.get());
        // The spec's defaults, before anything is saved.
        CHECK(child<QLineEdit>(&s.page, "importFecPrefixes")->text() == QStringLiteral("411"));
        CHECK(s.rows() == defaultRows);
        CHECK(child<QRadioButton>(&s.page, "importFecPieceDate")->isChecked());
        CHECK_FALSE(child<QPushButton>(&s.page, "importFecUp")->isEnabled());

        retype(child<QLineEdit>(&s.page, "importFecPrefixes"), QStringLiteral("4111, 4112"));
        // A bank journal's credits are payments, before every other rule.
        s.click("importFecAdd");
        REQUIRE(s.rules->rowCount() == 5);
        CHECK(s.rules->currentRow() == 4);
        s.choose(4, ImportSettingsTab::FieldColumn, QStringLiteral("Journal"));
        retype(s.words(4), QStringLiteral("BQ, banque"));
        s.choose(4, ImportSettingsTab::SideColumn, QStringLiteral("Credit"));
        s.choose(4, ImportSettingsTab::KindColumn, QStringLiteral("Payment"));
        for (int i = 0; i < 4; ++i)
            s.click("importFecUp");
        CHECK(s.rules->currentRow() == 0);
        CHECK_FALSE(child<QPushButton>(&s.page, "importFecUp")->isEnabled());
        // « avoir » no longer wanted: editing its words selects its row.
        s.words(3)->setFocus();
        CHECK(s.rules->currentRow() == 3);
        s.click("importFecRemove");
        // « charges » tried before « rejet »: up one.
        s.words(3)->setFocus();
        s.click("importFecUp");
        child<QRadioButton>(&s.page, "importFecEntryDate")->click();
        CHECK(s.rows() == QStringList{QStringLiteral("Journal|BQ, banque|Credit|Payment"),
                                      QStringLiteral("Label|frais|Either|Fee"),
                                      QStringLiteral("Label|charges, régularisation de "
                                                     "charges|Either|Charges"),
                                      QStringLiteral("Label|rejet, impayé|Debit|Payment "
                                                     "reversal")});
        CHECK(s.page.hasUnsavedChanges());
        s.save();
        INFO(s.page.visibleProblems().join(u'\n').toStdString());
        CHECK(s.page.visibleProblems().isEmpty());
        CHECK_FALSE(s.page.hasUnsavedChanges());
    }

    // What the importer will read.
    const FecSettings stored = FecSettings::load(*db).value();
    CHECK(stored.tenantPrefixes == QStringList{QStringLiteral("4111"), QStringLiteral("4112")});
    REQUIRE(stored.kindRules.size() == 4);
    CHECK(stored.kindRules[0].field == FecKindRule::Field::Journal);
    CHECK(stored.kindRules[0].words == QStringList{QStringLiteral("BQ"), QStringLiteral("banque")});
    CHECK(stored.kindRules[0].kind == EntryKind::Payment);
    CHECK(stored.kindRules[2].kind == EntryKind::Charges);
    CHECK(stored.dueDate == FecDueDate::EntryDate);
    CHECK(stored.kindFor(Side::Credit, QStringLiteral("Virement Durand"), QStringLiteral("BQ1"),
                         QStringLiteral("Banque")) == EntryKind::Payment);
    CHECK(stored.kindFor(Side::Credit, QStringLiteral("Avoir sur loyer"), QStringLiteral("OD"),
                         QString()) == EntryKind::Payment);

    ImportScreen again(db.get());
    CHECK(child<QLineEdit>(&again.page, "importFecPrefixes")->text() ==
          QStringLiteral("4111, 4112"));
    CHECK(again.rows().first() == QStringLiteral("Journal|BQ, banque|Credit|Payment"));
    CHECK(again.rows().size() == 4);
    CHECK(child<QRadioButton>(&again.page, "importFecEntryDate")->isChecked());
    CHECK_FALSE(again.page.hasUnsavedChanges());
    GuiFixture::screenshot(&again.page, QStringLiteral("settings-import"));

    // « Restore defaults » puts the spec's table back; saved, it is stored.
    again.click("importFecDefaults");
    CHECK(again.rows() == defaultRows);
    CHECK(child<QLineEdit>(&again.page, "importFecPrefixes")->text() == QStringLiteral("411"));
    CHECK(child<QRadioButton>(&again.page, "importFecPieceDate")->isChecked());
    again.save();
    CHECK(FecSettings::load(*db).value() == FecSettings::defaults());
}

TEST_CASE("A FEC prefix with letters and a rule without words are refused under their fields and "
          "no tab is written")
{
    GuiFixture fixture;
    auto db = agency(fixture);
    ImportScreen s(db.get());
    const QStringList before = settingsRows(*db);

    child<QTabWidget>(&s.page, "settingsTabs")->setCurrentIndex(SettingsPage::IdentityTab);
    retype(child<QLineEdit>(&s.page, "agencyName"), QStringLiteral("Agence des Quais"));
    child<QTabWidget>(&s.page, "settingsTabs")->setCurrentIndex(SettingsPage::ImportTab);
    retype(child<QLineEdit>(&s.page, "importFecPrefixes"), QStringLiteral("411, 41A"));
    retype(s.words(1), QStringLiteral(" , "));
    // A payment on a debit rule.
    s.choose(1, ImportSettingsTab::KindColumn, QStringLiteral("Payment"));
    child<QTabWidget>(&s.page, "settingsTabs")->setCurrentIndex(SettingsPage::MailTab);
    s.save();

    auto* prefixError = child<QLabel>(&s.page, "importFecPrefixesError");
    CHECK_FALSE(prefixError->isHidden());
    CHECK(prefixError->text().contains(QStringLiteral("Tenant account prefixes: « 41A »")));
    auto* rulesError = child<QLabel>(&s.page, "importFecRulesError");
    CHECK_FALSE(rulesError->isHidden());
    CHECK(rulesError->text().contains(
        QStringLiteral("Kind rule 2: give at least one word to look for in the label.")));
    CHECK(rulesError->text().contains(
        QStringLiteral("Kind rule 2: « Payment » is money received and cannot be given to a "
                       "debit")));
    CHECK(child<QTabWidget>(&s.page, "settingsTabs")->currentIndex() == SettingsPage::ImportTab);
    CHECK(s.page.visibleProblems().join(u'\n').contains(QStringLiteral("Nothing was saved")));
    CHECK(s.page.hasUnsavedChanges());
    CHECK(settingsRows(*db) == before);
    CHECK(AgencyRepository(*db).load()->name == QStringLiteral("Agence du Parc"));
    CHECK(FecSettings::load(*db).value() == FecSettings::defaults());
}

#include "GuiFixture.h"
#include "SmtpFixture.h"
#include "TestSupport.h"

#include "letters/EnvelopeWindow.h"
#include "letters/LetterComposer.h"
#include "letters/LetterPdf.h"
#include "letters/SampleLetter.h"
#include "mail/Keychain.h"
#include "mail/MemoryKeychain.h"
#include "mail/SmtpSettings.h"
#include "models/AutomationTableModel.h"
#include "reminders/ProgramEditor.h"
#include "settings/ImageField.h"
#include "settings/SettingsPage.h"
#include "setup/DatabaseSetup.h"
#include "storage/AgencyRepository.h"
#include "storage/ProgramRepository.h"
#include "storage/SettingsRepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrinterInfo>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace TestSupport;

namespace {

template <typename T> T* child(QWidget* parent, const char* name)
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
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        QTest::keyClicks(edit, text);
    else
        edit->insert(text);
}

void clickSave(SettingsPage& page)
{
    auto* save = child<QPushButton>(&page, "settingsSave");
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
}

QString errorUnder(QWidget* page, const char* field)
{
    auto* label = child<QLabel>(page, QByteArray(QByteArray(field) + "Error").constData());
    return label->isHidden() ? QString() : label->text();
}

// Every row of the settings table as "key=value".
QStringList settingsRows(const Database& db)
{
    QStringList rows;
    auto q = db.exec(QStringLiteral("SELECT key, value FROM settings ORDER BY key"));
    REQUIRE(q.ok());
    while (q->next())
        rows << q->value(0).toString() + u'=' + q->value(1).toString();
    return rows;
}

QString writePng(const QString& path, int width, int height, QColor color)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(color);
    REQUIRE(image.save(path));
    return path;
}

// A page on the fixture's database, shown like a section of the window.
struct SettingsScreen
{
    GuiFixture fixture;
    std::unique_ptr<Database> db = fixture.databaseWithAccounts();
    MemoryKeychain keychain;
    SettingsPage page;

    SettingsScreen()
    {
        // An agency that has its name already, as after `relance-cli init`
        // and a first visit to these settings.
        AgencyIdentity agency;
        agency.name = QStringLiteral("Agence du Parc");
        REQUIRE(AgencyRepository(*db).save(agency).ok());
        page.setKeychain(&keychain);
        page.setDatabase(db.get());
        page.resize(900, 720);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
    }
    ~SettingsScreen() { page.setDatabase(nullptr); }

    void showTab(SettingsPage::Tab tab)
    {
        child<QTabWidget>(&page, "settingsTabs")->setCurrentIndex(tab);
    }

    void fillMail(int port, const QString& security, const QString& caFile)
    {
        showTab(SettingsPage::MailTab);
        type(&page, "smtpHost", QStringLiteral("127.0.0.1"));
        auto* securityBox = child<QComboBox>(&page, "smtpSecurity");
        securityBox->setCurrentIndex(
            securityBox->findData(int(SmtpSettings::securityFromKey(security).value())));
        child<QSpinBox>(&page, "smtpPort")->setValue(port);
        type(&page, "smtpUser", QStringLiteral("agence"));
        type(&page, "smtpPassword", QStringLiteral("s3cret"));
        type(&page, "smtpFromAddress", QStringLiteral("relances@agence-du-parc.fr"));
        type(&page, "smtpFromName", QStringLiteral("Agence du Parc"));
        type(&page, "smtpCaFile", caFile);
    }
};

} // namespace

TEST_CASE("Agency fields typed in the settings are saved to the database")
{
    SettingsScreen s;
    SettingsPage& page = s.page;
    CHECK_FALSE(child<QPushButton>(&page, "settingsSave")->isEnabled());

    type(&page, "agencyName", QStringLiteral("Agence du Parc"));
    type(&page, "agencyAddress1", QStringLiteral("12 rue Garibaldi"));
    type(&page, "agencyAddress2", QStringLiteral("2e étage"));
    type(&page, "agencyPostalCode", QStringLiteral("69006"));
    type(&page, "agencyCity", QStringLiteral("Lyon"));
    type(&page, "agencyCountry", QStringLiteral("fr"));
    type(&page, "agencyPhone", QStringLiteral("04 78 00 00 00"));
    type(&page, "agencyEmail", QStringLiteral("contact@agence-du-parc.fr"));
    type(&page, "agencyWebsite", QStringLiteral("https://agence-du-parc.fr"));
    type(&page, "agencySiret", QStringLiteral("123 456 789 00012"));
    type(&page, "agencyProfessionalCard", QStringLiteral("CPI 6901 2026 000 012 345"));
    child<QPlainTextEdit>(&page, "agencyLegalFooter")
        ->setPlainText(QStringLiteral("Garantie financière : Galian, 89 rue La Boétie, Paris"));
    type(&page, "agencySignatory", QStringLiteral("Claire Martin"));
    CHECK(page.hasUnsavedChanges());
    clickSave(page);

    CHECK(page.visibleProblems().isEmpty());
    CHECK_FALSE(page.hasUnsavedChanges());
    auto agency = AgencyRepository(*s.db).load();
    REQUIRE(agency.ok());
    CHECK(agency->name == QStringLiteral("Agence du Parc"));
    CHECK(agency->address1 == QStringLiteral("12 rue Garibaldi"));
    CHECK(agency->address2 == QStringLiteral("2e étage"));
    CHECK(agency->postalCode == QStringLiteral("69006"));
    CHECK(agency->city == QStringLiteral("Lyon"));
    CHECK(agency->country == QStringLiteral("FR"));
    CHECK(agency->phone == QStringLiteral("04 78 00 00 00"));
    CHECK(agency->email == QStringLiteral("contact@agence-du-parc.fr"));
    CHECK(agency->website == QStringLiteral("https://agence-du-parc.fr"));
    // The SIRET keeps its groups, and letters print it so.
    CHECK(agency->siret == QStringLiteral("123 456 789 00012"));
    {
        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("letter.pdf"));
        LetterFacts facts = SampleLetter::facts(*agency, Level(), QStringLiteral("fr"));
        LetterTemplate letterTemplate;
        letterTemplate.body = QStringLiteral("<p>Madame, Monsieur,</p>");
        REQUIRE(LetterPdf::write({LetterComposer::compose(facts, letterTemplate)}, EnvelopeWindow(),
                                 pdf, QStringLiteral("SIRET"))
                    .ok());
        CHECK(pdfText(pdf).simplified().contains(QStringLiteral("SIRET 123 456 789 00012")));
    }
    CHECK(agency->professionalCard == QStringLiteral("CPI 6901 2026 000 012 345"));
    CHECK(agency->legalFooter ==
          QStringLiteral("Garantie financière : Galian, 89 rue La Boétie, Paris"));
    CHECK(agency->signatory == QStringLiteral("Claire Martin"));

    // Revert forgets what was typed since the last save.
    type(&page, "agencyCity", QStringLiteral("Paris"));
    QTest::mouseClick(child<QPushButton>(&page, "settingsRevert"), Qt::LeftButton);
    CHECK(child<QLineEdit>(&page, "agencyCity")->text() == QStringLiteral("Lyon"));
    CHECK(AgencyRepository(*s.db).load()->city == QStringLiteral("Lyon"));
}

TEST_CASE("A bad agency e-mail SIRET or postal code is refused under its field and nothing is "
          "written")
{
    SettingsScreen s;
    SettingsPage& page = s.page;
    const AgencyIdentity before = AgencyRepository(*s.db).load().value();
    const QStringList settingsBefore = settingsRows(*s.db);

    s.showTab(SettingsPage::LayoutTab);
    child<QDoubleSpinBox>(&page, "windowLeft")->setValue(120);
    s.showTab(SettingsPage::IdentityTab);
    type(&page, "agencyName", QStringLiteral("Agence du Parc"));
    type(&page, "agencyEmail", QStringLiteral("contact@agence"));
    type(&page, "agencySiret", QStringLiteral("123 456 789"));
    type(&page, "agencyAddress1", QStringLiteral("12 rue Garibaldi"));
    type(&page, "agencyPostalCode", QStringLiteral("6900"));
    type(&page, "agencyCity", QStringLiteral("Lyon"));
    s.showTab(SettingsPage::MailTab);
    clickSave(page);

    CHECK(errorUnder(&page, "agencyEmail").contains(QStringLiteral("not valid")));
    CHECK(errorUnder(&page, "agencySiret").contains(QStringLiteral("14 digits")));
    CHECK(errorUnder(&page, "agencyPostalCode").contains(QStringLiteral("five digits")));
    CHECK(errorUnder(&page, "agencyName").isEmpty());
    // The page shows the tab of the first problem.
    CHECK(child<QTabWidget>(&page, "settingsTabs")->currentIndex() == SettingsPage::IdentityTab);
    CHECK(page.hasUnsavedChanges());
    CHECK(AgencyRepository(*s.db).load().value() == before);
    CHECK(settingsRows(*s.db) == settingsBefore);

    // Corrected, it saves (and the messages go).
    type(&page, "agencyEmail", QStringLiteral("contact@agence-du-parc.fr"));
    type(&page, "agencySiret", QStringLiteral("12345678900012"));
    type(&page, "agencyPostalCode", QStringLiteral("69006"));
    clickSave(page);
    CHECK(page.visibleProblems().isEmpty());
    CHECK(AgencyRepository(*s.db).load()->email == QStringLiteral("contact@agence-du-parc.fr"));
}

TEST_CASE("A logo chosen in the settings is stored as PNG and a large one is scaled down")
{
    SettingsScreen s;
    SettingsPage& page = s.page;
    type(&page, "agencyName", QStringLiteral("Agence du Parc"));
    type(&page, "agencyAddress1", QStringLiteral("12 rue Garibaldi"));
    type(&page, "agencyPostalCode", QStringLiteral("69006"));
    type(&page, "agencyCity", QStringLiteral("Lyon"));
    type(&page, "agencyPhone", QStringLiteral("04 78 00 00 00"));
    type(&page, "agencyEmail", QStringLiteral("contact@agence-du-parc.fr"));
    type(&page, "agencyWebsite", QStringLiteral("https://agence-du-parc.fr"));
    type(&page, "agencySiret", QStringLiteral("123 456 789 00012"));
    type(&page, "agencyProfessionalCard", QStringLiteral("CPI 6901 2026 000 012 345"));
    child<QPlainTextEdit>(&page, "agencyLegalFooter")
        ->setPlainText(QStringLiteral("SAS au capital de 10 000 € – RCS Lyon 123 456 789\n"
                                      "Garantie financière : Galian, 89 rue La Boétie, Paris"));
    type(&page, "agencySignatory", QStringLiteral("Claire Martin, gérante"));
    // A JPEG, larger than any letterhead needs.
    QImage big(3000, 1500, QImage::Format_RGB32);
    big.fill(QColor(0x1e, 0x5a, 0x9c));
    const QString jpeg = s.fixture.path(QStringLiteral("logo.jpg"));
    REQUIRE(big.save(jpeg, "JPEG"));
    auto* logo = child<ImageField>(&page, "agencyLogo");
    REQUIRE(logo->chooseFile(jpeg).ok());
    CHECK_FALSE(child<QLabel>(&page, "agencyLogoThumbnail")->pixmap().isNull());
    const QString signature =
        writePng(s.fixture.path(QStringLiteral("signature.png")), 300, 100, Qt::darkBlue);
    REQUIRE(child<ImageField>(&page, "agencySignature")->chooseFile(signature).ok());
    // Not an image: refused, the logo stays.
    TestSupport::writeFile(s.fixture.path(QStringLiteral("notes.png")), "not an image");
    CHECK_FALSE(logo->chooseFile(s.fixture.path(QStringLiteral("notes.png"))).ok());
    clickSave(page);

    auto agency = AgencyRepository(*s.db).load();
    REQUIRE(agency.ok());
    CHECK(agency->logoPng.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8)));
    QImage stored;
    REQUIRE(stored.loadFromData(agency->logoPng, "PNG"));
    CHECK(stored.size() == QSize(1200, 600));
    CHECK(agency->signaturePng.startsWith(QByteArray("\x89PNG", 4)));

    s.showTab(SettingsPage::IdentityTab);
    GuiFixture::screenshot(&page, QStringLiteral("settings"));

    // Remove, save: the database has no logo any more.
    QTest::mouseClick(child<QPushButton>(&page, "agencyLogoRemove"), Qt::LeftButton);
    clickSave(page);
    CHECK(AgencyRepository(*s.db).load()->logoPng.isEmpty());
    CHECK_FALSE(AgencyRepository(*s.db).load()->signaturePng.isEmpty());
}

TEST_CASE("Envelope window offsets saved in the settings are what letters use and the "
          "calibration page shows them")
{
    SettingsScreen s;
    SettingsPage& page = s.page;
    s.showTab(SettingsPage::LayoutTab);
    child<QDoubleSpinBox>(&page, "windowLeft")->setValue(102.5);
    child<QDoubleSpinBox>(&page, "windowTop")->setValue(48);
    child<QDoubleSpinBox>(&page, "windowWidth")->setValue(90);
    child<QDoubleSpinBox>(&page, "windowHeight")->setValue(35.5);

    // The calibration page uses what is typed, before saving.
    const QString pdf = s.fixture.path(QStringLiteral("calibration.pdf"));
    REQUIRE(page.saveCalibrationPdf(pdf).ok());
    CHECK(pdfInfo(pdf, QStringLiteral("Pages")) == QStringLiteral("1"));
    CHECK(pdfText(pdf).simplified().contains(
        QStringLiteral("102.5 mm from the left, 48 mm from the top")));

    clickSave(page);
    const EnvelopeWindow w = SettingsRepository::envelopeWindow(*s.db).value();
    CHECK(w.leftMm == 102.5);
    CHECK(w.topMm == 48);
    CHECK(w.widthMm == 90);
    CHECK(w.heightMm == 35.5);

    QTest::mouseClick(child<QPushButton>(&page, "windowDefaults"), Qt::LeftButton);
    CHECK(child<QDoubleSpinBox>(&page, "windowLeft")->value() == 110);
    CHECK(page.hasUnsavedChanges());
}

TEST_CASE("SMTP settings are saved for sending and the password goes to the keyring only")
{
    qunsetenv("RELANCE_SMTP_PASSWORD");
    SettingsScreen s;
    SettingsPage& page = s.page;
    const QString ca = s.fixture.path(QStringLiteral("ca.pem"));
    TestSupport::writeFile(ca, "-----BEGIN CERTIFICATE-----\n");
    s.fillMail(465, QStringLiteral("tls"), ca);
    type(&page, "smtpReplyTo", QStringLiteral("gestion@agence-du-parc.fr"));
    type(&page, "smtpCc", QStringLiteral("archive@agence-du-parc.fr; direction@agence-du-parc.fr"));
    clickSave(page);
    REQUIRE(page.visibleProblems().isEmpty());

    const SmtpSettings saved = SmtpSettings::load(*s.db).value();
    CHECK(saved.host == QStringLiteral("127.0.0.1"));
    CHECK(saved.port == 465);
    CHECK(saved.security == SmtpSettings::Security::Tls);
    CHECK(saved.user == QStringLiteral("agence"));
    CHECK(saved.fromAddress == QStringLiteral("relances@agence-du-parc.fr"));
    CHECK(saved.fromName == QStringLiteral("Agence du Parc"));
    CHECK(saved.replyTo == QStringLiteral("gestion@agence-du-parc.fr"));
    CHECK(saved.cc == QStringLiteral("archive@agence-du-parc.fr, direction@agence-du-parc.fr"));
    CHECK(saved.caFile == ca);
    CHECK(
        s.keychain
            .readPassword(Keychain::smtpKey(QStringLiteral("agence"), QStringLiteral("127.0.0.1")))
            .value() == QStringLiteral("s3cret"));
    CHECK_FALSE(settingsRows(*s.db).join(u'\n').contains(QStringLiteral("s3cret")));
    // The field is emptied: the password is not kept on screen.
    CHECK(child<QLineEdit>(&page, "smtpPassword")->text().isEmpty());

    // Choosing STARTTLS moves the standard port along.
    auto* security = child<QComboBox>(&page, "smtpSecurity");
    security->setCurrentIndex(security->findData(int(SmtpSettings::Security::StartTls)));
    CHECK(child<QSpinBox>(&page, "smtpPort")->value() == 587);

    // A bad sender address is refused under its field; nothing changes.
    type(&page, "smtpFromAddress", QStringLiteral("relances@"));
    clickSave(page);
    CHECK(errorUnder(&page, "smtpFromAddress").contains(QStringLiteral("not valid")));
    CHECK(child<QTabWidget>(&page, "settingsTabs")->currentIndex() == SettingsPage::MailTab);
    CHECK(SmtpSettings::load(*s.db)->fromAddress == QStringLiteral("relances@agence-du-parc.fr"));
    CHECK(SmtpSettings::load(*s.db)->port == 465);
}

TEST_CASE("A sender name with a control character is refused under its field, as the command "
          "line refuses it")
{
    qunsetenv("RELANCE_SMTP_PASSWORD");
    SettingsScreen s;
    SettingsPage& page = s.page;
    s.fillMail(587, QStringLiteral("starttls"), QString());
    // What a paste from another program can carry: invisible, but it would
    // reach the From header.
    child<QLineEdit>(&page, "smtpFromName")->setText(QStringLiteral("Agence du Parc\u0007"));
    clickSave(page);
    CHECK(errorUnder(&page, "smtpFromName").contains(QStringLiteral("control character")));
    CHECK(child<QTabWidget>(&page, "settingsTabs")->currentIndex() == SettingsPage::MailTab);
    CHECK(SmtpSettings::load(*s.db)->host.isEmpty());
}

TEST_CASE("Settings are saved all at once: when one part is refused no tab is written")
{
    SettingsScreen s;
    REQUIRE(DatabaseSetup::prepare(*s.db).ok());
    SettingsPage& page = s.page;
    page.setToday(QDate(2026, 11, 20));
    type(&page, "agencyName", QStringLiteral("Agence des Quais"));
    child<QDoubleSpinBox>(&page, "windowLeft")->setValue(100);
    auto* model = page.findChild<AutomationTableModel*>();
    REQUIRE(model);
    REQUIRE(model->rowCount() == 4);
    REQUIRE(model->setData(model->index(3, AutomationTableModel::EnabledColumn), Qt::Checked,
                           Qt::CheckStateRole));
    // Meanwhile, someone removes that level in Levels & templates.
    const Program before = ProgramRepository(*s.db).global().value();
    REQUIRE(ProgramEditor(*s.db).removeLevel(before.levels.last().id).ok());

    clickSave(page);
    const QString problems = page.visibleProblems().join(u'\n');
    INFO(problems.toStdString());
    CHECK(problems.contains(QStringLiteral("Nothing was saved")));
    CHECK(problems.contains(QStringLiteral("no longer exists")));
    // The agency and the envelope window, written before the refused part
    // in the same save, are as they were.
    CHECK(AgencyRepository(*s.db).load()->name == QStringLiteral("Agence du Parc"));
    CHECK(SettingsRepository::envelopeWindow(*s.db)->leftMm == 110);
    CHECK(page.hasUnsavedChanges());
}

TEST_CASE("Send a test e-mail delivers a message to the agency's address through a real "
          "server without blocking the page")
{
    qunsetenv("RELANCE_SMTP_PASSWORD");
    SmtpFixture server({QStringLiteral("--security"), QStringLiteral("starttls"),
                        QStringLiteral("--user"), QStringLiteral("agence"),
                        QStringLiteral("--password"), QStringLiteral("s3cret")});
    REQUIRE(server.ready());
    SettingsScreen s;
    SettingsPage& page = s.page;
    type(&page, "agencyName", QStringLiteral("Agence du Parc"));
    type(&page, "agencyEmail", QStringLiteral("contact@agence-du-parc.fr"));
    s.fillMail(server.port(), QStringLiteral("starttls"), server.caFile());
    clickSave(page);
    REQUIRE(page.visibleProblems().isEmpty());

    // The password now comes from the keyring, as it will at the next start.
    REQUIRE(child<QLineEdit>(&page, "smtpPassword")->text().isEmpty());
    QTest::mouseClick(child<QPushButton>(&page, "smtpTest"), Qt::LeftButton);
    CHECK(page.isSendingTestEmail());
    CHECK_FALSE(child<QProgressBar>(&page, "smtpTestBusy")->isHidden());
    CHECK_FALSE(child<QPushButton>(&page, "smtpTest")->isEnabled());
    REQUIRE(GuiFixture::waitUntil([&] { return !page.isSendingTestEmail(); }, 30000));

    const QString result = child<QLabel>(&page, "smtpTestResult")->text();
    INFO(result.toStdString() << "\n" << server.log().toStdString());
    CHECK(result.contains(QStringLiteral("was accepted by 127.0.0.1")));
    CHECK(child<QProgressBar>(&page, "smtpTestBusy")->isHidden());
    GuiFixture::screenshot(&page, QStringLiteral("settings-smtp"));
    REQUIRE(server.waitForMessages(1));
    const QJsonObject message = server.messages().constFirst();
    QStringList rcpts;
    for (const QJsonValue& v : message.value(QStringLiteral("rcpt_tos")).toArray())
        rcpts << v.toString();
    CHECK(rcpts == QStringList{QStringLiteral("contact@agence-du-parc.fr")});
    CHECK(message.value(QStringLiteral("mail_from")).toString() ==
          QStringLiteral("relances@agence-du-parc.fr"));

    // A wrong password is said in plain words, and nothing more arrives.
    type(&page, "smtpPassword", QStringLiteral("wrong"));
    QTest::mouseClick(child<QPushButton>(&page, "smtpTest"), Qt::LeftButton);
    REQUIRE(GuiFixture::waitUntil([&] { return !page.isSendingTestEmail(); }, 30000));
    CHECK(child<QLabel>(&page, "smtpTestResult")
              ->text()
              .startsWith(QStringLiteral("The test e-mail was not sent.")));
    CHECK(server.messages().size() == 1);
}

TEST_CASE("Closing the settings while the test e-mail waits for a server that never answers "
          "returns long before the read time-out")
{
    qunsetenv("RELANCE_SMTP_PASSWORD");
    // Connections are accepted, the greeting never comes.
    SmtpFixture server({QStringLiteral("--security"), QStringLiteral("plain"),
                        QStringLiteral("--fault"), QStringLiteral("silent")});
    REQUIRE(server.ready());
    GuiFixture fixture;
    std::unique_ptr<Database> db = fixture.databaseWithAccounts();
    AgencyIdentity agency;
    agency.name = QStringLiteral("Agence du Parc");
    agency.email = QStringLiteral("contact@agence-du-parc.fr");
    REQUIRE(AgencyRepository(*db).save(agency).ok());
    // Long on purpose: closing must not wait for it.
    const int readTimeoutMs = 60000;
    SmtpSettings smtp;
    smtp.readTimeoutMs = readTimeoutMs;
    REQUIRE(smtp.save(*db).ok());
    MemoryKeychain keychain;
    auto page = std::make_unique<SettingsPage>();
    page->setKeychain(&keychain);
    page->setDatabase(db.get());
    page->show();
    REQUIRE(QTest::qWaitForWindowExposed(page.get()));
    child<QTabWidget>(page.get(), "settingsTabs")->setCurrentIndex(SettingsPage::MailTab);
    type(page.get(), "smtpHost", QStringLiteral("127.0.0.1"));
    auto* security = child<QComboBox>(page.get(), "smtpSecurity");
    security->setCurrentIndex(security->findData(int(SmtpSettings::Security::None)));
    child<QSpinBox>(page.get(), "smtpPort")->setValue(server.port());
    type(page.get(), "smtpFromAddress", QStringLiteral("relances@agence-du-parc.fr"));

    QTest::mouseClick(child<QPushButton>(page.get(), "smtpTest"), Qt::LeftButton);
    REQUIRE(page->isSendingTestEmail());

    QElapsedTimer closing;
    closing.start();
    page->setDatabase(nullptr);
    page.reset();
    CHECK(closing.elapsed() < readTimeoutMs / 2);
    CHECK(server.messages().isEmpty());
}

TEST_CASE("Switching the automation on lists the next run of a level on its day of month")
{
    SettingsScreen s;
    REQUIRE(DatabaseSetup::prepare(*s.db).ok());
    SettingsPage& page = s.page;
    // 20 November 2026: a level on the 25th runs this month, one on the
    // 10th next month (on the 10th of December).
    page.setToday(QDate(2026, 11, 20));
    s.showTab(SettingsPage::AutomationTab);
    auto* table = child<QTableView>(&page, "automationTable");
    auto* model = page.findChild<AutomationTableModel*>();
    REQUIRE(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(table->model(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() == 4);
    CHECK(child<QLabel>(&page, "automationSummary")->text().contains(QStringLiteral("off")));

    const auto cell = [&](int row, int column) {
        return model->index(row, column);
    };
    REQUIRE(model->setData(cell(0, AutomationTableModel::EnabledColumn), Qt::Checked,
                           Qt::CheckStateRole));
    REQUIRE(model->setData(cell(0, AutomationTableModel::DayColumn), 25));
    REQUIRE(model->setData(cell(1, AutomationTableModel::EnabledColumn), Qt::Checked,
                           Qt::CheckStateRole));
    REQUIRE(model->setData(cell(1, AutomationTableModel::DayColumn), 10));
    CHECK_FALSE(model->setData(cell(1, AutomationTableModel::DayColumn), 32));
    const QLocale locale;
    CHECK(cell(0, AutomationTableModel::NextRunColumn).data().toString() ==
          locale.toString(QDate(2026, 11, 25), QLocale::LongFormat));
    CHECK(cell(1, AutomationTableModel::NextRunColumn).data().toString() ==
          locale.toString(QDate(2026, 11, 20),
                          QLocale::LongFormat)); // due since the 10th and not run yet: run-due
                                                 // catches it up today
    CHECK(cell(2, AutomationTableModel::NextRunColumn).data().toString().isEmpty());
    const QString summary = child<QLabel>(&page, "automationSummary")->text();
    CHECK(summary.contains(QStringLiteral("2 level")));
    CHECK(summary.contains(locale.toString(QDate(2026, 11, 25), QLocale::LongFormat)));
    QTest::qWait(50); // lets the layout make room for the longer summary
    GuiFixture::screenshot(&page, QStringLiteral("settings-automation"));
    clickSave(page);
    REQUIRE(page.visibleProblems().isEmpty());

    // Saved on the levels, where run-due reads it.
    auto program = ProgramRepository(*s.db).global();
    REQUIRE(program.ok());
    CHECK(program->levels.at(0).automationEnabled);
    CHECK(program->levels.at(0).automationDay == 25);
    CHECK(program->levels.at(1).automationEnabled);
    CHECK(program->levels.at(1).automationDay == 10);
    CHECK_FALSE(program->levels.at(2).automationEnabled);
    // Read back from the database, the dates are the same.
    REQUIRE(model->rowCount() == 4);
    CHECK(cell(0, AutomationTableModel::NextRunColumn).data(AutomationTableModel::RawSortRole) ==
          QDate(2026, 11, 25));
    CHECK(cell(1, AutomationTableModel::NextRunColumn).data(AutomationTableModel::RawSortRole) ==
          QDate(2026, 11, 20));
}

TEST_CASE("The printer choice is saved where printing reads it")
{
    SettingsScreen s;
    {
        // A printer chosen earlier that is not installed here stays the choice.
        QSettings().setValue(QStringLiteral("printing/printer"), QStringLiteral("Bureau"));
    }
    SettingsPage& page = s.page;
    page.revert();
    s.showTab(SettingsPage::PrintingTab);
    auto* printer = child<QComboBox>(&page, "printer");
    CHECK(printer->currentData().toString() == QStringLiteral("Bureau"));
    CHECK(printer->itemData(0).toString().isEmpty()); // « Ask each time »

    // Choosing it again writes its name (the setting changed meanwhile).
    printer->setCurrentIndex(0);
    printer->setCurrentIndex(printer->findData(QStringLiteral("Bureau")));
    QSettings().setValue(QStringLiteral("printing/printer"), QStringLiteral("Accueil"));
    clickSave(page);
    CHECK(QSettings().value(QStringLiteral("printing/printer")).toString() ==
          QStringLiteral("Bureau"));

    printer->setCurrentIndex(0);
    clickSave(page);
    CHECK(QSettings().value(QStringLiteral("printing/printer")).toString().isEmpty());
    CHECK(printer->currentIndex() == 0);
    // The printer that is not installed is no longer offered once left.
    CHECK(printer->count() == 1 + QPrinterInfo::availablePrinterNames().size());
}

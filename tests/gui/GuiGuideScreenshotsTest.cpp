// The screens the user guide (docs/guide/) shows, in French on a 1024×768
// screen, on a demo agency that has had a run: each one opens with its
// French title and the data a member of staff would look for. With
// RELANCE_GUIDE_SCREENSHOTS=DIR the test also saves each screen as DIR/NAME.png
// (the guide's docs/guide/images/), small enough to keep in the repository.
#include "GuiFixture.h"
#include "TestSupport.h"

#include "dashboard/DashboardHeadline.h"
#include "dashboard/DashboardPage.h"
#include "deadlines/DeadlineFilterProxy.h"
#include "deadlines/DeadlinesPage.h"
#include "debtors/DebtorTableModel.h"
#include "debtors/DebtorsPage.h"
#include "debtors/LetterPreviewDialog.h"
#include "debtors/SimulationDialog.h"
#include "history/HistoryPage.h"
#include "import/ImportDialog.h"
#include "levels/LevelDialog.h"
#include "levels/LevelsPage.h"
#include "mail/MemoryKeychain.h"
#include "main/MainWindow.h"
#include "models/AutomationTableModel.h"
#include "outbox/OutboxView.h"
#include "reminders/RunService.h"
#include "settings/SettingsPage.h"
#include "templates/TemplateEditorDialog.h"
#include "util/Translations.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

namespace {

const QDate asOf(2026, 11, 23);
// The guide asks for images under this size (they live in the repository).
const qint64 maxImageBytes = 150 * 1024;

// Saves `widget` as <RELANCE_GUIDE_SCREENSHOTS>/<name>.png when the variable
// is set: a palette image (a screen has few colours), so that it stays small.
void guideImage(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("RELANCE_GUIDE_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    const QImage image =
        widget->grab().toImage().convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither);
    const QString path = QDir(dir).filePath(name + QLatin1String(".png"));
    REQUIRE(QDir().mkpath(dir));
    REQUIRE(image.save(path, "PNG", 0));
    INFO(path.toStdString());
    CHECK(QFileInfo(path).size() < maxImageBytes);
}

// The demo agency of `relance-cli demo` with its e-mail server, after a run
// on 10 November that printed letters and queued e-mails: by the 23rd some
// debtors are due their second reminder.
std::unique_ptr<Database> guideAgency(GuiFixture& fixture)
{
    const QString path = fixture.path(QStringLiteral("agence.sqlite"));
    GuiFixture::installDemo(path, 60, 8);
    const auto smtp = TestSupport::runCli(
        {QStringLiteral("--db"), path, QStringLiteral("smtp"), QStringLiteral("set"),
         QStringLiteral("--host"), QStringLiteral("smtp.cabinet-delorme.example.com"),
         QStringLiteral("--port"), QStringLiteral("587"), QStringLiteral("--security"),
         QStringLiteral("starttls"), QStringLiteral("--user"),
         QStringLiteral("relances@cabinet-delorme.example.com"), QStringLiteral("--from"),
         QStringLiteral("relances@cabinet-delorme.example.com"), QStringLiteral("--reply-to"),
         QStringLiteral("gestion@cabinet-delorme.example.com")});
    INFO(smtp.err.toStdString());
    REQUIRE(smtp.exitCode == 0);
    auto db = Database::open(DatabaseConfig::sqlite(path));
    REQUIRE(db.ok());
    RunOptions run;
    run.asOf = QDate(2026, 11, 10);
    run.force = true;
    run.userName = QStringLiteral("claire");
    auto done = RunService(**db).run(run);
    REQUIRE(done.ok());
    REQUIRE_FALSE(done->issued.isEmpty());
    return std::move(db.value());
}

template <typename T> T* shownChild(QObject* parent)
{
    T* found = nullptr;
    GuiFixture::waitUntil([&] {
        found = parent->findChild<T*>();
        return found && found->isVisible();
    });
    REQUIRE(found);
    return found;
}

QString readable(QString text)
{
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

QStringList tabTexts(const QTabWidget* tabs)
{
    QStringList out;
    for (int i = 0; i < tabs->count(); ++i)
        out << readable(tabs->tabText(i));
    return out;
}

} // namespace

TEST_CASE("The screens of the user guide open in French on the demo agency")
{
    REQUIRE(QGuiApplication::primaryScreen()->availableGeometry().size() == QSize(1024, 768));
    // As the application does at start-up in a French session, before
    // anything reads a translated text (the merge fields' names are read once).
    Translations::install(*qApp, QStringLiteral("fr"));
    GuiFixture fixture;
    auto db = guideAgency(fixture);

    MainWindow window(std::move(db));
    window.setToday(asOf);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    MemoryKeychain keychain;
    auto* settings = window.findChild<SettingsPage*>();
    REQUIRE(settings);
    settings->setKeychain(&keychain);
    settings->setToday(asOf);

    // The sections, as the guide names them.
    auto* nav = window.findChild<QListWidget*>();
    REQUIRE(nav);
    QStringList sections;
    for (int i = 0; i < nav->count(); ++i)
        sections << nav->item(i)->text();
    INFO(sections.join(u'|').toStdString());
    REQUIRE(sections.size() == MainWindow::SectionCount);
    CHECK(sections.at(MainWindow::DashboardSection) == QStringLiteral("Tableau de bord"));
    CHECK(sections.at(MainWindow::DebtorsSection) == QStringLiteral("Débiteurs"));
    CHECK(sections.at(MainWindow::DeadlinesSection).startsWith(QStringLiteral("Échéances")));
    CHECK(sections.at(MainWindow::AccountsSection) == QStringLiteral("Comptes"));
    CHECK(sections.at(MainWindow::LevelsSection) == QStringLiteral("Niveaux et modèles"));
    CHECK(sections.at(MainWindow::HistorySection) == QStringLiteral("Historique"));
    CHECK(sections.at(MainWindow::SettingsSection) == QStringLiteral("Paramètres"));

    SECTION("Débiteurs, the preview and the simulation")
    {
        window.showSection(MainWindow::DebtorsSection);
        DebtorsPage* debtors = window.debtorsPage();
        debtors->setAsOf(asOf);
        REQUIRE(debtors->reload().ok());
        const DebtorTableModel* model = debtors->model();
        REQUIRE(model->rowCount() > 5);
        // The run of the 10th shows as each debtor's last reminder.
        const QString the10th = QLocale().toString(QDate(2026, 11, 10), QLocale::ShortFormat);
        QStringList lastReminders;
        for (int r = 0; r < model->rowCount(); ++r)
            lastReminders
                << model->index(r, DebtorTableModel::LastReminderColumn).data().toString();
        INFO(lastReminders.join(u'|').toStdString());
        CHECK(lastReminders.contains(QStringLiteral("Niveau 1, ") + the10th));
        debtors->table()->setCurrentIndex(debtors->table()->model()->index(0, 0));
        guideImage(&window, QStringLiteral("debtors"));

        REQUIRE_FALSE(debtors->checkedReminders().isEmpty());
        debtors->preview();
        auto* preview = shownChild<LetterPreviewDialog>(&window);
        CHECK(preview->windowTitle() ==
              QStringLiteral("Aperçu des courriers (rien n'est encore enregistré)"));
        QTest::qWait(200); // the first pages are drawn
        guideImage(preview, QStringLiteral("letter-preview"));
        preview->reject();

        debtors->showSimulation();
        auto* simulation = shownChild<SimulationDialog>(&window);
        auto* report = simulation->findChild<QTextBrowser*>();
        REQUIRE(report);
        CHECK(report->toPlainText().contains(QStringLiteral("Simulation au 23 novembre 2026")));
        guideImage(simulation, QStringLiteral("simulation"));
        simulation->reject();
    }

    SECTION("The import dialog checks a French accounts file before writing it")
    {
        const QString csv = fixture.path(QStringLiteral("comptes.csv"));
        TestSupport::writeFile(
            csv, "Réf;Nom;Adresse;Code postal;Ville;Loyer;Courriel\n"
                 "LOC0901;M. Paul Petit;4 rue Crébillon;44000;Nantes;650,00;paul.petit@exemple.fr\n"
                 "LOC0902;Mme Léa Martin;18 quai de la Fosse;44000;Nantes;720,50;\n");
        QPointer<ImportDialog> import = window.openImportDialog(csv);
        REQUIRE(import);
        REQUIRE(GuiFixture::waitUntil([&] { return !import->isBusy(); }));
        CHECK(import->windowTitle() == QStringLiteral("Importer un fichier CSV"));
        INFO(import->reportText().toStdString());
        CHECK(import->reportText().contains(QStringLiteral("Rien n'a encore été écrit")));
        guideImage(import, QStringLiteral("import"));
        import->reject();
    }

    SECTION("Niveaux et modèles: the default program, a level and a template")
    {
        window.showSection(MainWindow::LevelsSection);
        auto* levels = window.findChild<LevelsPage*>();
        REQUIRE(levels);
        const QAbstractItemModel* levelModel = levels->levelTable()->model();
        REQUIRE(levelModel->rowCount() == 4);
        QStringList names;
        for (int r = 0; r < levelModel->rowCount(); ++r)
            for (int c = 0; c < levelModel->columnCount(); ++c)
                names << levelModel->index(r, c).data().toString();
        CHECK(names.contains(QStringLiteral("Première relance")));
        CHECK(names.contains(QStringLiteral("Mise en demeure")));
        levels->levelTable()->selectRow(0);
        guideImage(&window, QStringLiteral("levels"));

        levels->editCurrentLevel();
        LevelDialog* level = levels->openLevelDialog();
        REQUIRE(level);
        REQUIRE(QTest::qWaitForWindowExposed(level));
        CHECK(level->windowTitle() == QStringLiteral("Niveau 1 — Première relance"));
        guideImage(level, QStringLiteral("level-dialog"));
        level->reject();

        levels->templateTable()->selectRow(0);
        levels->editCurrentTemplate();
        TemplateEditorDialog* editor = levels->openTemplateEditor();
        REQUIRE(editor);
        REQUIRE(QTest::qWaitForWindowExposed(editor));
        INFO(editor->windowTitle().toStdString());
        CHECK(editor->windowTitle().startsWith(QStringLiteral("Modèle")));
        CHECK(editor->windowTitle().contains(QStringLiteral("Modèle standard")));
        CHECK(editor->windowTitle().endsWith(QStringLiteral("— Première relance")));
        QTest::qWait(200); // the live preview is drawn
        guideImage(editor, QStringLiteral("template-editor"));
        editor->reject();
    }

    SECTION("Historique: the reminders of the run and its e-mails in the outbox")
    {
        window.showSection(MainWindow::HistorySection);
        auto* history = window.findChild<HistoryPage*>();
        REQUIRE(history);
        CHECK(readable(history->tabs()->tabText(HistoryPage::RemindersTab)) ==
              QStringLiteral("Relances"));
        guideImage(&window, QStringLiteral("history"));
        history->tabs()->setCurrentIndex(HistoryPage::OutboxTab);
        QApplication::processEvents();
        CHECK(readable(history->tabs()->tabText(HistoryPage::OutboxTab))
                  .startsWith(QStringLiteral("Boîte d'envoi")));
        QTableView* outbox = history->outboxView()->table();
        REQUIRE(outbox->model()->rowCount() > 0);
        guideImage(&window, QStringLiteral("outbox"));
    }

    SECTION("Échéances: the recovery deadlines as of the demo's date")
    {
        window.showSection(MainWindow::DeadlinesSection);
        DeadlinesPage* deadlines = window.deadlinesPage();
        deadlines->setAsOf(asOf);
        REQUIRE(GuiFixture::waitUntil([deadlines] { return deadlines->isUpToDate(); }, 60000));
        CHECK(deadlines->proxy()->rowCount() > 0);
        INFO(deadlines->summaryText().toStdString());
        CHECK(deadlines->summaryText().contains(QStringLiteral("échéance")));
        guideImage(&window, QStringLiteral("deadlines"));
    }

    SECTION("Tableau de bord: the arrears in euros")
    {
        window.showSection(MainWindow::DashboardSection);
        DashboardPage* dashboard = window.dashboardPage();
        dashboard->setAsOf(asOf);
        REQUIRE(GuiFixture::waitUntil([dashboard] { return dashboard->isUpToDate(); }, 60000));
        INFO(dashboard->statusText().toStdString());
        REQUIRE(dashboard->statusText().isEmpty());
        CHECK(dashboard->headline()->totalText().endsWith(QStringLiteral("€")));
        CHECK(readable(dashboard->statementsButton()->text()) ==
              QStringLiteral("Relevés des propriétaires…"));
        guideImage(&window, QStringLiteral("dashboard"));
    }

    SECTION("Paramètres: the e-mail server and the automation")
    {
        window.showSection(MainWindow::SettingsSection);
        auto* tabs = settings->findChild<QTabWidget*>();
        REQUIRE(tabs);
        const QStringList names = tabTexts(tabs);
        INFO(names.join(u'|').toStdString());
        CHECK(names.at(SettingsPage::MailTab) == QStringLiteral("E-mail"));
        CHECK(names.at(SettingsPage::AutomationTab) == QStringLiteral("Automatisation"));

        tabs->setCurrentIndex(SettingsPage::MailTab);
        QApplication::processEvents();
        auto* server = settings->findChild<QLineEdit*>(QStringLiteral("smtpHost"));
        REQUIRE(server);
        CHECK(server->text() == QStringLiteral("smtp.cabinet-delorme.example.com"));
        guideImage(&window, QStringLiteral("settings-email"));

        // The first two levels issued by themselves on the 5th and the 20th.
        tabs->setCurrentIndex(SettingsPage::AutomationTab);
        QApplication::processEvents();
        auto* automation = settings->findChild<AutomationTableModel*>();
        REQUIRE(automation);
        REQUIRE(automation->rowCount() == 4);
        for (const auto& [row, day] : {std::pair{0, 5}, std::pair{1, 20}}) {
            REQUIRE(automation->setData(automation->index(row, AutomationTableModel::EnabledColumn),
                                        Qt::Checked, Qt::CheckStateRole));
            REQUIRE(
                automation->setData(automation->index(row, AutomationTableModel::DayColumn), day));
        }
        REQUIRE(settings->save());
        QApplication::processEvents();
        auto* summary = settings->findChild<QLabel*>(QStringLiteral("automationSummary"));
        REQUIRE(summary);
        INFO(summary->text().toStdString());
        CHECK(summary->text().contains(QStringLiteral("activée pour 2 niveaux")));
        guideImage(&window, QStringLiteral("settings-automation"));
    }
}

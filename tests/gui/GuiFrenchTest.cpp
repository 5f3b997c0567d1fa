// Walks every section and dialog of the application in French on a
// 1024×768 screen, as a new agency would see it: no English text, no stored
// code shown raw, every window inside the screen, columns wide enough to
// read. The screen comes from offscreen-1024x768.json (tests/gui/CMakeLists).
#include "GuiFixture.h"
#include "TestSupport.h"

#include "accounts/AccountDialog.h"
#include "accounts/AccountsPage.h"
#include "debtors/AccountRemindersModel.h"
#include "debtors/DebtorFilterProxy.h"
#include "debtors/DebtorTableModel.h"
#include "debtors/DebtorsPage.h"
#include "debtors/SimulationDialog.h"
#include "history/HistoryPage.h"
#include "history/HistoryTableModel.h"
#include "history/HistoryView.h"
#include "import/ImportDialog.h"
#include "ledger/Account.h"
#include "levels/LevelDialog.h"
#include "levels/LevelsPage.h"
#include "mail/OutboxState.h"
#include "main/MainWindow.h"
#include "outbox/OutboxTableModel.h"
#include "outbox/OutboxView.h"
#include "reminders/CodeLabels.h"
#include "reminders/DefaultProgram.h"
#include "reminders/FeeInvoiceState.h"
#include "reminders/Level.h"
#include "reminders/Planner.h"
#include "reminders/ReminderState.h"
#include "reminders/RunService.h"
#include "reminders/RunStatus.h"
#include "reminders/SkipReason.h"
#include "storage/AccountRepository.h"
#include "templates/TemplateEditorDialog.h"
#include "util/Translations.h"

#include "debtors/LetterPreviewDialog.h"
#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QRegularExpression>
#include <QScreen>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QXmlStreamReader>

#include <functional>

namespace {

const QDate asOf(2026, 11, 23);

// Every label of a stored code, so that its English form (read before the
// French translator is installed) can be told apart from its French one.
QList<std::function<QString()>> codeLabels()
{
    QList<std::function<QString()>> out;
    auto add = [&out](std::function<QString()> label) {
        out.append(std::move(label));
    };
    for (auto v : {LeaseType::Residential, LeaseType::Furnished, LeaseType::Commercial,
                   LeaseType::Professional, LeaseType::Parking, LeaseType::Other})
        add([v] { return AccountKeys::label(v); });
    for (auto v : {PaymentMethod::Transfer, PaymentMethod::Cheque, PaymentMethod::DirectDebit,
                   PaymentMethod::Cash, PaymentMethod::Other})
        add([v] { return AccountKeys::label(v); });
    for (auto v : {AccountStatus::Active, AccountStatus::Departed})
        add([v] { return AccountKeys::label(v); });
    for (auto v : {ProgramMode::Global, ProgramMode::None, ProgramMode::Custom})
        add([v] { return AccountKeys::label(v); });
    for (auto e : {Exclusion::DirectDebit, Exclusion::PaymentPlan, Exclusion::Litigation,
                   Exclusion::Departed})
        add([e] { return LevelKeys::exclusionLabel(e); });
    for (const char* key : {"tenant", "guarantor"})
        add([key] { return CodeLabels::recipient(QString::fromLatin1(key)); });
    for (const char* key : {"letter", "email"})
        add([key] { return CodeLabels::channel(QString::fromLatin1(key)); });
    for (LetterState s : LetterStates::all())
        add([s] { return LetterStates::label(s); });
    for (OutboxState s : OutboxStates::all())
        add([s] { return OutboxStates::label(s); });
    for (FeeInvoiceState s : FeeInvoiceStates::all())
        add([s] { return FeeInvoiceStates::label(s); });
    for (RunStatus s : RunStatuses::all())
        add([s] { return RunStatuses::label(s); });
    for (RunMode m : {RunMode::Manual, RunMode::Automated})
        add([m] { return RunStatuses::label(m); });
    for (const char* key :
         {"program_none", "excluded:direct_debit", "excluded:payment_plan", "excluded:litigation",
          "excluded:departed", "below_threshold", "max_level_reached", "too_early",
          "gap_not_elapsed", "no_address", "no_email"}) {
        const auto reason = SkipReason::fromKey(QString::fromLatin1(key));
        REQUIRE(reason);
        add([r = *reason] { return r.label(); });
        add([r = *reason] { return CodeLabels::overridden(r); });
    }
    add([] { return DefaultProgram::displayName(QStringLiteral("Default program")); });
    return out;
}

// Labels that French writes as English does.
const QStringList sameInFrench = {QStringLiteral("Commercial"), QStringLiteral("Parking"),
                                  QStringLiteral("E-mail")};

// Storage keys that read as code on a screen.
const QStringList rawKeys = {
    QStringLiteral("excluded:"),       QStringLiteral("payment_plan"),
    QStringLiteral("direct_debit"),    QStringLiteral("program_none"),
    QStringLiteral("below_threshold"), QStringLiteral("max_level_reached"),
    QStringLiteral("too_early"),       QStringLiteral("gap_not_elapsed"),
    QStringLiteral("no_address"),      QStringLiteral("no_email"),
    QStringLiteral("credit_note"),     QStringLiteral("payment_reversal"),
    QStringLiteral("stale_ledger"),
};

// English source → French translation, for every message of the French file
// whose translation differs from its source.
QHash<QString, QString> translatedSources()
{
    QFile file(QStringLiteral(RELANCE_SOURCE_DIR "/translations/relance_fr.ts"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QHash<QString, QString> out;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            source.clear();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!source.isEmpty() && !translation.isEmpty() && translation != source &&
                !source.contains(u'%'))
                out.insert(source, translation);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    REQUIRE(out.size() > 500);
    return out;
}

// What a screen shows, as the user reads it.
QString readable(QString text)
{
    if (Qt::mightBeRichText(text)) {
        QTextDocument doc;
        doc.setHtml(text);
        text = doc.toPlainText();
    }
    // Mnemonics: « &Fichier » reads « Fichier ».
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text.trimmed();
}

struct Shown
{
    QString where;
    QString text;
};

void collectView(const QAbstractItemView* view, const QString& where, QList<Shown>& out)
{
    const QAbstractItemModel* model = view->model();
    if (!model)
        return;
    const auto* table = qobject_cast<const QTableView*>(view);
    for (int c = 0; c < model->columnCount(); ++c) {
        if (table && table->isColumnHidden(c))
            continue;
        out.append({where + QStringLiteral(" header"),
                    model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString()});
        for (int r = 0; r < qMin(8, model->rowCount()); ++r)
            out.append({where + QStringLiteral(" row %1").arg(r),
                        model->index(r, c).data(Qt::DisplayRole).toString()});
    }
}

// Every text a user can see in `root` now.
QList<Shown> visibleTexts(QWidget* root, const QString& where)
{
    QList<Shown> out;
    out.append({where + QStringLiteral(" title"), root->windowTitle()});
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : std::as_const(widgets)) {
        if (!w->isVisible())
            continue;
        const QString name =
            where + u'/' +
            (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                       : w->objectName());
        if (auto* label = qobject_cast<QLabel*>(w))
            out.append({name, label->text()});
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            out.append({name, button->text()});
        else if (auto* edit = qobject_cast<QLineEdit*>(w))
            out.append({name + QStringLiteral(" placeholder"), edit->placeholderText()});
        else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                out.append({name + QStringLiteral(" item"), combo->itemText(i)});
        } else if (auto* view = qobject_cast<QAbstractItemView*>(w))
            collectView(view, name, out);
        if (auto* box = qobject_cast<QGroupBox*>(w))
            out.append({name + QStringLiteral(" title"), box->title()});
        if (auto* tabs = qobject_cast<QTabWidget*>(w))
            for (int i = 0; i < tabs->count(); ++i)
                out.append({name + QStringLiteral(" tab"), tabs->tabText(i)});
    }
    return out;
}

class FrenchScreens
{
public:
    FrenchScreens()
        : m_sources(translatedSources())
    {
        const auto labels = codeLabels();
        QStringList english;
        for (const auto& label : labels)
            english << label();
        // As the application does at start-up (Application::run).
        Translations::install(*qApp, QStringLiteral("fr"));
        for (qsizetype i = 0; i < labels.size(); ++i)
            if (labels.at(i)() != english.at(i))
                m_sources.insert(english.at(i), labels.at(i)());
            else if (!sameInFrench.contains(english.at(i)))
                m_untranslatedCodes << english.at(i);
    }

    QStringList untranslatedCodes() const { return m_untranslatedCodes; }

    // The English texts `root` shows now, and the stored codes shown raw.
    QStringList problems(QWidget* root, const QString& where) const
    {
        QStringList found;
        for (const Shown& s : visibleTexts(root, where)) {
            const QString text = readable(s.text);
            if (text.isEmpty())
                continue;
            if (m_sources.contains(text))
                found << QStringLiteral("%1: « %2 » (French: « %3 »)")
                             .arg(s.where, text, m_sources.value(text));
            for (const QString& key : rawKeys)
                if (text.contains(key))
                    found << QStringLiteral("%1: « %2 » shows the code %3").arg(s.where, text, key);
        }
        return found;
    }

private:
    QHash<QString, QString> m_sources;
    QStringList m_untranslatedCodes;
};

// A window or dialog on this screen: what it asks for and where it is.
void checkFits(QWidget* window, const QString& name)
{
    QApplication::processEvents();
    const QRect available = window->screen()->availableGeometry();
    INFO(name.toStdString() << ": frame " << window->frameGeometry().width() << "×"
                            << window->frameGeometry().height() << " at "
                            << window->frameGeometry().x() << "," << window->frameGeometry().y()
                            << ", minimum " << window->minimumSizeHint().width() << "×"
                            << window->minimumSizeHint().height() << ", hint "
                            << window->sizeHint().width() << "×" << window->sizeHint().height());
    CHECK(window->minimumSizeHint().height() <= available.height());
    CHECK(window->sizeHint().height() <= available.height());
    // The offscreen platform draws a frame of 2 px; a window manager's is
    // wider (about 8 px each side on Windows): the smallest window must
    // leave room for that.
    const int frameAllowance = 16;
    CHECK(window->minimumSizeHint().width() + frameAllowance <= available.width());
    CHECK(window->frameGeometry().width() <= available.width());
    CHECK(window->frameGeometry().height() <= available.height());
}

// The column shows its header and its first cells whole.
void checkColumnShows(const QTableView* table, int column, const QString& name)
{
    const QAbstractItemModel* model = table->model();
    REQUIRE(model);
    const int width = table->columnWidth(column);
    const QString header = model->headerData(column, Qt::Horizontal).toString();
    const QFontMetrics headerMetrics(table->horizontalHeader()->font());
    INFO(name.toStdString() << ": « " << header.toStdString() << " » " << width << " px");
    CHECK(width >= headerMetrics.horizontalAdvance(header) + 8);
    for (int r = 0; r < qMin(5, model->rowCount()); ++r) {
        const QString cell = model->index(r, column).data().toString();
        INFO("row " << r << ": « " << cell.toStdString() << " »");
        // A cell's text is drawn inside the style's focus margin on each side
        // (QCommonStyle: PM_FocusFrameHMargin + 1); less than that is elided.
        const int margin =
            2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
        CHECK(width >= table->fontMetrics().horizontalAdvance(cell) + margin);
    }
}

// The demo agency of `relance-cli demo` (made by the command line in the
// test's English environment, as cron would), with a run that issued
// reminders and queued e-mails, and a manual reminder that overrode a
// payment plan.
std::unique_ptr<Database> demoDatabase(GuiFixture& fixture, QString* manualRef = nullptr)
{
    const QString path = fixture.path(QStringLiteral("demo.sqlite"));
    GuiFixture::installDemo(path, 60, 8);
    auto db = Database::open(DatabaseConfig::sqlite(path));
    REQUIRE(db.ok());
    auto plan = Planner::build(**db, asOf);
    REQUIRE(plan.ok());
    QStringList overridable;
    for (const PlanSkip& s : plan->skipped)
        if (s.manual && s.reason.code == SkipReason::Excluded)
            overridable << s.ref;
    REQUIRE_FALSE(overridable.isEmpty());
    RunOptions manual;
    manual.asOf = asOf;
    manual.accountRefs = {overridable.first()};
    manual.manual = true;
    manual.force = true;
    manual.userName = QStringLiteral("test");
    auto manualRun = RunService(**db).run(manual);
    REQUIRE(manualRun.ok());
    REQUIRE(manualRun->issued.size() == 1);
    if (manualRef)
        *manualRef = overridable.first();
    RunOptions all;
    all.asOf = asOf;
    all.force = true;
    all.userName = QStringLiteral("test");
    auto run = RunService(**db).run(all);
    REQUIRE(run.ok());
    REQUIRE_FALSE(run->issued.isEmpty());
    return std::move(db.value());
}

template <typename T> T* waitForChild(QObject* parent, const char* name = nullptr)
{
    T* found = nullptr;
    GuiFixture::waitUntil([&] {
        found = name ? parent->findChild<T*>(QString::fromLatin1(name)) : parent->findChild<T*>();
        return found && found->isVisible();
    });
    REQUIRE(found);
    return found;
}

void checkFrench(const FrenchScreens& screens, QWidget* root, const QString& where)
{
    const QStringList problems = screens.problems(root, where);
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}

// Shows each tab of every tab widget of `root` in turn and checks it.
void walkTabs(const FrenchScreens& screens, QWidget* root, const QString& where)
{
    checkFrench(screens, root, where);
    for (QTabWidget* tabs : root->findChildren<QTabWidget*>()) {
        if (!tabs->isVisible())
            continue;
        const int was = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QApplication::processEvents();
            checkFrench(screens, root, where + u'[' + readable(tabs->tabText(i)) + u']');
        }
        tabs->setCurrentIndex(was);
    }
}

} // namespace

TEST_CASE("Every screen and dialog speaks French and fits a 1024×768 screen")
{
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    REQUIRE(available.size() == QSize(1024, 768));
    GuiFixture fixture;
    QString manualRef;
    auto db = demoDatabase(fixture, &manualRef);
    auto manualAccount = AccountRepository(*db).byRef(manualRef);
    REQUIRE(manualAccount.ok());
    const qint64 planAccount = manualAccount->id;

    FrenchScreens screens;
    INFO("codes left in English: " << screens.untranslatedCodes().join(u'|').toStdString());
    CHECK(screens.untranslatedCodes().isEmpty());

    // The first start, with no saved geometry: most of the screen.
    MainWindow window(std::move(db));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    // The debtors are read once the window shows: every text is then in view.
    REQUIRE(GuiFixture::waitUntil([&] { return !window.debtorsPage()->isLoading(); }));
    CHECK(window.frameGeometry().width() >= available.width() * 85 / 100);
    CHECK(window.frameGeometry().height() >= available.height() * 85 / 100);
    CHECK(available.contains(window.frameGeometry()));
    checkFits(&window, QStringLiteral("main window"));

    for (int s = 0; s < MainWindow::SectionCount; ++s) {
        window.showSection(MainWindow::Section(s));
        QApplication::processEvents();
        const QString where = QStringLiteral("section %1").arg(s);
        walkTabs(screens, &window, where);
        checkFits(&window, where);
    }

    // Debtors: the skip reasons read once, the reminders sent show their
    // header, the search box keeps room to type.
    window.showSection(MainWindow::DebtorsSection);
    auto* debtors = window.findChild<DebtorsPage*>();
    REQUIRE(debtors);
    // On this screen the filters go on a second row: the search box has
    // room for a name and a town, not the 20 characters left beside them.
    CHECK(debtors->searchBox()->width() >=
          debtors->searchBox()->fontMetrics().averageCharWidth() * 30);
    const DebtorTableModel* debtorModel = debtors->model();
    for (int r = 0; r < debtorModel->rowCount(); ++r) {
        const QString next = debtorModel->index(r, DebtorTableModel::NextColumn).data().toString();
        INFO(next.toStdString());
        CHECK_FALSE(next.contains(QStringLiteral("Exclu\u00a0:")));
        CHECK_FALSE(next.contains(QStringLiteral("Exclu :")));
    }
    const int planRow = debtorModel->rowOf(planAccount);
    REQUIRE(planRow >= 0);
    debtors->table()->setCurrentIndex(
        debtors->proxy()->mapFromSource(debtorModel->index(planRow, 0)));
    QApplication::processEvents();
    auto* reminders = debtors->findChild<QTableView*>(QStringLiteral("accountReminders"));
    REQUIRE(reminders);
    REQUIRE(reminders->model()->rowCount() > 0);
    checkFrench(screens, &window, QStringLiteral("debtor with reminders"));
    checkColumnShows(reminders, AccountRemindersModel::OverdueColumn,
                     QStringLiteral("reminders sent"));
    GuiFixture::screenshot(&window, QStringLiteral("french-debtors"));

    // The simulation, dated in words with its year.
    debtors->showSimulation();
    auto* simulation = waitForChild<SimulationDialog>(&window);
    walkTabs(screens, simulation, QStringLiteral("simulation"));
    checkFits(simulation, QStringLiteral("simulation"));
    auto* report = simulation->findChild<QTextBrowser*>();
    REQUIRE(report);
    INFO(report->toPlainText().left(200).toStdString());
    CHECK(report->toPlainText().contains(QStringLiteral("Simulation au")));
    CHECK(report->toPlainText().contains(
        QRegularExpression(QStringLiteral("Simulation au .{3,20} 20\\d\\d"))));
    simulation->reject();

    // The preview of the letters.
    debtors->selectAll();
    debtors->preview();
    auto* preview = waitForChild<LetterPreviewDialog>(&window, "letterPreview");
    walkTabs(screens, preview, QStringLiteral("preview"));
    checkFits(preview, QStringLiteral("preview"));
    preview->reject();

    // History: the manual reminder says in words what it overrode.
    window.showSection(MainWindow::HistorySection);
    auto* history = window.findChild<HistoryPage*>();
    REQUIRE(history);
    history->tabs()->setCurrentIndex(HistoryPage::RemindersTab);
    QApplication::processEvents();
    QTableView* historyTable = history->historyView()->table();
    const QAbstractItemModel* historyModel = historyTable->model();
    QStringList manualTexts;
    for (int r = 0; r < historyModel->rowCount(); ++r) {
        const QString manual =
            historyModel->index(r, HistoryTableModel::ManualColumn).data().toString();
        if (!manual.isEmpty())
            manualTexts << manual;
    }
    REQUIRE(manualTexts.size() == 1);
    CHECK(manualTexts.first().startsWith(QStringLiteral("Manuelle (malgré")));
    checkColumnShows(historyTable, HistoryTableModel::RefColumn, QStringLiteral("history ref"));
    GuiFixture::screenshot(&window, QStringLiteral("french-history"));
    history->tabs()->setCurrentIndex(HistoryPage::OutboxTab);
    QApplication::processEvents();
    QTableView* outboxTable = history->outboxView()->table();
    REQUIRE(outboxTable->model()->rowCount() > 0);
    checkFrench(screens, &window, QStringLiteral("outbox"));
    checkColumnShows(outboxTable, OutboxTableModel::StateColumn, QStringLiteral("outbox state"));

    // Accounts: the form of an account on a payment plan or in litigation.
    window.showSection(MainWindow::AccountsSection);
    AccountsPage* accounts = window.accountsPage();
    accounts->editAccount(planAccount);
    AccountDialog* account = accounts->openDialog();
    REQUIRE(account);
    REQUIRE(QTest::qWaitForWindowExposed(account));
    walkTabs(screens, account, QStringLiteral("account"));
    checkFits(account, QStringLiteral("account dialog"));
    GuiFixture::screenshot(account, QStringLiteral("french-account"));
    account->reject();

    // Levels: a level and a template.
    window.showSection(MainWindow::LevelsSection);
    auto* levels = window.findChild<LevelsPage*>();
    REQUIRE(levels);
    levels->levelTable()->selectRow(0);
    levels->editCurrentLevel();
    LevelDialog* level = levels->openLevelDialog();
    REQUIRE(level);
    REQUIRE(QTest::qWaitForWindowExposed(level));
    walkTabs(screens, level, QStringLiteral("level"));
    checkFits(level, QStringLiteral("level dialog"));
    level->reject();
    levels->templateTable()->selectRow(0);
    levels->editCurrentTemplate();
    TemplateEditorDialog* editor = levels->openTemplateEditor();
    REQUIRE(editor);
    REQUIRE(QTest::qWaitForWindowExposed(editor));
    walkTabs(screens, editor, QStringLiteral("template editor"));
    checkFits(editor, QStringLiteral("template editor"));
    GuiFixture::screenshot(editor, QStringLiteral("french-template-editor"));
    editor->reject();

    // Import.
    const QString csv = fixture.path(QStringLiteral("comptes.csv"));
    TestSupport::writeFile(csv, "ref;nom;ville;loyer\n"
                                "LOC90;M. Paul Petit;Nantes;650,00\n");
    QPointer<ImportDialog> import = window.openImportDialog(csv);
    REQUIRE(import);
    REQUIRE(GuiFixture::waitUntil([&] { return !import->isBusy(); }));
    walkTabs(screens, import, QStringLiteral("import"));
    checkFits(import, QStringLiteral("import dialog"));
    import->reject();
}

TEST_CASE("The command line's French history says what a manual reminder overrode, in words")
{
    GuiFixture fixture;
    demoDatabase(fixture);
    const auto history = TestSupport::runCli({QStringLiteral("history"), QStringLiteral("--lang"),
                                              QStringLiteral("fr"), QStringLiteral("--db"),
                                              fixture.path(QStringLiteral("demo.sqlite"))});
    INFO(history.err.toStdString());
    REQUIRE(history.exitCode == 0);
    const QString out = history.out;
    CHECK(out.contains(QStringLiteral("manuelle (malgré")));
    for (const QString& key : rawKeys)
        CHECK_FALSE(out.contains(key));
    CHECK_FALSE(out.contains(QStringLiteral("queued")));
    CHECK_FALSE(out.contains(QStringLiteral("letter+email")));
}

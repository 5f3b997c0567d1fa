#include "GuiFixture.h"
#include "SmtpFixture.h"
#include "TestSupport.h"
#include "common/AgencyMail.h"
#include "mail/MemoryKeychain.h"
#include "mail/SmtpSettings.h"
#include "storage/AgencyRepository.h"
#include "storage/LedgerRepository.h"
#include "storage/TemplateRepository.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include "common/MessageBox.h"
#include "letters/DefaultTemplates.h"
#include "letters/TemplateEngine.h"
#include "levels/LevelDialog.h"
#include "levels/LevelTableModel.h"
#include "levels/LevelsPage.h"
#include "main/MainWindow.h"
#include "setup/DatabaseSetup.h"
#include "storage/ProgramRepository.h"
#include "storage/TemplateRepository.h"
#include "templates/TemplateBodyHtml.h"
#include "templates/TemplateEditorDialog.h"
#include "templates/TemplateListModel.h"
#include "templates/TemplateTextEdit.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>

namespace {

// A database as a new agency has it: the default program and its letters.
std::unique_ptr<Database> preparedDatabase(GuiFixture& fixture)
{
    auto db = fixture.databaseWithAccounts();
    Status s = DatabaseSetup::prepare(*db);
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
    return db;
}

// The page on its own, shown, on `db`.
std::unique_ptr<LevelsPage> openPage(const Database& db)
{
    auto page = std::make_unique<LevelsPage>();
    page->resize(1200, 720);
    page->setDatabase(&db);
    page->show();
    REQUIRE(QTest::qWaitForWindowExposed(page.get()));
    return page;
}

Program globalProgram(const Database& db)
{
    auto program = ProgramRepository(db).global();
    REQUIRE(program.ok());
    return *program;
}

template <typename T> T* child(QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    INFO("child " << name);
    REQUIRE(w);
    return w;
}

void replaceText(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    edit->insert(text);
}

void clickButton(QDialog* dialog, QDialogButtonBox::StandardButton which)
{
    auto* box = dialog->findChild<QDialogButtonBox*>();
    REQUIRE(box);
    QPushButton* button = box->button(which);
    REQUIRE(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

LevelDialog* openLevel(LevelsPage& page, qint64 id)
{
    page.selectLevel(id);
    page.editCurrentLevel();
    LevelDialog* dialog = page.openLevelDialog();
    REQUIRE(dialog);
    return dialog;
}

QAction* fieldAction(QMenu* menu, const QString& field)
{
    const auto actions = menu->findChildren<QAction*>(QStringLiteral("field:") + field);
    REQUIRE(!actions.isEmpty());
    return actions.first();
}

QString plainTextOf(const QString& html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText().simplified();
}

} // namespace

TEST_CASE("The levels table lists the global program's levels as the database holds them")
{
    GuiFixture fixture;
    auto db = preparedDatabase(fixture);
    const Program program = globalProgram(*db);
    REQUIRE(program.levels.size() == 4);
    auto page = openPage(*db);

    CHECK(page->programChoice()->currentText().contains(program.name));
    CHECK(page->programChoice()->currentText().contains(QStringLiteral("global")));
    const QAbstractItemModel* shown = page->levelTable()->model();
    REQUIRE(shown->rowCount() == 4);
    for (int row = 0; row < 4; ++row) {
        const Level& l = program.levels.at(row);
        auto cell = [&](int column) {
            return shown->index(row, column).data().toString();
        };
        CHECK(cell(LevelTableModel::PositionColumn) == QString::number(l.position));
        CHECK(cell(LevelTableModel::NameColumn) == l.name);
        CHECK(cell(LevelTableModel::ThresholdColumn) == l.threshold.toLocaleString());
        CHECK(cell(LevelTableModel::DelayColumn).startsWith(QString::number(l.delayDays)));
        CHECK(cell(LevelTableModel::DeadlineColumn)
                  .startsWith(QString::number(l.paymentDeadlineDays)));
    }
    CHECK(shown->index(0, LevelTableModel::NameColumn).data().toString() ==
          QStringLiteral("Première relance"));
    CHECK(shown->index(2, LevelTableModel::RecipientsColumn).data().toString() ==
          QStringLiteral("Guarantors"));
    CHECK(shown->index(3, LevelTableModel::ChannelsColumn).data().toString() ==
          QStringLiteral("Registered letter, E-mail"));

    // The first level is selected and its letters (French and English) listed.
    CHECK(page->currentLevelId() == program.levels.first().id);
    auto templates = TemplateRepository(*db).ofLevel(program.levels.first().id);
    REQUIRE(templates.ok());
    CHECK(page->templateTable()->model()->rowCount() == templates->size());
    CHECK(templates->size() == 2);

    GuiFixture::screenshot(page.get(), QStringLiteral("levels"));
}

TEST_CASE("The Levels section of the main window shows the page")
{
    GuiFixture fixture;
    auto window = std::make_unique<MainWindow>(preparedDatabase(fixture));
    window->resize(1280, 760);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    window->showSection(MainWindow::LevelsSection);
    auto* page = window->findChild<LevelsPage*>();
    REQUIRE(page);
    CHECK(page->isVisible());
    CHECK(page->levelTable()->model()->rowCount() == 4);
    GuiFixture::screenshot(window.get(), QStringLiteral("levels-window"));
    // The page never forces a small screen's window to grow.
    window->resize(900, 600);
    QCoreApplication::processEvents();
    CHECK(window->size() == QSize(900, 600));
}

TEST_CASE("Editing a level through its dialog saves name threshold fee and day of month")
{
    GuiFixture fixture;
    auto db = preparedDatabase(fixture);
    const Level before = globalProgram(*db).levels.at(1);
    auto page = openPage(*db);
    LevelDialog* dialog = openLevel(*page, before.id);

    replaceText(child<QLineEdit>(dialog, "name"), QStringLiteral("Relance ferme"));
    replaceText(child<QLineEdit>(dialog, "threshold"), QStringLiteral("25,50"));
    child<QSpinBox>(dialog, "delayDays")->setValue(20);
    child<QCheckBox>(dialog, "excludeLitigation")->setChecked(false);
    dialog->tabs()->setCurrentIndex(LevelDialog::FeeTab);
    replaceText(child<QLineEdit>(dialog, "feeAmount"), QStringLiteral("35,00"));
    replaceText(child<QLineEdit>(dialog, "feeSupplierAccount"), QStringLiteral("401FRAIS"));
    replaceText(child<QLineEdit>(dialog, "feeExpenseAccount"), QStringLiteral("6226"));
    child<QCheckBox>(dialog, "feeAutoValidate")->setChecked(true);
    dialog->tabs()->setCurrentIndex(LevelDialog::AutomationTab);
    child<QCheckBox>(dialog, "automationEnabled")->setChecked(true);
    child<QSpinBox>(dialog, "automationOrder")->setValue(2);
    child<QSpinBox>(dialog, "automationDay")->setValue(28);
    dialog->tabs()->setCurrentIndex(LevelDialog::DeliveryTab);
    child<QCheckBox>(dialog, "byEmail")->setChecked(false);
    child<QCheckBox>(dialog, "registered")->setChecked(true);
    child<QSpinBox>(dialog, "paymentDeadlineDays")->setValue(10);
    clickButton(dialog, QDialogButtonBox::Ok);
    CHECK(page->openLevelDialog() == nullptr);

    auto saved = ProgramRepository(*db).level(before.id);
    REQUIRE(saved.ok());
    CHECK(saved->name == QStringLiteral("Relance ferme"));
    CHECK(saved->threshold.cents() == 2550);
    CHECK(saved->delayDays == 20);
    CHECK_FALSE(saved->excludes(Exclusion::Litigation));
    CHECK(saved->excludes(Exclusion::DirectDebit));
    CHECK(saved->feeAmount.cents() == 3500);
    CHECK(saved->feeSupplierAccount == QStringLiteral("401FRAIS"));
    CHECK(saved->feeExpenseAccount == QStringLiteral("6226"));
    CHECK(saved->feeAutoValidate);
    CHECK(saved->automationEnabled);
    CHECK(saved->automationOrder == 2);
    CHECK(saved->automationDay == 28);
    CHECK(saved->byLetter);
    CHECK_FALSE(saved->byEmail);
    CHECK(saved->registered);
    CHECK(saved->paymentDeadlineDays == 10);
    CHECK(saved->position == before.position);

    // The table shows what was saved.
    const int row = page->levelModel()->rowOfId(before.id);
    CHECK(page->levelModel()->index(row, LevelTableModel::NameColumn).data().toString() ==
          QStringLiteral("Relance ferme"));
    CHECK(page->levelModel()->index(row, LevelTableModel::FeeColumn).data().toString() ==
          Money::fromCents(3500).toLocaleString());
}

TEST_CASE("The level dialog refuses invalid input with messages under the fields and writes "
          "nothing")
{
    GuiFixture fixture;
    auto db = preparedDatabase(fixture);
    const Program program = globalProgram(*db);
    const Level before = program.levels.at(0);
    auto page = openPage(*db);
    LevelDialog* dialog = openLevel(*page, before.id);

    // A name another level has, an amount that is no amount, a fee with no
    // accounts to book it on, no channel.
    replaceText(child<QLineEdit>(dialog, "name"), program.levels.at(1).name);
    replaceText(child<QLineEdit>(dialog, "threshold"), QStringLiteral("dix euros"));
    replaceText(child<QLineEdit>(dialog, "feeAmount"), QStringLiteral("15"));
    child<QCheckBox>(dialog, "byLetter")->setChecked(false);
    child<QCheckBox>(dialog, "byEmail")->setChecked(false);
    clickButton(dialog, QDialogButtonBox::Ok);

    REQUIRE(page->openLevelDialog() == dialog);
    const QStringList problems = dialog->visibleProblems();
    INFO(problems.join(QStringLiteral(" | ")).toStdString());
    CHECK(problems.size() >= 4);
    CHECK(child<QLabel>(dialog, "nameError")->isVisible());
    CHECK(child<QLabel>(dialog, "nameError")->text().contains(program.levels.at(1).name));
    CHECK_FALSE(child<QLabel>(dialog, "thresholdError")->text().isEmpty());
    CHECK(child<QLabel>(dialog, "feeAccountsError")->text().contains(QStringLiteral("account")));
    CHECK(child<QLabel>(dialog, "channelsError")->text().contains(QStringLiteral("letter")));
    // The first problem's tab is shown.
    CHECK(dialog->tabs()->currentIndex() == LevelDialog::GeneralTab);

    auto stored = ProgramRepository(*db).level(before.id);
    REQUIRE(stored.ok());
    CHECK(*stored == before);

    // Cancel leaves the database as it was too.
    clickButton(dialog, QDialogButtonBox::Cancel);
    CHECK(page->openLevelDialog() == nullptr);
    CHECK(globalProgram(*db) == program);
}

TEST_CASE("The fee part of the level dialog warns that residential leases are never charged")
{
    GuiFixture fixture;
    auto db = preparedDatabase(fixture);
    auto page = openPage(*db);
    LevelDialog* dialog = openLevel(*page, globalProgram(*db).levels.at(3).id);
    dialog->tabs()->setCurrentIndex(LevelDialog::FeeTab);
    replaceText(child<QLineEdit>(dialog, "feeAmount"), QStringLiteral("40,00"));
    replaceText(child<QLineEdit>(dialog, "feeSupplierAccount"), QStringLiteral("401FRAIS"));
    replaceText(child<QLineEdit>(dialog, "feeExpenseAccount"), QStringLiteral("6226"));
    auto* warning = child<QLabel>(dialog, "residentialWarning");
    CHECK(warning->isVisible());
    CHECK(warning->text().contains(QStringLiteral("residential")));
    CHECK(warning->text().contains(QStringLiteral("89-462")));
    GuiFixture::screenshot(dialog, QStringLiteral("level-dialog"));
    dialog->tabs()->setCurrentIndex(LevelDialog::GeneralTab);
    GuiFixture::screenshot(dialog, QStringLiteral("level-dialog-general"));
    clickButton(dialog, QDialogButtonBox::Cancel);
}

TEST_CASE("Levels are added moved and removed through the page")
{
    GuiFixture fixture;
    auto db = preparedDatabase(fixture);
    const Program before = globalProgram(*db);
    auto page = openPage(*db);

    // Move the second level down: it becomes third, in the database too.
    page->selectLevel(before.levels.at(1).id);
    page->moveCurrentLevel(1);
    Program after = globalProgram(*db);
    CHECK(after.levels.at(2).id == before.levels.at(1).id);
    CHECK(after.levels.at(1).id == before.levels.at(2).id);
    CHECK(page->currentLevelId() == before.levels.at(1).id);
    // Its templates went with it.
    auto templates = TemplateRepository(*db).ofLevel(before.levels.at(1).id);
    REQUIRE(templates.ok());
    CHECK(templates->size() == 2);

    // A new level goes at the end.
    page->newLevel();
    LevelDialog* dialog = page->openLevelDialog();
    REQUIRE(dialog);
    replaceText(child<QLineEdit>(dialog, "name"), QStringLiteral("Dernier avis"));
    clickButton(dialog, QDialogButtonBox::Ok);
    after = globalProgram(*db);
    REQUIRE(after.levels.size() == 5);
    CHECK(after.levels.last().name == QStringLiteral("Dernier avis"));
    CHECK(after.levels.last().position == 5);
    CHECK(page->levelTable()->model()->rowCount() == 5);

    // Removing asks, naming the level; Cancel keeps it, Yes removes it.
    page->selectLevel(after.levels.last().id);
    MessageBox::clearLog();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    page->removeCurrentLevel();
    CHECK(MessageBox::lastText().contains(QStringLiteral("Dernier avis")));
    CHECK(globalProgram(*db).levels.size() == 5);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    page->removeCurrentLevel();
    CHECK(globalProgram(*db).levels.size() == 4);
    CHECK(page->levelTable()->model()->rowCount() == 4);
}

TEST_CASE("Moving a repeated last level up is refused: only the last level may repeat")
{
    GuiFixture fixture;
    auto db = preparedDatabase(fixture);
    Program before = globalProgram(*db);
    REQUIRE(before.levels.size() >= 2);
    Level last = before.levels.last();
    last.repeatEveryDays = 15;
    last.repeatMax = 2;
    REQUIRE(ProgramRepository(*db).saveLevel(last).ok());
    before = globalProgram(*db);
    auto page = openPage(*db);

    page->selectLevel(last.id);
    MessageBox::clearLog();
    page->moveCurrentLevel(-1);
    // The user is told why, naming the level, and the program is as it was.
    CHECK(MessageBox::lastText().contains(QStringLiteral("Only the last level of a program can "
                                                         "be repeated")));
    CHECK(MessageBox::lastText().contains(last.name));
    const Program after = globalProgram(*db);
    CHECK(after == before);
    CHECK(after.levels.last().id == last.id);
    CHECK(after.levels.last().repeatMax == 2);
}

TEST_CASE("A custom program starts as a copy of the chosen one with its letters")
{
    GuiFixture fixture;
    auto db = preparedDatabase(fixture);
    auto page = openPage(*db);
    page->newProgram();
    auto* ask = page->findChild<QInputDialog*>(QStringLiteral("programNameDialog"));
    REQUIRE(ask);
    ask->setTextValue(QStringLiteral("Commerces"));
    ask->accept();

    auto custom = ProgramRepository(*db).byName(QStringLiteral("Commerces"));
    REQUIRE(custom.ok());
    CHECK_FALSE(custom->isGlobal);
    CHECK(custom->levels.size() == 4);
    auto templates = TemplateRepository(*db).ofLevel(custom->levels.first().id);
    REQUIRE(templates.ok());
    CHECK(templates->size() == 2);
    CHECK(page->currentProgramId() == custom->id);
    CHECK(page->programChoice()->count() == 2);
    // The global program is untouched.
    CHECK(globalProgram(*db).levels.size() == 4);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    page->removeProgram();
    CHECK_FALSE(ProgramRepository(*db).byName(QStringLiteral("Commerces")).ok());
    CHECK(page->programChoice()->count() == 1);
}

TEST_CASE("A template written in the editor with a field from the menu is saved with the field")
{
    GuiFixture fixture;
    auto db = preparedDatabase(fixture);
    const Level level = globalProgram(*db).levels.first();
    auto page = openPage(*db);
    page->selectLevel(level.id);
    page->newTemplate();
    TemplateEditorDialog* editor = page->openTemplateEditor();
    REQUIRE(editor);

    replaceText(child<QLineEdit>(editor, "templateName"), QStringLiteral("Relance courtoise"));
    replaceText(child<QLineEdit>(editor, "templateSubject"),
                QStringLiteral("Votre compte {{account.ref}}"));
    QTextEdit* body = editor->bodyEditor();
    body->clear();
    body->setFocus();
    QTest::keyClicks(body, QStringLiteral("Bonjour "));
    fieldAction(editor->insertFieldMenu(), QStringLiteral("account.name"))->trigger();
    QTest::keyClicks(body, QStringLiteral(", merci de regler "));
    fieldAction(editor->insertFieldMenu(), QStringLiteral("reminder.overdue"))->trigger();
    QTest::keyClick(body, Qt::Key_Return);
    fieldAction(editor->insertFieldMenu(), QStringLiteral("reminder.items_table"))->trigger();
    // The author reads the field's name, not its code.
    CHECK(editor->bodyEditor()->displayedText().contains(QStringLiteral("Tenant name")));
    CHECK_FALSE(body->toPlainText().contains(QStringLiteral("{{")));
    CHECK(editor->canSave());

    clickButton(editor, QDialogButtonBox::Save);
    CHECK(page->openTemplateEditor() == nullptr);
    auto stored = TemplateRepository(*db).ofLevel(level.id);
    REQUIRE(stored.ok());
    const LetterTemplate* saved = nullptr;
    for (const LetterTemplate& t : *stored)
        if (t.name == QStringLiteral("Relance courtoise"))
            saved = &t;
    REQUIRE(saved);
    INFO(saved->body.toStdString());
    CHECK(saved->body ==
          QStringLiteral("<p>Bonjour {{account.name}}, merci de regler {{reminder.overdue}}</p>\n"
                         "{{reminder.items_table}}"));
    CHECK(saved->emailSubject == QStringLiteral("Votre compte {{account.ref}}"));
    CHECK(TemplateEngine::validate(*saved).ok());
    // The list shows it.
    CHECK(page->templateModel()->rowOfId(saved->id) >= 0);
}

TEST_CASE("An unknown field is shown inline with its line and column and Save stays disabled")
{
    GuiFixture fixture;
    auto db = preparedDatabase(fixture);
    const Level level = globalProgram(*db).levels.first();
    auto page = openPage(*db);
    page->selectLevel(level.id);
    const int templatesBefore = page->templateModel()->rowCount();
    page->editCurrentTemplate();
    TemplateEditorDialog* editor = page->openTemplateEditor();
    REQUIRE(editor);
    CHECK(editor->canSave());

    QTextEdit* body = editor->bodyEditor();
    body->setFocus();
    body->moveCursor(QTextCursor::Start);
    body->moveCursor(QTextCursor::Down);
    QTest::keyClicks(body, QStringLiteral("{{compte.nom}} "));

    auto* error = child<QLabel>(editor, "letterBodyError");
    CHECK(error->isVisible());
    INFO(error->text().toStdString());
    CHECK(error->text().contains(QStringLiteral("compte.nom")));
    CHECK(error->text().contains(QStringLiteral("line 2")));
    CHECK(error->text().contains(QStringLiteral("column 4")));
    CHECK_FALSE(editor->canSave());
    CHECK_FALSE(child<QPushButton>(editor, "saveTemplate")->isEnabled());
    // The faulty tag is marked where the author sees it.
    const auto marks = body->extraSelections();
    REQUIRE(marks.size() == 1);
    CHECK(marks.first().cursor.selectedText() == QStringLiteral("{{compte.nom}}"));

    // Accepting anyway (Enter) writes nothing.
    const LetterTemplate original = page->templateModel()->templateAt(0);
    editor->accept();
    CHECK(page->openTemplateEditor() == editor);
    auto stored = TemplateRepository(*db).byId(original.id);
    REQUIRE(stored.ok());
    CHECK(stored->body == original.body);

    // An unclosed section in the e-mail is caught too.
    replaceText(child<QLineEdit>(editor, "templateSubject"), QStringLiteral("Compte {{#items}}"));
    CHECK(child<QLabel>(editor, "templateSubjectError")->isVisible());

    // Fixing the body alone is not enough while the subject is wrong.
    for (int i = 0; i < 15; ++i)
        QTest::keyClick(body, Qt::Key_Backspace);
    CHECK_FALSE(child<QLabel>(editor, "letterBodyError")->isVisible());
    CHECK_FALSE(editor->canSave());
    replaceText(child<QLineEdit>(editor, "templateSubject"),
                QStringLiteral("Compte {{account.ref}}"));
    CHECK(editor->canSave());
    clickButton(editor, QDialogButtonBox::Cancel);
    CHECK(page->templateModel()->rowCount() == templatesBefore);
}

TEST_CASE("The preview draws the sample tenant's letter and follows the typing")
{
    GuiFixture fixture;
    auto db = preparedDatabase(fixture);
    const Level level = globalProgram(*db).levels.first();
    auto page = openPage(*db);
    page->selectLevel(level.id);
    page->editCurrentTemplate();
    TemplateEditorDialog* editor = page->openTemplateEditor();
    REQUIRE(editor);
    REQUIRE(GuiFixture::waitUntil([&] { return editor->previewRenderCount() > 0; }));

    // The sample account is the one the merge-field catalogue describes.
    const LetterContent& content = editor->previewContent();
    CHECK(content.addressLines.join(u' ').contains(QStringLiteral("M. Jean Dupont")));
    CHECK(content.reference == QStringLiteral("LOC0042"));
    CHECK(content.showTable);
    CHECK_FALSE(content.bodyBeforeTable.contains(QStringLiteral("{{")));

    auto* preview = child<QPrintPreviewWidget>(editor, "letterPreview");
    const QImage before = preview->grab().toImage();
    const int renders = editor->previewRenderCount();

    QTextEdit* body = editor->bodyEditor();
    body->setFocus();
    body->moveCursor(QTextCursor::Start);
    QTest::keyClicks(body, QStringLiteral("Cher locataire "));
    fieldAction(editor->insertFieldMenu(), QStringLiteral("account.name"))->trigger();
    QTest::keyClick(body, Qt::Key_Return);
    // Not on every key: the preview waits for a pause in the typing.
    CHECK(editor->previewRenderCount() == renders);
    REQUIRE(GuiFixture::waitUntil([&] { return editor->previewRenderCount() > renders; }, 5000));
    CHECK(editor->previewContent().bodyBeforeTable.contains(
        QStringLiteral("Cher locataire M. Jean Dupont")));
    QTest::qWait(50);
    CHECK(preview->grab().toImage() != before);
    GuiFixture::screenshot(editor, QStringLiteral("template-editor"));

    // The e-mail preview is merged too.
    const QString email = child<QPlainTextEdit>(editor, "emailPreview")->toPlainText();
    CHECK(email.contains(QStringLiteral("LOC0042")));
    CHECK_FALSE(email.contains(QStringLiteral("{{")));
}

TEST_CASE("The default letters keep their stored form through the editor")
{
    GuiFixture fixture;
    auto db = preparedDatabase(fixture);
    auto page = openPage(*db);
    const Level level = globalProgram(*db).levels.first();
    for (const char* language : {"fr", "en"}) {
        for (int position = 1; position <= 4; ++position) {
            auto original = DefaultTemplates::text(position, QString::fromLatin1(language));
            REQUIRE(original.ok());
            original->levelId = level.id;
            TemplateEditorDialog editor(*original, level, AgencyIdentity(), {}, page.get());
            const QString html = editor.letterTemplate().body;
            INFO(language << position << "\n" << html.toStdString());
            CHECK(TemplateEngine::check(html, TemplateEngine::Part::LetterBody) == std::nullopt);
            CHECK(plainTextOf(html) == plainTextOf(original->body));
            CHECK_FALSE(html.contains(QStringLiteral("style=")));
            // Sections around paragraphs stay on their own lines.
            if (position == 4)
                CHECK(html.contains(QStringLiteral("\n{{#recipient.is_tenant}}\n<p>")));
            CHECK(html.contains(QStringLiteral("\n{{reminder.items_table}}\n")));
            CHECK(html.contains(QStringLiteral("<b>{{reminder.overdue}}</b>")));
            // Saving it again changes nothing more.
            TemplateEditorDialog again(editor.letterTemplate(), level, AgencyIdentity(), {},
                                       page.get());
            CHECK(again.letterTemplate().body == html);
        }
    }
}

TEST_CASE("Templates are duplicated made default and removed from the list")
{
    GuiFixture fixture;
    auto db = preparedDatabase(fixture);
    const Level level = globalProgram(*db).levels.first();
    auto page = openPage(*db);
    page->selectLevel(level.id);
    auto before = TemplateRepository(*db).defaultFor(level.id, QStringLiteral("fr"));
    REQUIRE(before.ok());
    page->selectTemplate(before->id);

    page->duplicateCurrentTemplate();
    auto list = TemplateRepository(*db).ofLevel(level.id);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 3);
    const qint64 copyId = page->currentTemplateId();
    auto copy = TemplateRepository(*db).byId(copyId);
    REQUIRE(copy.ok());
    CHECK(copy->name == before->name + QStringLiteral(" (copy)"));
    CHECK(copy->body == before->body);
    CHECK_FALSE(copy->isDefault);

    page->setCurrentTemplateDefault();
    auto now = TemplateRepository(*db).defaultFor(level.id, QStringLiteral("fr"));
    REQUIRE(now.ok());
    CHECK(now->id == copyId);
    const int row = page->templateModel()->rowOfId(copyId);
    CHECK(page->templateModel()->index(row, TemplateListModel::DefaultColumn).data().toString() ==
          QStringLiteral("Default"));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    page->removeCurrentTemplate();
    CHECK(TemplateRepository(*db).ofLevel(level.id)->size() == 2);
    CHECK(TemplateRepository(*db).defaultFor(level.id, QStringLiteral("fr"))->id == before->id);
}

TEST_CASE("The level and template models pass QAbstractItemModelTester")
{
    GuiFixture fixture;
    auto db = preparedDatabase(fixture);
    auto page = openPage(*db);
    QAbstractItemModelTester levels(page->levelModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester levelProxy(page->levelProxy(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester templates(page->templateModel(),
                                       QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Program program = globalProgram(*db);
    for (const Level& l : program.levels)
        page->selectLevel(l.id);
    page->levelTable()->sortByColumn(LevelTableModel::ThresholdColumn, Qt::DescendingOrder);
    page->levelTable()->sortByColumn(LevelTableModel::DelayColumn, Qt::DescendingOrder);
    // Sorted on the raw value: the longest delay first.
    CHECK(page->levelTable()->model()->index(0, LevelTableModel::NameColumn).data().toString() ==
          QStringLiteral("Mise en demeure"));
    CHECK(page->levelTable()
              ->model()
              ->index(0, LevelTableModel::DelayColumn)
              .data(LevelTableModel::RawSortRole)
              .toInt() == 45);
    REQUIRE(page->reload());
    page->setDatabase(nullptr);
    CHECK(page->levelModel()->rowCount() == 0);
    CHECK(page->templateModel()->rowCount() == 0);
}

TEST_CASE("A template being edited is sent as a test for a chosen account to the agency's address")
{
    GuiFixture fixture;
    auto db = preparedDatabase(fixture);
    AgencyIdentity agency;
    agency.name = QStringLiteral("Agence du Parc");
    agency.city = QStringLiteral("Lyon");
    agency.postalCode = QStringLiteral("69002");
    agency.address1 = QStringLiteral("12 quai Saint-Antoine");
    agency.email = QStringLiteral("gestion@agence-du-parc.fr");
    REQUIRE(AgencyRepository(*db).save(agency).ok());
    const qint64 loc2 = GuiFixture::idOf(*db, "LOC2");
    REQUIRE(db->write([&](QSqlDatabase& conn) {
                  return LedgerRepository::insertMany(
                      conn,
                      {GuiFixture::ledgerEntry(loc2, "R-2026-11", Side::Debit, QDate(2026, 11, 1),
                                               90000, QStringLiteral("Loyer novembre 2026"))});
              }).ok());
    SmtpFixture server({QStringLiteral("--security"), QStringLiteral("starttls")});
    REQUIRE(server.ready());
    SmtpSettings smtp;
    smtp.host = QStringLiteral("localhost");
    smtp.port = server.port();
    smtp.fromAddress = QStringLiteral("relances@agence-du-parc.fr");
    smtp.caFile = server.caFile();
    REQUIRE(smtp.save(*db).ok());
    MemoryKeychain keychain;

    const Level level = globalProgram(*db).levels.first();
    auto page = openPage(*db);
    page->setKeychain(&keychain);
    page->setDatabase(db.get());
    page->selectLevel(level.id);
    page->editCurrentTemplate();
    TemplateEditorDialog* editor = page->openTemplateEditor();
    REQUIRE(editor);
    // An edit not saved yet is what the test shows.
    QTextEdit* body = editor->bodyEditor();
    body->moveCursor(QTextCursor::Start);
    body->insertPlainText(QStringLiteral("Essai de modèle non enregistré. "));
    REQUIRE(page->sendTemplateTest(editor, loc2));
    REQUIRE(server.waitForMessages(1));
    REQUIRE(page->agencyMail()->task()->waitForFinished());

    const QJsonObject sent = server.messages().at(0);
    CHECK(sent.value(QStringLiteral("rcpt_tos")).toArray().at(0).toString() ==
          QStringLiteral("gestion@agence-du-parc.fr"));
    CHECK(sent.value(QStringLiteral("subject")).toString().startsWith(QStringLiteral("[TEST]")));
    const QJsonArray attachments = sent.value(QStringLiteral("attachments")).toArray();
    REQUIRE(attachments.size() == 1);
    const QString pdf = fixture.path(QStringLiteral("test.pdf"));
    REQUIRE(
        QFile::copy(attachments.at(0).toObject().value(QStringLiteral("path")).toString(), pdf));
    const QString text = TestSupport::pdfText(pdf).simplified();
    CHECK(text.contains(QStringLiteral("Essai de modèle non enregistré")));
    CHECK(text.contains(QStringLiteral("Jean Dupont")));
    // Nothing was recorded, and the template is not saved by the test.
    auto stored = TemplateRepository(*db).defaultFor(level.id, QStringLiteral("fr"));
    REQUIRE(stored.ok());
    CHECK_FALSE(stored->body.contains(QStringLiteral("Essai de modèle")));
}

// « Prepare the file for the commissaire de justice… » on a real database,
// offscreen: what the saved PDF says, and that the hand-off is recorded only
// when the user says the file was sent.
#include "GuiFixture.h"
#include "TestSupport.h"

#include "accounts/AccountCaseFileTab.h"
#include "accounts/AccountDialog.h"
#include "accounts/AccountsPage.h"
#include "common/MessageBox.h"
#include "debtors/DebtorsPage.h"
#include "letters/LetterFormat.h"
#include "recovery/CommissaireDossierDialog.h"
#include "recovery/CoverLetterEditor.h"
#include "recovery/RecoveryLabels.h"
#include "storage/AccountRepository.h"
#include "storage/CaseEventRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QPlainTextEdit>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace TestSupport;

namespace {

const QDate asOf(2026, 11, 20);

// The sample agency: LOC10 owes two rents, the October one partly paid.
std::unique_ptr<Database> agency(GuiFixture& fixture)
{
    auto db = fixture.preparedAgency();
    GuiFixture::insertLedger(*db, GuiFixture::sampleLedger(*db));
    return db;
}

QList<CaseEvent> events(const Database& db)
{
    return *CaseEventRepository(db).forAccount(GuiFixture::idOf(db, "LOC10"));
}

QString squeeze(QString s)
{
    // pdftotext keeps the amounts' no-break spaces, or not.
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{00a0}\\x{202f}]+"));
    return s.remove(spaces);
}

bool litigation(const Database& db)
{
    return AccountRepository(db).byRef(QStringLiteral("LOC10"))->litigation;
}

} // namespace

TEST_CASE("The dossier dialog saves the PDF and records nothing when the file was not sent")
{
    GuiFixture fixture;
    auto db = agency(fixture);
    CommissaireDossierDialog dialog(*db, GuiFixture::idOf(*db, "LOC10"), asOf);
    dialog.show();
    REQUIRE(dialog.problem().isEmpty());
    CHECK(dialog.summary().contains(QStringLiteral("Mme Hélène Durand")));
    // The preview draws the dossier's own pages: the letter, then the annex.
    REQUIRE(GuiFixture::waitUntil([&] { return dialog.previewWidget()->pageCount() >= 2; }));

    MessageBox::clearLog();
    MessageBox::setNextAnswer(QMessageBox::No);
    const QString pdf = fixture.path(QStringLiteral("dossier.pdf"));
    const QString csv = fixture.path(QStringLiteral("releve.csv"));
    REQUIRE(dialog.saveTo(pdf, csv));
    CHECK(MessageBox::lastText().contains(QStringLiteral("Has the file been sent")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("reminders stop")));
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Mme Hélène Durand")));
    // 1 013,50 × 2 − 500,00 as of 20 November, written in the dossier's
    // language (the user interface's).
    const QString balance =
        LetterFormat::money(Money::fromCents(152700), dialog.content().language);
    CHECK(squeeze(text).contains(squeeze(QStringLiteral("Balance as of 20/11/2026: ") + balance)));
    CHECK(readFile(csv).trimmed().endsWith(QStringLiteral(";1527,00")));

    CHECK_FALSE(dialog.recorded());
    CHECK(events(*db).isEmpty());
    CHECK_FALSE(litigation(*db));
}

TEST_CASE("Answering Yes records the hand-off as of the dossier's date and puts the account in "
          "litigation")
{
    GuiFixture fixture;
    auto db = agency(fixture);
    CommissaireDossierDialog dialog(*db, GuiFixture::idOf(*db, "LOC10"), asOf);
    QSignalSpy handed(&dialog, &CommissaireDossierDialog::handedOver);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(dialog.saveTo(fixture.path(QStringLiteral("dossier.pdf"))));
    CHECK(dialog.recorded());
    CHECK(handed.count() == 1);
    const QList<CaseEvent> recorded = events(*db);
    REQUIRE(recorded.size() == 1);
    CHECK(recorded.first().kind == CaseEventKind::HandedToCommissaire);
    CHECK(recorded.first().date == asOf);
    CHECK(litigation(*db));
}

TEST_CASE("A file that cannot be written is said, and nothing is asked or recorded")
{
    GuiFixture fixture;
    auto db = agency(fixture);
    CommissaireDossierDialog dialog(*db, GuiFixture::idOf(*db, "LOC10"), asOf);
    MessageBox::clearLog();
    const QString missing = fixture.path(QStringLiteral("absent/dossier.pdf"));
    CHECK_FALSE(dialog.saveTo(missing));
    CHECK(MessageBox::lastText().contains(missing));
    CHECK_FALSE(MessageBox::lastText().contains(QStringLiteral("Has the file been sent")));
    CHECK(events(*db).isEmpty());
}

TEST_CASE("The agency's own cover letter is checked, used in the dossier, and can be restored")
{
    GuiFixture fixture;
    auto db = agency(fixture);
    // The letter of the dossier's language (the user interface's).
    const QString language =
        CommissaireDossierDialog(*db, GuiFixture::idOf(*db, "LOC10"), asOf).content().language;
    CoverLetterEditor editor(*db, language);
    const QString original = editor.editor()->toPlainText();
    CHECK(original.contains(QStringLiteral("Maître")));

    editor.editor()->setPlainText(QStringLiteral("<p>{{account.nom}}</p>"));
    CHECK_FALSE(editor.save());
    CHECK(editor.problem().contains(QStringLiteral("account.nom")));

    editor.editor()->setPlainText(
        QStringLiteral("<p>Maître, our own words for {{account.ref}}.</p>"));
    REQUIRE(editor.save());
    CommissaireDossierDialog dialog(*db, GuiFixture::idOf(*db, "LOC10"), asOf);
    MessageBox::setNextAnswer(QMessageBox::No);
    const QString pdf = fixture.path(QStringLiteral("dossier.pdf"));
    REQUIRE(dialog.saveTo(pdf));
    CHECK(pdfText(pdf).contains(QStringLiteral("our own words for LOC10")));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(editor.restoreDefault());
    CHECK(editor.editor()->toPlainText() == original);
}

TEST_CASE("The Debtors screen opens the dossier of the current debtor")
{
    GuiFixture fixture;
    auto db = agency(fixture);
    DebtorsPage page;
    page.setAsOf(asOf);
    page.setDatabase(db.get());
    // The list fills in the background, as in the window.
    REQUIRE(GuiFixture::waitUntil([&] { return !page.isLoading(); }));
    auto* action = page.table()->findChild<QAction*>(QStringLiteral("prepareDossier"));
    REQUIRE(action);
    CHECK(page.table()->actions().contains(action));
    action->trigger();
    auto* dialog = page.findChild<CommissaireDossierDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->problem().isEmpty());
    CHECK(dialog->content().asOf == asOf);
    dialog->close();
}

TEST_CASE("The account form's case file hands the file over and the form keeps the litigation")
{
    GuiFixture fixture;
    auto db = agency(fixture);
    AccountsPage page;
    page.setDatabase(db.get());
    page.editAccount(GuiFixture::idOf(*db, "LOC10"));
    AccountDialog* form = page.openDialog();
    REQUIRE(form);
    auto* litigationBox = form->findChild<QCheckBox*>(QStringLiteral("litigation"));
    REQUIRE(litigationBox);
    CHECK_FALSE(litigationBox->isChecked());
    auto* button = form->caseFileTab()->findChild<QPushButton*>(QStringLiteral("prepareDossier"));
    REQUIRE(button);
    button->click();
    auto* dialog = form->findChild<CommissaireDossierDialog*>();
    REQUIRE(dialog);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(dialog->saveTo(fixture.path(QStringLiteral("dossier.pdf"))));
    // Recorded, shown in the case file, and the form's box follows: saving
    // the form afterwards must not lift the litigation.
    CHECK(events(*db).size() == 1);
    const QAbstractItemModel* timeline = form->caseFileTab()->timeline()->model();
    QStringList rows;
    for (int row = 0; row < timeline->rowCount(); ++row)
        for (int column = 0; column < timeline->columnCount(); ++column)
            rows << timeline->index(row, column).data().toString();
    CHECK(rows.contains(RecoveryLabels::event(CaseEventKind::HandedToCommissaire)));
    CHECK(litigationBox->isChecked());
    form->close();
}

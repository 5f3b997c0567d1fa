// The account form's « Case file » tab (recovery-path.md « The case file »):
// what staff see and do there, on a real SQLite file, offscreen.
#include "GuiAgency.h"
#include "GuiFixture.h"
#include "TestSupport.h"

#include "accounts/AccountCaseFileTab.h"
#include "accounts/AccountDialog.h"
#include "accounts/AccountsPage.h"
#include "accounts/CaseDeadlinesBox.h"
#include "accounts/CaseEventDialog.h"
#include "accounts/CaseTimelineModel.h"
#include "common/MessageBox.h"
#include "models/AccountTableModel.h"
#include "recovery/CaseFile.h"
#include "storage/AccountRepository.h"
#include "storage/ReminderRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

namespace {

// The Accounts page on `db` with the form of `ref` open on its case file,
// the deadlines computed as of `today`.
struct Form
{
    std::unique_ptr<AccountsPage> page;
    QPointer<AccountDialog> dialog;
    AccountCaseFileTab* tab = nullptr;
};

Form openForm(const Database& db, const char* ref, QDate today = QDate(2026, 12, 6))
{
    Form form;
    form.page = std::make_unique<AccountsPage>();
    form.page->setDatabase(&db);
    form.page->show();
    form.page->editAccount(GuiFixture::idOf(db, ref));
    form.dialog = form.page->openDialog();
    REQUIRE(form.dialog);
    form.dialog->showCaseFile();
    form.tab = form.dialog->caseFileTab();
    REQUIRE(form.tab);
    form.tab->setToday(today);
    return form;
}

QStringList column(const QAbstractItemModel* model, int column)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out.append(model->index(row, column).data().toString());
    return out;
}

QPushButton* button(QWidget* parent, const char* name)
{
    auto* b = parent->findChild<QPushButton*>(QString::fromLatin1(name));
    REQUIRE(b);
    return b;
}

qint64 record(const Database& db, const char* ref, CaseEventKind kind, QDate date,
              const QString& note, const QString& user)
{
    CaseEvent e;
    e.kind = kind;
    e.date = date;
    e.note = note;
    auto id = CaseFile(db).record(QString::fromLatin1(ref), e, user);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return *id;
}

QList<CaseEvent> eventsOf(const Database& db, const char* ref)
{
    auto events = CaseFile(db).events(QString::fromLatin1(ref));
    REQUIRE(events.ok());
    return *events;
}

// « Record an event… » clicked: the dialog it opens.
CaseEventDialog* openEventDialog(AccountCaseFileTab* tab)
{
    QTest::mouseClick(button(tab, "recordEvent"), Qt::LeftButton);
    CaseEventDialog* dialog = tab->openEventDialog();
    REQUIRE(dialog);
    return dialog;
}

void clickRecord(CaseEventDialog* dialog)
{
    auto* box = dialog->findChild<QDialogButtonBox*>();
    REQUIRE(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

QString writeFile(GuiFixture& fixture, const QString& name, const QByteArray& bytes)
{
    const QString path = fixture.path(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

const QByteArray pdfBytes = QByteArrayLiteral("%PDF-1.4\n% accusé de réception CAF\n%%EOF\n");

} // namespace

TEST_CASE("The case file lists the account's reminders and recorded events newest first, "
          "cancelled ones kept and marked")
{
    GuiFixture fixture;
    GuiAgency agency = GuiAgency::withRuns(fixture);
    const Database& db = *agency.db;
    record(db, "LOC10", CaseEventKind::CafReported, QDate(2026, 11, 25),
           QStringLiteral("Signalé sur le portail CAF"), QStringLiteral("marie"));
    const qint64 mistaken = record(db, "LOC10", CaseEventKind::Note, QDate(2026, 11, 10),
                                   QStringLiteral("Appel du locataire"), QStringLiteral("marie"));
    REQUIRE(CaseFile(db).cancel(mistaken, QStringLiteral("paul")).ok());
    // The second reminder went by registered letter.
    auto second = ReminderRepository(db).ofRun(agency.secondRun);
    REQUIRE(second.ok());
    REQUIRE(second->size() == 1);
    REQUIRE(
        ReminderRepository(db).setTracking(second->at(0).id, QStringLiteral("1A12345678901")).ok());

    Form form = openForm(db, "LOC10");
    CHECK(form.dialog->tabs()->currentIndex() == AccountDialog::CaseFileTab);
    CHECK(form.dialog->tabs()->tabText(AccountDialog::CaseFileTab) == QStringLiteral("Case &file"));
    const QAbstractItemModel* model = form.tab->timeline()->model();
    CHECK(column(model, CaseTimelineModel::DateColumn) ==
          QStringList{QStringLiteral("30/11/2026"), QStringLiteral("25/11/2026"),
                      QStringLiteral("20/11/2026"), QStringLiteral("10/11/2026")});
    const QStringList what = column(model, CaseTimelineModel::EntryColumn);
    CHECK(what.at(0).startsWith(QStringLiteral("Reminder: ")));
    CHECK(what.at(1) == QStringLiteral("Reported to the CAF"));
    CHECK(what.at(2).startsWith(QStringLiteral("Reminder: ")));
    CHECK(what.at(3) == QStringLiteral("Note"));
    CHECK(column(model, CaseTimelineModel::UserColumn) ==
          QStringList{QStringLiteral("claire"), QStringLiteral("marie"), QStringLiteral("claire"),
                      QStringLiteral("marie")});
    const QStringList details = column(model, CaseTimelineModel::DetailsColumn);
    CHECK(details.at(0).contains(QStringLiteral("Letter")));
    CHECK(details.at(0).endsWith(QStringLiteral("registered letter no. 1A12345678901")));
    CHECK_FALSE(details.at(2).contains(QStringLiteral("registered")));
    CHECK(details.at(1) == QStringLiteral("Signalé sur le portail CAF"));
    // Cancelled: still listed, struck through, saying who cancelled it.
    CHECK(details.at(3).startsWith(QStringLiteral("Cancelled by paul on ")));
    CHECK(details.at(3).endsWith(QStringLiteral("Appel du locataire")));
    CHECK(model->index(3, CaseTimelineModel::EntryColumn)
              .data(Qt::FontRole)
              .value<QFont>()
              .strikeOut());
    CHECK_FALSE(model->index(1, CaseTimelineModel::EntryColumn)
                    .data(Qt::FontRole)
                    .value<QFont>()
                    .strikeOut());
    QCoreApplication::processEvents(); // the layout settles before the picture
    GuiFixture::screenshot(form.dialog, QStringLiteral("account-case-file"));
    form.dialog->reject();
}

TEST_CASE("A new account's case file says it starts once the account is saved")
{
    GuiFixture fixture;
    auto db = fixture.databaseWithAccounts();
    AccountsPage page;
    page.setDatabase(db.get());
    page.show();
    page.newAccount();
    QPointer<AccountDialog> dialog = page.openDialog();
    REQUIRE(dialog);
    dialog->showCaseFile();
    auto* sentence = dialog->findChild<QLabel*>(QStringLiteral("caseFileNewAccount"));
    REQUIRE(sentence);
    CHECK(sentence->isVisible());
    CHECK(sentence->text().startsWith(
        QStringLiteral("The case file starts once the account is saved")));
    CHECK_FALSE(button(dialog, "recordEvent")->isVisible());
    dialog->reject();
}

TEST_CASE("Recording an event through its dialog stores it with its PDF and shows it first")
{
    GuiFixture fixture;
    GuiAgency agency = GuiAgency::withRuns(fixture);
    const Database& db = *agency.db;
    Form form = openForm(db, "LOC10");

    CaseEventDialog* dialog = openEventDialog(form.tab);
    // Today by default.
    CHECK(dialog->findChild<QDateEdit*>(QStringLiteral("eventDate"))->date() == QDate(2026, 12, 6));
    dialog->setKind(CaseEventKind::CafReported);
    dialog->findChild<QDateEdit*>(QStringLiteral("eventDate"))->setDate(QDate(2026, 12, 2));
    QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("eventNote")),
                     QStringLiteral("Portail CAF, dossier 123456"));
    REQUIRE(
        dialog->chooseFile(writeFile(fixture, QStringLiteral("accuse-caf.pdf"), pdfBytes)).ok());
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("eventDocument"))->text() ==
          QStringLiteral("accuse-caf.pdf"));
    QPointer<CaseEventDialog> watched = dialog;
    clickRecord(dialog);
    CHECK(GuiFixture::waitUntil([&] { return !watched || !watched->isVisible(); }));

    const QList<CaseEvent> events = eventsOf(db, "LOC10");
    REQUIRE(events.size() == 1);
    CHECK(events[0].kind == CaseEventKind::CafReported);
    CHECK(events[0].date == QDate(2026, 12, 2));
    CHECK(events[0].note == QStringLiteral("Portail CAF, dossier 123456"));
    CHECK(events[0].userName == Database::currentUserName());
    CHECK(events[0].documentName == QStringLiteral("accuse-caf.pdf"));

    // Newest first, selected, with its document.
    const QAbstractItemModel* model = form.tab->timeline()->model();
    CHECK(model->index(0, CaseTimelineModel::EntryColumn).data().toString() ==
          QStringLiteral("Reported to the CAF"));
    CHECK(model->index(0, CaseTimelineModel::DocumentColumn).data().toString() ==
          QStringLiteral("accuse-caf.pdf"));
    CHECK(form.tab->currentEventId() == events[0].id);
    // Its document comes back byte for byte, opened or saved.
    QUrl opened;
    AccountCaseFileTab::setUrlOpener([&opened](const QUrl& url) {
        opened = url;
        return true;
    });
    QTest::mouseClick(button(form.tab, "openEventDocument"), Qt::LeftButton);
    AccountCaseFileTab::setUrlOpener({});
    REQUIRE(opened.isLocalFile());
    CHECK(opened.fileName() == QStringLiteral("accuse-caf.pdf"));
    QFile copy(opened.toLocalFile());
    REQUIRE(copy.open(QIODevice::ReadOnly));
    CHECK(copy.readAll() == pdfBytes);
    REQUIRE(form.tab->saveDocumentTo(fixture.path(QStringLiteral("saved.pdf"))).ok());
    QFile saved(fixture.path(QStringLiteral("saved.pdf")));
    REQUIRE(saved.open(QIODevice::ReadOnly));
    CHECK(saved.readAll() == pdfBytes);
    form.dialog->reject();
}

TEST_CASE("Recording a commandement asks first, then the form's litigation box is ticked and "
          "saving the form keeps the account in litigation")
{
    GuiFixture fixture;
    GuiAgency agency = GuiAgency::withRuns(fixture);
    const Database& db = *agency.db;
    const qint64 id = GuiFixture::idOf(db, "LOC10");
    REQUIRE_FALSE(AccountRepository(db).byId(id)->litigation);
    Form form = openForm(db, "LOC10");
    auto* litigation = form.dialog->findChild<QCheckBox*>(QStringLiteral("litigation"));
    REQUIRE(litigation);
    REQUIRE_FALSE(litigation->isChecked());

    CaseEventDialog* dialog = openEventDialog(form.tab);
    dialog->setKind(CaseEventKind::CommandementServed);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("eventNote")),
                     QStringLiteral("Me Martin"));
    // Declined: nothing recorded, nothing lost.
    MessageBox::clearLog();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    clickRecord(dialog);
    CHECK(MessageBox::lastText().contains(QStringLiteral("puts the account LOC10 in litigation")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("reminders stop")));
    CHECK(MessageBox::lastText().contains(
        QStringLiteral("Cancelling the event later does not lift it")));
    CHECK(MessageBox::lastButtonTexts().contains(QStringLiteral("Record and put in litigation")));
    CHECK(dialog->isVisible());
    CHECK(eventsOf(db, "LOC10").isEmpty());
    CHECK(dialog->event().note == QStringLiteral("Me Martin"));
    CHECK_FALSE(litigation->isChecked());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QPointer<CaseEventDialog> watched = dialog;
    clickRecord(dialog);
    CHECK(GuiFixture::waitUntil([&] { return !watched || !watched->isVisible(); }));
    REQUIRE(eventsOf(db, "LOC10").size() == 1);
    CHECK(AccountRepository(db).byId(id)->litigation);
    CHECK(litigation->isChecked());

    // Saving the form (another field changed) keeps the flag the event set.
    auto* box = form.dialog->findChild<QDialogButtonBox*>();
    REQUIRE(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
    CHECK(GuiFixture::waitUntil([&] { return !form.dialog || !form.dialog->isVisible(); }));
    CHECK(AccountRepository(db).byId(id)->litigation);
}

TEST_CASE("An event that puts the account in litigation shows in the accounts table even when "
          "the form is then cancelled")
{
    GuiFixture fixture;
    GuiAgency agency = GuiAgency::withRuns(fixture);
    const Database& db = *agency.db;
    const qint64 id = GuiFixture::idOf(db, "LOC10");
    Form form = openForm(db, "LOC10");
    QSignalSpy changed(form.page.get(), &AccountsPage::accountsChanged);

    CaseEventDialog* dialog = openEventDialog(form.tab);
    dialog->setKind(CaseEventKind::HandedToCommissaire);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    clickRecord(dialog);
    form.dialog->reject();
    CHECK(AccountRepository(db).byId(id)->litigation);
    const AccountTableModel* model = form.page->model();
    CHECK(model->accountAt(model->rowOfId(id)).litigation);
    CHECK(changed.count() == 1);
}

TEST_CASE("Cancelling an event asks, keeps it listed marked cancelled, and a second cancel is "
          "refused with the reason")
{
    GuiFixture fixture;
    GuiAgency agency = GuiAgency::withRuns(fixture);
    const Database& db = *agency.db;
    const qint64 report = record(db, "LOC10", CaseEventKind::CafReported, QDate(2026, 11, 25),
                                 QString(), QStringLiteral("marie"));
    const qint64 declared = record(db, "LOC10", CaseEventKind::GliDeclared, QDate(2026, 11, 26),
                                   QString(), QStringLiteral("marie"));
    Form form = openForm(db, "LOC10");
    const QAbstractItemModel* model = form.tab->timeline()->model();

    form.tab->selectEvent(report);
    QPushButton* cancel = button(form.tab, "cancelEvent");
    REQUIRE(cancel->isEnabled());
    MessageBox::clearLog();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(cancel, Qt::LeftButton);
    CHECK(MessageBox::lastText().startsWith(
        QStringLiteral("Cancel the event “Reported to the CAF” of 25/11/2026 for LOC10?")));
    const QList<CaseEvent> events = eventsOf(db, "LOC10");
    REQUIRE(events.size() == 2);
    CHECK(events[0].id == report);
    CHECK(events[0].cancelled);
    CHECK(events[0].cancelledBy == Database::currentUserName());
    const int row = form.tab->model()->rowOfEvent(report);
    REQUIRE(row >= 0);
    CHECK(model->index(row, CaseTimelineModel::DetailsColumn)
              .data()
              .toString()
              .startsWith(QStringLiteral("Cancelled by %1 on ").arg(Database::currentUserName())));
    CHECK(model->index(row, CaseTimelineModel::EntryColumn)
              .data(Qt::FontRole)
              .value<QFont>()
              .strikeOut());
    CHECK(form.tab->currentEventId() == report);
    CHECK_FALSE(cancel->isEnabled());

    // Someone else cancelled the other one meanwhile: refused, and said why.
    form.tab->selectEvent(declared);
    REQUIRE(CaseFile(db).cancel(declared, QStringLiteral("paul")).ok());
    REQUIRE(cancel->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(cancel, Qt::LeftButton);
    CHECK(MessageBox::lastText() ==
          QStringLiteral("Event %1 was already cancelled by paul; nothing was changed.")
              .arg(declared));
    CHECK(form.tab->model()->rowCount() == 4);
    CHECK(model->index(form.tab->model()->rowOfEvent(declared), CaseTimelineModel::DetailsColumn)
              .data()
              .toString()
              .startsWith(QStringLiteral("Cancelled by paul on ")));
    form.dialog->reject();
}

TEST_CASE("A file that is not a PDF is refused in the dialog with the reason and nothing is "
          "recorded")
{
    GuiFixture fixture;
    GuiAgency agency = GuiAgency::withRuns(fixture);
    const Database& db = *agency.db;
    Form form = openForm(db, "LOC10");
    CaseEventDialog* dialog = openEventDialog(form.tab);
    dialog->setKind(CaseEventKind::VisaleDeclared);
    // QTest types ASCII only; accents arrive as an input method would.
    dialog->findChild<QPlainTextEdit*>(QStringLiteral("eventNote"))
        ->insertPlainText(QStringLiteral("Déclaration faite"));
    REQUIRE(dialog
                ->chooseFile(writeFile(fixture, QStringLiteral("scan.docx"),
                                       QByteArrayLiteral("PK\x03\x04 not a pdf")))
                .ok());
    clickRecord(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->errorText() ==
          QStringLiteral("The document is not a PDF file: save it as PDF and try again."));
    CHECK(eventsOf(db, "LOC10").isEmpty());
    // What was typed is still there to fix and try again.
    CHECK(dialog->event().kind == CaseEventKind::VisaleDeclared);
    CHECK(dialog->event().note == QStringLiteral("Déclaration faite"));
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("eventDocument"))->text() ==
          QStringLiteral("scan.docx"));
    dialog->reject();
    form.dialog->reject();
}

TEST_CASE("The form shows the account's deadlines as of today, late ones marked, with the "
          "resolutory clause once a commandement is served")
{
    GuiFixture fixture;
    GuiAgency agency = GuiAgency::withRuns(fixture);
    const Database& db = *agency.db;
    // LOC2 owes November's 900,00 €; 500,00 € of housing aid is paid to the
    // agency: 900 ≥ 2 × 400 makes the arrears to report to the CAF.
    auto loc2 = AccountRepository(db).byRef(QStringLiteral("LOC2"));
    REQUIRE(loc2.ok());
    loc2->housingAid = Money::fromCents(50000);
    REQUIRE(AccountRepository(db).save(*loc2).ok());

    Form form = openForm(db, "LOC2");
    QTableWidget* deadlines = form.tab->deadlinesBox()->table();
    REQUIRE(deadlines->isVisible());
    REQUIRE(deadlines->rowCount() == 1);
    CHECK(deadlines->item(0, CaseDeadlinesBox::KindColumn)->text() ==
          QStringLiteral("Report arrears to the CAF"));
    CHECK(deadlines->item(0, CaseDeadlinesBox::SinceColumn)->text() ==
          QStringLiteral("02/11/2026"));
    CHECK(deadlines->item(0, CaseDeadlinesBox::DueColumn)->text() == QStringLiteral("02/01/2027"));
    CHECK(deadlines->item(0, CaseDeadlinesBox::StatusColumn)->text() == QStringLiteral("Open"));
    CHECK(deadlines->item(0, CaseDeadlinesBox::KindColumn)
              ->toolTip()
              .contains(QStringLiteral("CCH R.824-4")));
    CHECK(deadlines->item(0, CaseDeadlinesBox::KindColumn)
              ->toolTip()
              .contains(QStringLiteral("within two months")));
    CHECK_FALSE(deadlines->item(0, CaseDeadlinesBox::StatusColumn)->font().bold());
    form.dialog->reject();

    // In January it is late, and marked; a commandement gives the clause's date.
    record(db, "LOC2", CaseEventKind::CommandementServed, QDate(2027, 1, 5), QString(),
           QStringLiteral("marie"));
    Form later = openForm(db, "LOC2", QDate(2027, 1, 10));
    deadlines = later.tab->deadlinesBox()->table();
    REQUIRE(deadlines->rowCount() == 1);
    CHECK(deadlines->item(0, CaseDeadlinesBox::StatusColumn)->text() == QStringLiteral("Late"));
    CHECK(deadlines->item(0, CaseDeadlinesBox::StatusColumn)->font().bold());
    auto* clause = later.tab->findChild<QLabel*>(QStringLiteral("caseClauseEffective"));
    REQUIRE(clause);
    CHECK(clause->isVisible());
    // Lease start unknown: two months (Cour de cassation, avis of 13 June 2024).
    CHECK(clause->text() == QStringLiteral("Resolutory clause effective on 05/03/2027"));

    // Reported to the CAF: done, shown as done.
    record(db, "LOC2", CaseEventKind::CafReported, QDate(2027, 1, 8), QString(),
           QStringLiteral("marie"));
    later.tab->reload();
    bool done = false;
    for (int row = 0; row < deadlines->rowCount(); ++row)
        if (deadlines->item(row, CaseDeadlinesBox::KindColumn)->text() ==
            QStringLiteral("Report arrears to the CAF"))
            done = deadlines->item(row, CaseDeadlinesBox::StatusColumn)->text() ==
                   QStringLiteral("Done");
    CHECK(done);
    later.dialog->reject();
}

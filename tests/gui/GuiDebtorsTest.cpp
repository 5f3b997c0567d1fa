#include "GuiFixture.h"
#include "SmtpFixture.h"
#include "TestSupport.h"

#include "common/AgencyMail.h"
#include "common/MessageBox.h"
#include "debtors/AccountRemindersModel.h"
#include "debtors/AsOfDateEdit.h"
#include "debtors/DebtorFilterProxy.h"
#include "debtors/DebtorTableModel.h"
#include "debtors/DebtorsPage.h"
#include "debtors/LetterPreviewDialog.h"
#include "debtors/RunFlow.h"
#include "debtors/SimulationDialog.h"
#include "debtors/UnpaidItemsModel.h"
#include "mail/MemoryKeychain.h"
#include "mail/OutboxState.h"
#include "mail/SmtpSettings.h"
#include "main/DatabaseOpener.h"
#include "main/MainWindow.h"
#include "reminders/RunService.h"
#include "storage/AccountRepository.h"
#include "storage/LedgerRepository.h"
#include "storage/OutboxRepository.h"
#include "storage/ProgramRepository.h"
#include "storage/ReminderRepository.h"
#include "storage/RunRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <pwd.h>
#include <unistd.h>

namespace {

const QDate asOf(2026, 11, 20);

// The sample agency as of 20 November 2026: LOC10 owes two rents (one part
// paid), LOC2 and LOC3 one each, LOC4 has paid, LOC1 owes one rent but is on
// a payment plan (excluded, may be reminded by hand). The newest payment is
// 17 days old: the ledger counts as stale.
std::unique_ptr<Database> agency(GuiFixture& fixture)
{
    auto db = fixture.preparedAgency();

    auto zoe = AccountRepository(*db).byRef(QStringLiteral("LOC1"));
    REQUIRE(zoe.ok());
    zoe->paymentPlan = true;
    REQUIRE(AccountRepository(*db).save(*zoe).ok());

    QList<LedgerEntry> ledger = GuiFixture::sampleLedger(*db);
    ledger << GuiFixture::ledgerEntry(GuiFixture::idOf(*db, "LOC1"), "R-2026-11", Side::Debit,
                                      QDate(2026, 11, 1), 45050,
                                      QStringLiteral("Loyer novembre 2026"));
    GuiFixture::insertLedger(*db, ledger);
    return db;
}

void useServer(const Database& db, const SmtpFixture& server)
{
    SmtpSettings smtp;
    smtp.host = QStringLiteral("localhost");
    smtp.port = server.port();
    smtp.security = SmtpSettings::Security::StartTls;
    smtp.fromAddress = QStringLiteral("relances@agence-du-parc.fr");
    smtp.caFile = server.caFile();
    smtp.connectTimeoutMs = 10000;
    smtp.readTimeoutMs = 10000;
    REQUIRE(smtp.save(db).ok());
}

int rowOf(const DebtorTableModel* model, const char* ref)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->debtorAt(row).account.ref == QLatin1String(ref))
            return row;
    FAIL("no row for " << ref);
    return -1;
}

QStringList refsOf(const QAbstractItemModel* model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, DebtorTableModel::RefColumn).data().toString();
    return out;
}

int reminderCount(const Database& db)
{
    auto all = ReminderRepository(db).all();
    REQUIRE(all.ok());
    return int(all->size());
}

// Text with every run of spaces (no-break ones and line ends too) as one
// space: what a reader sees, whatever the PDF's layout.
QString flat(const QString& text)
{
    QString out = text;
    out.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
    return out.simplified();
}

QString money(qint64 cents)
{
    return flat(Money::fromCents(cents).toLocaleString(QLocale(QLocale::French)));
}

bool waitForFlow(DebtorsPage& page)
{
    return GuiFixture::waitUntil([&] { return !page.runFlow()->isBusy(); }, 60000);
}

} // namespace

TEST_CASE("The debtor list shows each debtor with its amounts and the plan's decision and the "
          "rows the plan issues to are checked")
{
    GuiFixture fixture;
    auto db = agency(fixture);
    DebtorsPage page;
    page.setAsOf(asOf);
    page.setDatabase(db.get());
    // The list fills in the background, as in the window.
    REQUIRE(GuiFixture::waitUntil([&] { return !page.isLoading(); }));
    QAbstractItemModelTester modelTester(page.model(),
                                         QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester proxyTester(page.proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::Warning);

    const DebtorTableModel* model = page.model();
    // LOC4 paid: not a debtor.
    CHECK(refsOf(page.proxy()) == QStringList{QStringLiteral("LOC1"), QStringLiteral("LOC2"),
                                              QStringLiteral("LOC3"), QStringLiteral("LOC10")});
    const int loc10 = rowOf(model, "LOC10");
    CHECK(model->debtorAt(loc10).position.overdue.cents() == 152700);
    CHECK(model->index(loc10, DebtorTableModel::OverdueColumn).data().toString() ==
          Money::fromCents(152700).toLocaleString());
    CHECK(model->index(loc10, DebtorTableModel::DaysLateColumn).data().toString() ==
          QStringLiteral("50"));
    CHECK(model->isChecked(loc10));
    CHECK(model->isChecked(rowOf(model, "LOC2")));
    CHECK(model->isChecked(rowOf(model, "LOC3")));
    // The payment plan: unchecked, with its reason, but it may be checked.
    const int loc1 = rowOf(model, "LOC1");
    CHECK_FALSE(model->isChecked(loc1));
    CHECK(model->decisionAt(loc1) == DebtorTableModel::SkippedOverridable);
    CHECK(model->index(loc1, DebtorTableModel::NextColumn)
              .data()
              .toString()
              .startsWith(QStringLiteral("Skipped")));
    // The stale ledger is said before anything is issued.
    CHECK(page.warningText().contains(QStringLiteral("ledger")));

    // Selecting a debtor shows its unpaid items and their total.
    page.table()->setCurrentIndex(
        page.proxy()->mapFromSource(model->index(loc10, DebtorTableModel::RefColumn)));
    REQUIRE(page.itemsModel()->rowCount() == 2);
    CHECK(page.itemsModel()->index(0, UnpaidItemsModel::RemainingColumn).data().toString() ==
          Money::fromCents(51350).toLocaleString());
    CHECK(page.itemsModel()->index(1, UnpaidItemsModel::RemainingColumn).data().toString() ==
          Money::fromCents(101350).toLocaleString());

    // Sorting by overdue sorts by cents: 95,00 € < 450,50 € < 900,00 € < 1 527,00 €.
    page.table()->sortByColumn(DebtorTableModel::OverdueColumn, Qt::AscendingOrder);
    CHECK(refsOf(page.proxy()) == QStringList{QStringLiteral("LOC3"), QStringLiteral("LOC1"),
                                              QStringLiteral("LOC2"), QStringLiteral("LOC10")});

    // Filters live in the proxy: search, to remind / skipped, minimum amount.
    page.table()->sortByColumn(DebtorTableModel::RefColumn, Qt::AscendingOrder);
    QTest::keyClicks(page.searchBox(), QStringLiteral("durand"));
    CHECK(refsOf(page.proxy()) == QStringList{QStringLiteral("LOC10")});
    page.searchBox()->clear();
    page.proxy()->setShow(DebtorFilterProxy::Show::Skipped);
    CHECK(refsOf(page.proxy()) == QStringList{QStringLiteral("LOC1")});
    page.proxy()->setShow(DebtorFilterProxy::Show::All);
    page.proxy()->setMinimumOverdueCents(50000);
    CHECK(refsOf(page.proxy()) == QStringList{QStringLiteral("LOC2"), QStringLiteral("LOC10")});
    page.proxy()->setMinimumOverdueCents(0);

    // Select none / all work on what is shown; select all checks only what
    // the plan issues (the payment plan stays unchecked).
    page.selectNone();
    CHECK(page.model()->checkedCount() == 0);
    page.selectAll();
    CHECK(page.model()->checkedCount() == 3);
    CHECK_FALSE(page.model()->isChecked(loc1));
}

TEST_CASE("Three debtors checked are saved as one PDF and the e-mail offer sends the same "
          "letters to a local SMTP server")
{
    GuiFixture fixture;
    auto db = agency(fixture);
    SmtpFixture server({QStringLiteral("--security"), QStringLiteral("starttls")});
    REQUIRE(server.ready());
    useServer(*db, server);
    MemoryKeychain keychain;

    MainWindow window(std::move(db));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showSection(MainWindow::DebtorsSection);
    auto* page = window.findChild<DebtorsPage*>();
    REQUIRE(page);
    page->setKeychain(&keychain);
    page->setAsOf(asOf);
    REQUIRE(page->reload().ok());
    const Database& database = *window.database();
    REQUIRE(page->model()->checkedCount() == 3);
    GuiFixture::screenshot(&window, QStringLiteral("debtors-before-print"));

    // Print to PDF: the stale ledger is confirmed, then the e-mails accepted.
    MessageBox::clearLog();
    MessageBox::setNextAnswer(QMessageBox::Yes); // issue despite the stale ledger
    MessageBox::setNextAnswer(QMessageBox::Yes); // « Envoyer aussi par e-mail ? »
    const QString pdf = fixture.path(QStringLiteral("relances.pdf"));
    REQUIRE(page->saveAsPdf(pdf));
    const bool received =
        GuiFixture::waitUntil([&] { return server.messages().size() >= 2; }, 60000);
    INFO(MessageBox::shownTexts().join(QStringLiteral(" || ")).toStdString());
    INFO(server.log().toStdString());
    REQUIRE(received);
    REQUIRE(waitForFlow(*page));

    // The questions the user saw.
    const QStringList asked = MessageBox::shownTexts();
    REQUIRE(asked.size() >= 2);
    CHECK(asked.at(0).contains(QStringLiteral("out of date")));
    CHECK(asked.at(1).contains(QStringLiteral("LOC10")));
    CHECK(asked.at(1).contains(QStringLiteral("LOC2")));

    // One PDF with the three tenants' letters (the first level writes to
    // tenants only).
    const QString text = TestSupport::pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Hélène Durand")));
    CHECK(text.contains(QStringLiteral("Jean Dupont")));
    CHECK(text.contains(QStringLiteral("Cœur de Ville")));
    CHECK_FALSE(text.contains(QStringLiteral("Paul Durand")));
    CHECK(flat(text).contains(money(152700)));
    CHECK_FALSE(text.contains(QStringLiteral("Zoé Martin")));
    CHECK(TestSupport::pdfInfo(pdf, QStringLiteral("Pages")).toInt() == 3);

    // The run is recorded once, its letters generated, its e-mails sent.
    auto reminders = ReminderRepository(database).all();
    REQUIRE(reminders.ok());
    QStringList issuedTo;
    for (const ReminderRecord& r : *reminders)
        issuedTo << AccountRepository(database).byId(r.accountId)->ref;
    issuedTo.sort();
    CHECK(issuedTo ==
          QStringList{QStringLiteral("LOC10"), QStringLiteral("LOC2"), QStringLiteral("LOC3")});
    auto letters = ReminderRepository(database).lettersOfRun(page->runFlow()->outcome().runId);
    REQUIRE(letters.ok());
    REQUIRE(letters->size() == 3);
    for (const ReminderLetter& l : *letters)
        CHECK(l.state == LetterState::Generated);

    // What the server received: the tenants who have an address, each with
    // their letter attached.
    QStringList to;
    for (const QJsonObject& m : server.messages()) {
        to << m.value(QStringLiteral("to")).toString();
        const QJsonArray attachments = m.value(QStringLiteral("attachments")).toArray();
        REQUIRE(attachments.size() == 1);
        const QString attached =
            attachments.at(0).toObject().value(QStringLiteral("path")).toString();
        const QString pdfPath = attached + QStringLiteral(".pdf");
        QFile::remove(pdfPath);
        REQUIRE(QFile::copy(attached, pdfPath));
        CHECK(TestSupport::pdfText(pdfPath).contains(
            m.value(QStringLiteral("to")).toString().contains(QStringLiteral("durand"))
                ? QStringLiteral("Hélène Durand")
                : QStringLiteral("Jean Dupont")));
    }
    to.sort();
    CHECK(to.join(u'|').contains(QStringLiteral("helene.durand@example.fr")));
    CHECK(to.join(u'|').contains(QStringLiteral("jean.dupont@example.fr")));
    CHECK(server.messages().size() == 2);
    auto outbox = OutboxRepository(database).list(std::nullopt);
    REQUIRE(outbox.ok());
    for (const OutboxMessage& m : *outbox)
        CHECK(m.state == OutboxState::Sent);

    // The list is read again: nobody is due a reminder a second time.
    CHECK(page->model()->checkedCount() == 0);
}

TEST_CASE("A skipped debtor checked by hand gets a manual reminder only after the user confirms "
          "the reason")
{
    GuiFixture fixture;
    auto db = agency(fixture);
    DebtorsPage page;
    page.setAsOf(asOf);
    page.setDatabase(db.get());
    // The list fills in the background, as in the window.
    REQUIRE(GuiFixture::waitUntil([&] { return !page.isLoading(); }));
    page.selectNone();
    const int loc1 = rowOf(page.model(), "LOC1");
    REQUIRE(page.model()->setData(page.model()->index(loc1, DebtorTableModel::RefColumn),
                                  Qt::Checked, Qt::CheckStateRole));
    REQUIRE(page.model()->checkedCount() == 1);

    // Cancel: nothing is recorded.
    MessageBox::clearLog();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    CHECK_FALSE(page.saveAsPdf(fixture.path(QStringLiteral("no.pdf"))));
    CHECK(MessageBox::lastText().contains(QStringLiteral("LOC1")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("payment plan"), Qt::CaseInsensitive));
    CHECK(reminderCount(*db) == 0);
    CHECK_FALSE(QFile::exists(fixture.path(QStringLiteral("no.pdf"))));

    // Yes (and yes to the stale ledger): a manual reminder with its reason.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    MessageBox::setNextAnswer(QMessageBox::No); // keep the e-mail in the outbox
    const QString pdf = fixture.path(QStringLiteral("manual.pdf"));
    REQUIRE(page.saveAsPdf(pdf));
    REQUIRE(waitForFlow(page));
    auto reminders = ReminderRepository(*db).all();
    REQUIRE(reminders.ok());
    REQUIRE(reminders->size() == 1);
    CHECK(reminders->at(0).manual);
    CHECK(reminders->at(0).overriddenReason.contains(QStringLiteral("payment_plan")));
    CHECK(reminders->at(0).userName == Database::currentUserName());
    CHECK(TestSupport::pdfText(pdf).contains(QStringLiteral("Zoé Martin")));
    // Answered No to the e-mail offer: the message waits in the outbox.
    auto outbox = OutboxRepository(*db).list(std::nullopt);
    REQUIRE(outbox.ok());
    REQUIRE(outbox->size() == 1);
    CHECK(outbox->at(0).state == OutboxState::Queued);
    CHECK(outbox->at(0).toAddress == QStringLiteral("zoe.martin@example.fr"));
}

TEST_CASE("The preview draws the checked debtors' letters and records nothing")
{
    GuiFixture fixture;
    auto db = agency(fixture);
    DebtorsPage page;
    page.setAsOf(asOf);
    page.setDatabase(db.get());
    // The list fills in the background, as in the window.
    REQUIRE(GuiFixture::waitUntil([&] { return !page.isLoading(); }));
    page.selectNone();
    page.model()->setChecked({rowOf(page.model(), "LOC2")}, true);

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString pdf = fixture.path(QStringLiteral("preview.pdf"));
    printer.setOutputFileName(pdf);
    page.paintPreview(&printer);
    const QString text = TestSupport::pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Jean Dupont")));
    CHECK(flat(text).contains(money(90000)));
    CHECK_FALSE(text.contains(QStringLiteral("Hélène Durand")));
    CHECK(reminderCount(*db) == 0);
}

TEST_CASE("The simulation lists what a run would issue and why others are skipped and goes to "
          "the agency by e-mail as does a test letter")
{
    GuiFixture fixture;
    auto db = agency(fixture);
    SmtpFixture server({QStringLiteral("--security"), QStringLiteral("starttls")});
    REQUIRE(server.ready());
    useServer(*db, server);
    MemoryKeychain keychain;
    DebtorsPage page;
    page.setKeychain(&keychain);
    page.setAsOf(asOf);
    page.setDatabase(db.get());
    // The list fills in the background, as in the window.
    REQUIRE(GuiFixture::waitUntil([&] { return !page.isLoading(); }));

    SimulationDialog dialog(*db, page.model()->plan(), page.model(), &keychain);
    const QString html = dialog.html();
    for (const char* ref : {"LOC10", "LOC2", "LOC3", "LOC1"})
        CHECK(html.contains(QString::fromLatin1(ref)));
    CHECK(html.contains(QStringLiteral("3 reminder")));
    CHECK(html.contains(QStringLiteral("1 debtor")));
    CHECK(html.contains(QStringLiteral("manual reminder is possible")));
    CHECK(html.contains(QStringLiteral("ledger may be out of date")));
    const QString simulationPdf = fixture.path(QStringLiteral("simulation.pdf"));
    REQUIRE(dialog.writePdf(simulationPdf));
    const QString simulation = flat(TestSupport::pdfText(simulationPdf));
    CHECK(simulation.contains(QStringLiteral("LOC10")));
    CHECK(simulation.contains(money(152700)));
    CHECK(simulation.contains(QStringLiteral("accounts with a payment plan")));

    REQUIRE(dialog.emailToAgency());
    REQUIRE(server.waitForMessages(1));
    REQUIRE(dialog.agencyMail()->task()->waitForFinished());
    QJsonObject sent = server.messages().at(0);
    CHECK(sent.value(QStringLiteral("rcpt_tos")).toArray().at(0).toString() ==
          QStringLiteral("gestion@agence-du-parc.fr"));
    CHECK(sent.value(QStringLiteral("subject")).toString().contains(QStringLiteral("simulation")));

    // A test letter: LOC2's letter, to the agency's address, not to LOC2.
    page.table()->setCurrentIndex(page.proxy()->mapFromSource(
        page.model()->index(rowOf(page.model(), "LOC2"), DebtorTableModel::RefColumn)));
    REQUIRE(page.sendTestLetter());
    REQUIRE(server.waitForMessages(2));
    REQUIRE(page.agencyMail()->task()->waitForFinished());
    sent = server.messages().at(1);
    CHECK(sent.value(QStringLiteral("rcpt_tos")).toArray().at(0).toString() ==
          QStringLiteral("gestion@agence-du-parc.fr"));
    CHECK(sent.value(QStringLiteral("subject")).toString().startsWith(QStringLiteral("[TEST]")));
    const QJsonArray attachments = sent.value(QStringLiteral("attachments")).toArray();
    REQUIRE(attachments.size() == 1);
    const QString attached = attachments.at(0).toObject().value(QStringLiteral("path")).toString();
    REQUIRE(QFile::copy(attached, fixture.path(QStringLiteral("test-letter.pdf"))));
    CHECK(TestSupport::pdfText(fixture.path(QStringLiteral("test-letter.pdf")))
              .contains(QStringLiteral("Jean Dupont")));
    // Nothing was recorded by either.
    CHECK(reminderCount(*db) == 0);
}

TEST_CASE("On a demo agency the debtors screen lists the plan's reminders checked and their "
          "skipped neighbours with reasons")
{
    GuiFixture fixture;
    const QString path = fixture.path(QStringLiteral("demo.sqlite"));
    GuiFixture::installDemo(path, 60, 6);
    const auto plan = TestSupport::runCli({QStringLiteral("plan"), QStringLiteral("--as-of"),
                                           QStringLiteral("2026-11-23"), QStringLiteral("--json"),
                                           QStringLiteral("--db"), path});
    REQUIRE(plan.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(plan.out.toUtf8()).object();
    const int planned = int(json.value(QStringLiteral("reminders")).toArray().size());

    auto db = DatabaseOpener::open(path, false);
    REQUIRE(db.ok());
    MainWindow window(std::move(db.value()));
    window.resize(1280, 760);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* page = window.findChild<DebtorsPage*>();
    REQUIRE(page);
    page->setAsOf(QDate(2026, 11, 23));
    REQUIRE(page->reload().ok());
    // The screen and `relance-cli plan` agree: same reminders, checked.
    CHECK(page->model()->checkedCount() == planned);
    CHECK(planned > 0);
    const QJsonArray skipped = json.value(QStringLiteral("skipped")).toArray();
    CHECK(page->model()->rowCount() == planned + skipped.size());
    page->table()->setCurrentIndex(page->proxy()->index(0, 0));
    QCoreApplication::processEvents();
    GuiFixture::screenshot(&window, QStringLiteral("debtors"));
}

TEST_CASE("Cancelling a print at once leaves either nothing recorded or the run recorded with its "
          "letters in the print batch")
{
    GuiFixture fixture;
    auto db = agency(fixture);
    DebtorsPage page;
    page.setAsOf(asOf);
    page.setDatabase(db.get());
    // The list fills in the background, as in the window.
    REQUIRE(GuiFixture::waitUntil([&] { return !page.isLoading(); }));
    MessageBox::clearLog();
    MessageBox::setNextAnswer(QMessageBox::Yes); // the stale ledger
    const QString pdf = fixture.path(QStringLiteral("cancelled.pdf"));
    REQUIRE(page.saveAsPdf(pdf));
    page.runFlow()->cancel();
    REQUIRE(waitForFlow(page));

    auto reminders = ReminderRepository(*db).all();
    REQUIRE(reminders.ok());
    auto pending = ReminderRepository(*db).pendingLetters();
    REQUIRE(pending.ok());
    auto* result = page.findChild<QLabel*>(QStringLiteral("lastResult"));
    REQUIRE(result);
    if (reminders->isEmpty()) {
        CHECK(result->text().contains(QStringLiteral("nothing was recorded")));
        CHECK(pending->isEmpty());
    } else {
        // Stopped while drawing: every letter of the run waits to be printed,
        // and the user is told.
        CHECK(int(pending->size()) == 3);
        CHECK(result->text().contains(QStringLiteral("print batch")));
    }
    // No e-mail left without its letter: nothing was sent.
    auto outbox = OutboxRepository(*db).list(std::nullopt);
    REQUIRE(outbox.ok());
    for (const OutboxMessage& m : *outbox)
        CHECK(m.state == OutboxState::Queued);
}

TEST_CASE("Letters an automated run left in the print batch are shown and printed from the "
          "debtors screen and their e-mails can then go")
{
    GuiFixture fixture;
    auto db = agency(fixture);
    SmtpFixture server({QStringLiteral("--security"), QStringLiteral("starttls")});
    REQUIRE(server.ready());
    useServer(*db, server);
    MemoryKeychain keychain;

    // What run-due leaves behind: reminders recorded, letters to print.
    RunOptions options;
    options.asOf = asOf;
    options.force = true;
    options.userName = QStringLiteral("automation");
    options.letterState = LetterState::Pending;
    auto outcome = RunService(*db).run(options);
    REQUIRE(outcome.ok());
    REQUIRE(outcome->issued.size() == 3);

    DebtorsPage page;
    page.setKeychain(&keychain);
    page.setAsOf(asOf);
    page.setDatabase(db.get());
    // The list fills in the background, as in the window.
    REQUIRE(GuiFixture::waitUntil([&] { return !page.isLoading(); }));
    auto* bar = page.findChild<QWidget*>(QStringLiteral("printBatchBar"));
    REQUIRE(bar);
    CHECK_FALSE(bar->isHidden());
    auto* label = bar->findChild<QLabel*>();
    REQUIRE(label);
    CHECK(label->text().startsWith(QStringLiteral("3 ")));

    LetterOutputOptions output;
    output.mergedPath = fixture.path(QStringLiteral("batch.pdf"));
    REQUIRE(page.runFlow()->printBatch(output));
    REQUIRE(waitForFlow(page));
    const QString text = TestSupport::pdfText(output.mergedPath);
    CHECK(text.contains(QStringLiteral("Hélène Durand")));
    CHECK(text.contains(QStringLiteral("Jean Dupont")));
    auto letters = ReminderRepository(*db).lettersOfRun(outcome->runId);
    REQUIRE(letters.ok());
    for (const ReminderLetter& l : *letters) {
        CHECK(l.state == LetterState::Generated);
        CHECK(QFile::exists(l.filePath));
    }
    CHECK(bar->isHidden());

    // The e-mails had waited for those PDFs; now they go, letters attached.
    REQUIRE(page.runFlow()->sendEmails(outcome->runId));
    REQUIRE(server.waitForMessages(2));
    REQUIRE(waitForFlow(page));
    for (const QJsonObject& m : server.messages())
        CHECK(m.value(QStringLiteral("attachments")).toArray().size() == 1);
}

TEST_CASE("An automated run refused for a stale ledger is shown on the debtors screen until a run "
          "goes through")
{
    GuiFixture fixture;
    auto db = agency(fixture);
    auto global = ProgramRepository(*db).global();
    REQUIRE(global.ok());
    RunOptions automated;
    automated.asOf = asOf;
    automated.mode = RunMode::Automated;
    automated.levelId = global->level(1)->id;
    automated.levelPosition = 1;
    automated.userName = QStringLiteral("automation");
    auto refused = RunService(*db).run(automated);
    REQUIRE(refused.ok());
    REQUIRE(refused->status == RunStatus::Refused);

    DebtorsPage page;
    page.setAsOf(asOf);
    page.setDatabase(db.get());
    // The list fills in the background, as in the window.
    REQUIRE(GuiFixture::waitUntil([&] { return !page.isLoading(); }));
    auto* notice = page.findChild<QLabel*>(QStringLiteral("refusedRunNotice"));
    REQUIRE(notice);
    CHECK_FALSE(notice->isHidden());
    CHECK(notice->text().contains(QStringLiteral("refused")));

    // The user imports, checks and prints: the notice goes.
    MessageBox::clearLog();
    MessageBox::setNextAnswer(QMessageBox::Yes); // the stale ledger
    MessageBox::setNextAnswer(QMessageBox::No);  // e-mails stay queued
    REQUIRE(page.saveAsPdf(fixture.path(QStringLiteral("after.pdf"))));
    REQUIRE(waitForFlow(page));
    CHECK(notice->isHidden());
}

TEST_CASE("Letters waiting to be printed bring the window up on the debtors screen whatever "
          "section was used last")
{
    GuiFixture fixture;
    auto db = agency(fixture);
    QSettings().setValue(QStringLiteral("mainWindow/section2"), int(MainWindow::AccountsSection));
    const QString path = db->config().path;
    {
        MainWindow window(std::move(db));
        CHECK(window.currentSection() == MainWindow::AccountsSection);
        RunOptions options;
        options.asOf = asOf;
        options.force = true;
        options.userName = QStringLiteral("automation");
        options.letterState = LetterState::Pending;
        auto outcome = RunService(*window.database()).run(options);
        REQUIRE(outcome.ok());
        REQUIRE(outcome->issued.size() == 3);
    }
    QSettings().setValue(QStringLiteral("mainWindow/section2"), int(MainWindow::AccountsSection));
    auto again = DatabaseOpener::open(path, false);
    REQUIRE(again.ok());
    MainWindow window(std::move(again.value()));
    CHECK(window.currentSection() == MainWindow::DebtorsSection);
}

TEST_CASE("The preview marks its pages DRAFT and its Print button goes through the run: recorded "
          "once, then the e-mail offer")
{
    GuiFixture fixture;
    auto db = agency(fixture);
    DebtorsPage page;
    page.resize(1200, 800);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.setAsOf(asOf);
    page.setDatabase(db.get());
    // The list fills in the background, as in the window.
    REQUIRE(GuiFixture::waitUntil([&] { return !page.isLoading(); }));
    page.selectNone();
    page.model()->setChecked({rowOf(page.model(), "LOC2")}, true);

    // The pages the preview draws (its own paint path) say DRAFT; paper and
    // PDF from the run do not (the three-debtor test reads them).
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString drawn = fixture.path(QStringLiteral("preview-pages.pdf"));
    printer.setOutputFileName(drawn);
    page.paintPreview(&printer);
    const QString text = TestSupport::pdfText(drawn);
    // The mark runs across the page, under the letter: in the order the page
    // draws it (-raw) its letters come first, one a line (the text is turned).
    QProcess raw;
    raw.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), drawn, QStringLiteral("-")});
    REQUIRE(raw.waitForFinished(30000));
    const QString drawnText = QString::fromUtf8(raw.readAllStandardOutput());
    INFO(drawnText.left(300).toStdString());
    CHECK(drawnText.simplified().remove(u' ').startsWith(QStringLiteral("DRAFT")));
    CHECK(text.contains(QStringLiteral("Jean Dupont")));

    // The preview window: no standard print preview (its printer button
    // printed final letters that no run recorded).
    page.preview();
    QPointer<LetterPreviewDialog> dialog = page.findChild<LetterPreviewDialog*>();
    REQUIRE(dialog);
    CHECK(page.findChildren<QPrintPreviewDialog*>().isEmpty());
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    QTest::qWait(100); // the pages are drawn
    GuiFixture::screenshot(dialog, QStringLiteral("debtors-preview"));

    // Its Print closes it and opens the run's print dialog; printing to a
    // file records the run once and offers the e-mails.
    const QString pdf = fixture.path(QStringLiteral("from-preview.pdf"));
    QString printTitle;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &page, [&] {
        auto* print = qobject_cast<QPrintDialog*>(QApplication::activeModalWidget());
        if (!print)
            return;
        poll.stop();
        printTitle = print->windowTitle();
        if (auto* file = print->findChild<QLineEdit*>(QStringLiteral("filename")))
            file->setText(pdf);
        print->printer()->setOutputFormat(QPrinter::PdfFormat);
        print->printer()->setOutputFileName(pdf);
        print->accept();
    });
    poll.start();
    MessageBox::clearLog();
    MessageBox::setNextAnswer(QMessageBox::Yes); // the stale ledger
    MessageBox::setNextAnswer(QMessageBox::No);  // « Envoyer aussi par e-mail ? »: later
    dialog->printAction()->trigger();
    REQUIRE(GuiFixture::waitUntil([&] { return !printTitle.isEmpty(); }));
    REQUIRE(GuiFixture::waitUntil([&] { return reminderCount(*db) > 0; }));
    REQUIRE(waitForFlow(page));
    CHECK(printTitle == QStringLiteral("Print the letters"));
    CHECK((!dialog || dialog->isHidden()));
    CHECK(reminderCount(*db) == 1);
    auto runs = RunRepository(*db).all();
    REQUIRE(runs.ok());
    CHECK(runs->size() == 1);
    const QStringList asked = MessageBox::shownTexts();
    INFO(asked.join(QStringLiteral(" || ")).toStdString());
    REQUIRE(asked.size() == 2);
    CHECK(asked.at(1).contains(QStringLiteral("LOC2")));
    CHECK_FALSE(TestSupport::pdfText(pdf).contains(QStringLiteral("DRAFT")));
}

TEST_CASE("Select all leaves the skipped debtors unchecked and the question about a skipped "
          "debtor checked by hand can leave it out and go on")
{
    GuiFixture fixture;
    auto db = agency(fixture);
    DebtorsPage page;
    page.setAsOf(asOf);
    page.setDatabase(db.get());
    // The list fills in the background, as in the window.
    REQUIRE(GuiFixture::waitUntil([&] { return !page.isLoading(); }));
    page.selectNone();
    page.selectAll();
    const int loc1 = rowOf(page.model(), "LOC1");
    CHECK(page.model()->checkedCount() == 3);
    CHECK_FALSE(page.model()->isChecked(loc1));
    REQUIRE(page.model()->setData(page.model()->index(loc1, DebtorTableModel::RefColumn),
                                  Qt::Checked, Qt::CheckStateRole));
    REQUIRE(page.model()->checkedCount() == 4);

    // Cancel: nothing at all.
    MessageBox::clearLog();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    CHECK_FALSE(page.saveAsPdf(fixture.path(QStringLiteral("cancelled.pdf"))));
    CHECK(reminderCount(*db) == 0);
    CHECK(MessageBox::lastText().contains(QStringLiteral("LOC1")));
    CHECK(MessageBox::lastButtonTexts().contains(QStringLiteral("Ignore them and continue")));
    CHECK(MessageBox::lastButtonTexts().contains(QStringLiteral("Include them")));
    CHECK(MessageBox::lastButtonTexts().contains(QStringLiteral("Cancel")));

    // Ignore them and continue: the three the plan issues, not the fourth.
    MessageBox::clearLog();
    MessageBox::setNextAnswer(QMessageBox::Ignore);
    MessageBox::setNextAnswer(QMessageBox::Yes); // the stale ledger
    MessageBox::setNextAnswer(QMessageBox::No);  // e-mails stay queued
    const QString pdf = fixture.path(QStringLiteral("without-loc1.pdf"));
    REQUIRE(page.saveAsPdf(pdf));
    REQUIRE(waitForFlow(page));
    auto reminders = ReminderRepository(*db).all();
    REQUIRE(reminders.ok());
    QStringList issuedTo;
    for (const ReminderRecord& r : *reminders) {
        issuedTo << AccountRepository(*db).byId(r.accountId)->ref;
        CHECK_FALSE(r.manual);
    }
    issuedTo.sort();
    CHECK(issuedTo ==
          QStringList{QStringLiteral("LOC10"), QStringLiteral("LOC2"), QStringLiteral("LOC3")});
    const QString text = TestSupport::pdfText(pdf);
    CHECK_FALSE(text.contains(QStringLiteral("Zoé Martin")));
    CHECK(text.contains(QStringLiteral("Jean Dupont")));
}

TEST_CASE("A manual reminder records the login name when USER is unset")
{
    // What cron, systemd units and some launchers give: no USER.
    struct Environment
    {
        QByteArray user = qgetenv("USER");
        QByteArray relance = qgetenv("RELANCE_USER");
        QByteArray logname = qgetenv("LOGNAME");
        ~Environment()
        {
            qputenv("USER", user);
            qputenv("RELANCE_USER", relance);
            qputenv("LOGNAME", logname);
        }
    } saved;
    qunsetenv("USER");
    qunsetenv("RELANCE_USER");
    qunsetenv("LOGNAME");
    qunsetenv("USERNAME");
    const passwd* entry = getpwuid(geteuid());
    REQUIRE(entry);
    const QString login = QString::fromLocal8Bit(entry->pw_name);

    GuiFixture fixture;
    auto db = agency(fixture);
    DebtorsPage page;
    page.setAsOf(asOf);
    page.setDatabase(db.get());
    // The list fills in the background, as in the window.
    REQUIRE(GuiFixture::waitUntil([&] { return !page.isLoading(); }));
    page.selectNone();
    page.model()->setChecked({rowOf(page.model(), "LOC1")}, true);
    MessageBox::clearLog();
    MessageBox::setNextAnswer(QMessageBox::Yes); // include the payment plan
    MessageBox::setNextAnswer(QMessageBox::Yes); // the stale ledger
    MessageBox::setNextAnswer(QMessageBox::No);  // e-mails stay queued
    REQUIRE(page.saveAsPdf(fixture.path(QStringLiteral("manual.pdf"))));
    REQUIRE(waitForFlow(page));
    auto reminders = ReminderRepository(*db).all();
    REQUIRE(reminders.ok());
    REQUIRE(reminders->size() == 1);
    CHECK(reminders->at(0).manual);
    CHECK_FALSE(reminders->at(0).userName.isEmpty());
    CHECK(reminders->at(0).userName == login);
}

TEST_CASE("A date picked in the calendar reads the list again and a date typed that cannot be "
          "read says so")
{
    GuiFixture fixture;
    auto db = agency(fixture);
    DebtorsPage page;
    page.resize(1200, 800);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.setAsOf(asOf);
    page.setDatabase(db.get());
    // The list fills in the background, as in the window.
    REQUIRE(GuiFixture::waitUntil([&] { return !page.isLoading(); }));
    REQUIRE(page.model()->plan().asOf == asOf);
    auto* edit = page.findChild<AsOfDateEdit*>(QStringLiteral("asOfDate"));
    REQUIRE(edit);

    // A click on 1 October in the calendar: nobody was late yet.
    QCalendarWidget* calendar = edit->calendarWidget();
    REQUIRE(calendar);
    const QDate october(2026, 10, 1);
    calendar->setSelectedDate(october);
    emit calendar->clicked(october);
    QCoreApplication::processEvents();
    CHECK(edit->date() == october);
    CHECK(page.model()->plan().asOf == october);
    CHECK(refsOf(page.proxy()).isEmpty());

    // Typed by hand, then the field left: text that is not a date, and a day
    // that does not exist. The list stays as of 1 October and the page says
    // why under the field.
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    QLineEdit* text = edit->lineEdit();
    auto* problem = page.findChild<QLabel*>(QStringLiteral("asOfDateProblem"));
    REQUIRE(problem);
    const auto typeAndLeave = [&](const QString& typed, bool tab) {
        edit->setFocus(Qt::OtherFocusReason);
        QCoreApplication::processEvents();
        text->selectAll();
        QTest::keyClicks(text, typed);
        if (tab) // focus moves to the next field
            QTest::keyClick(text, Qt::Key_Tab);
        else
            QTest::keyClick(text, Qt::Key_Return);
        QCoreApplication::processEvents();
    };
    for (const QString& typed :
         {QStringLiteral("abc"), QDate(2026, 2, 28)
                                     .toString(edit->displayFormat())
                                     .replace(QStringLiteral("28"), QStringLiteral("31"))}) {
        INFO("typed « " << typed.toStdString() << " » in a field shown as "
                        << edit->displayFormat().toStdString());
        typeAndLeave(typed, typed == QLatin1String("abc"));
        CHECK(page.model()->plan().asOf == october);
        CHECK(problem->isVisible());
        CHECK(problem->text().contains(QStringLiteral("is not a date")));
        CHECK(problem->text().contains(october.toString(edit->displayFormat())));
        CHECK(page.dateProblem() == problem->text());
    }
    GuiFixture::screenshot(&page, QStringLiteral("debtors-date-problem"));

    // A date typed that can be read: the list is as of it, the message goes.
    typeAndLeave(asOf.toString(edit->displayFormat()), false);
    CHECK(page.model()->plan().asOf == asOf);
    CHECK_FALSE(problem->isVisible());
    CHECK(page.dateProblem().isEmpty());
}

TEST_CASE("After the e-mails of a run are sent the current debtor's reminders show them sent")
{
    GuiFixture fixture;
    auto db = agency(fixture);
    SmtpFixture server({QStringLiteral("--security"), QStringLiteral("starttls")});
    REQUIRE(server.ready());
    useServer(*db, server);
    MemoryKeychain keychain;
    DebtorsPage page;
    page.setKeychain(&keychain);
    page.setAsOf(asOf);
    page.setDatabase(db.get());
    // The list fills in the background, as in the window.
    REQUIRE(GuiFixture::waitUntil([&] { return !page.isLoading(); }));
    page.selectNone();
    const int loc2 = rowOf(page.model(), "LOC2");
    page.model()->setChecked({loc2}, true);
    page.table()->setCurrentIndex(
        page.proxy()->mapFromSource(page.model()->index(loc2, DebtorTableModel::RefColumn)));

    MessageBox::clearLog();
    MessageBox::setNextAnswer(QMessageBox::Yes); // the stale ledger
    MessageBox::setNextAnswer(QMessageBox::Yes); // « Envoyer aussi par e-mail ? »
    REQUIRE(page.saveAsPdf(fixture.path(QStringLiteral("sent.pdf"))));
    // The run renders, asks and sends through the event loop: wait while
    // events are processed (SmtpFixture::waitForMessages only sleeps).
    REQUIRE(GuiFixture::waitUntil([&] { return server.messages().size() >= 1; }, 60000));
    REQUIRE(waitForFlow(page));
    QCoreApplication::processEvents();
    const AccountRemindersModel* reminders = page.remindersModel();
    REQUIRE(reminders->rowCount() == 1);
    CHECK(reminders->index(0, AccountRemindersModel::EmailColumn).data().toString() ==
          OutboxStates::label(OutboxState::Sent));
}

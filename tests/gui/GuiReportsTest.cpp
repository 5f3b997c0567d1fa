// The dashboard's reports (issue 15) on a real SQLite file, offscreen:
// « Recovery report (PDF)… » writes the report of the figures shown (read
// back with pdftotext), and « Landlords' statements… » writes one PDF per
// landlord with a tenant in arrears and the merged one, and queues each
// landlord's e-mail once, however many times it runs for the date.
#include "GuiFixture.h"
#include "SmtpFixture.h"
#include "TestSupport.h"

#include "common/MessageBox.h"
#include "dashboard/DashboardHeadline.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/OwnerStatementsDialog.h"
#include "dashboard/RecoveryReportSaver.h"
#include "history/HistoryPage.h"
#include "mail/SmtpSettings.h"
#include "main/MainWindow.h"
#include "outbox/OutboxTableModel.h"
#include "outbox/OutboxView.h"
#include "storage/OutboxRepository.h"
#include "storage/OwnerRepository.h"
#include "storage/OwnerStatementRepository.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QJsonArray>
#include <QLineEdit>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

namespace {

const QDate asOf(2026, 11, 20);

QString squeeze(QString s)
{
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{00a0}\\x{202f}]+"));
    return s.remove(spaces);
}

// The sample agency (GuiFixture::sampleLedger): as of 20 November 2026
// M. Jean Dupont (LOC2) owes 900,00 €, Société Cœur de Ville (LOC3)
// 95,00 €, Mme Hélène Durand (LOC10) 1 527,00 €. Mme Odile Faure (with an
// e-mail address) owns Dupont's and Durand's lots, M. Paul Girard (none)
// Cœur de Ville's.
std::unique_ptr<Database> agency(GuiFixture& fixture)
{
    auto db = fixture.preparedAgency();
    GuiFixture::insertLedger(*db, GuiFixture::sampleLedger(*db));
    OwnerRepository repo(*db);
    const auto own = [&](const QString& ref, const QString& name, const QString& email,
                         const QStringList& accounts) {
        Owner o;
        o.ref = ref;
        o.name = name;
        o.email = email;
        o.address1 = QStringLiteral("5 quai Saint-Vincent");
        o.postalCode = QStringLiteral("69001");
        o.city = QStringLiteral("Lyon");
        auto saved = repo.save(o);
        REQUIRE(saved.ok());
        for (const QString& account : accounts)
            REQUIRE(db->exec(QStringLiteral("UPDATE accounts SET owner_id = ? WHERE ref = ?"),
                             {saved->id, account}));
    };
    own(QStringLiteral("PROP-ODILE"), QStringLiteral("Mme Odile Faure"),
        QStringLiteral("odile.faure@example.fr"),
        {QStringLiteral("LOC2"), QStringLiteral("LOC10")});
    own(QStringLiteral("PROP-PAUL"), QStringLiteral("M. Paul Girard"), QString(),
        {QStringLiteral("LOC3")});
    return db;
}

std::unique_ptr<MainWindow> window(std::unique_ptr<Database> db)
{
    auto w = std::make_unique<MainWindow>(std::move(db));
    w->resize(1280, 900);
    w->show();
    REQUIRE(QTest::qWaitForWindowExposed(w.get()));
    return w;
}

DashboardPage* dashboardAsOf(MainWindow& w, QDate date)
{
    w.showSection(MainWindow::DashboardSection);
    DashboardPage* page = w.dashboardPage();
    REQUIRE(page);
    page->setAsOf(date);
    REQUIRE(GuiFixture::waitUntil([page] { return page->isUpToDate(); }, 60000));
    return page;
}

// Answers the next file dialog with `path`, as a user typing it would:
// once its folder is listed (the dialog selects its suggested name then,
// over anything typed before).
void answerFileDialog(QObject* context, const QString& path, bool* answered)
{
    auto* timer = new QTimer(context);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, context, [timer, path, answered] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto* model = dialog->findChild<QFileSystemModel*>();
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        if (!model || !name)
            return;
        timer->stop();
        timer->deleteLater();
        *answered = true;
        const auto type = [dialog, name, path] {
            name->setText(path);
            static_cast<QDialog*>(dialog)->accept(); // protected in QFileDialog
        };
        QObject::connect(model, &QFileSystemModel::directoryLoaded, dialog, type);
        // Listed already, or nothing to list: typed after a moment all the same.
        QTimer::singleShot(500, dialog, type);
    });
    timer->start();
}

} // namespace

TEST_CASE("« Recovery report (PDF)… » saves the report of the figures shown on the dashboard")
{
    GuiFixture fixture;
    auto w = window(agency(fixture));
    DashboardPage* page = dashboardAsOf(*w, asOf);
    const QString total = page->headline()->totalText();
    REQUIRE_FALSE(total.isEmpty());
    REQUIRE(page->reportButton()->isEnabled());

    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("rapport"));
    bool answered = false;
    answerFileDialog(page, pdf, &answered);
    MessageBox::clearLog();
    MessageBox::setNextAnswer(QMessageBox::Close); // not « Open »: no viewer here
    QTest::mouseClick(page->reportButton(), Qt::LeftButton);
    REQUIRE(answered);
    REQUIRE(page->reportSaver()->waitUntilIdle());

    // The suffix is added; the report names its date and the total shown.
    const QString written = pdf + QStringLiteral(".pdf");
    INFO(MessageBox::shownTexts().join(u'|').toStdString());
    REQUIRE(QFileInfo::exists(written));
    const QString text = TestSupport::pdfText(written);
    CHECK(text.contains(QStringLiteral("Rapport de recouvrement au 20 novembre 2026")));
    CHECK(squeeze(text).contains(squeeze(total)));
    CHECK(text.contains(QStringLiteral("M. Jean Dupont")));
    CHECK(MessageBox::lastText().contains(QDir::toNativeSeparators(written)));
    CHECK(page->reportButton()->isEnabled());
}

TEST_CASE("« Landlords' statements… » writes one statement per landlord with arrears and the "
          "merged PDF, and queues each landlord's e-mail once")
{
    GuiFixture fixture;
    auto w = window(agency(fixture));
    DashboardPage* page = dashboardAsOf(*w, asOf);
    QTemporaryDir out;
    const QString dir = out.filePath(QStringLiteral("releves"));

    OwnerStatementsDialog* dialog = page->showStatementsDialog();
    REQUIRE(dialog);
    CHECK(dialog->asOf() == asOf);
    dialog->setFolder(dir);
    dialog->setSendByEmail(true);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("runStatements")),
                      Qt::LeftButton);
    REQUIRE(dialog->waitUntilIdle());
    INFO(dialog->summaryText().toStdString());
    REQUIRE(dialog->outcome());

    // Two landlords have tenants in arrears: two files, and all in one.
    const QString odile = QDir(dir).filePath(QStringLiteral("releve-PROP-ODILE-2026-11-20.pdf"));
    const QString paul = QDir(dir).filePath(QStringLiteral("releve-PROP-PAUL-2026-11-20.pdf"));
    const QString merged = QDir(dir).filePath(QStringLiteral("releves-2026-11-20.pdf"));
    CHECK(QFileInfo::exists(odile));
    CHECK(QFileInfo::exists(paul));
    CHECK(QFileInfo::exists(merged));
    CHECK(QDir(dir).entryList({QStringLiteral("*.pdf")}, QDir::Files).size() == 3);
    CHECK(dialog->summaryText().contains(QStringLiteral("2 statement(s) written")));
    CHECK(dialog->summaryText().contains(QDir::toNativeSeparators(merged)));

    // Odile's statement: her two tenants and what they owe, not Paul's.
    const QString text = squeeze(TestSupport::pdfText(odile));
    CHECK(text.contains(squeeze(QStringLiteral("Mme Odile Faure"))));
    CHECK(text.contains(squeeze(QStringLiteral("M. Jean Dupont"))));
    CHECK(text.contains(squeeze(QStringLiteral("Mme Hélène Durand"))));
    CHECK(text.contains(squeeze(Money::fromCents(90000).toLocaleString())));
    CHECK(text.contains(squeeze(Money::fromCents(152700).toLocaleString())));
    CHECK_FALSE(text.contains(squeeze(QStringLiteral("Cœur de Ville"))));
    CHECK(squeeze(TestSupport::pdfText(merged)).contains(squeeze(QStringLiteral("Cœur de Ville"))));

    // Odile's e-mail waits in the outbox; Paul has no address.
    const Database& db = *w->database();
    REQUIRE(dialog->outcome()->queue);
    CHECK(dialog->outcome()->queue->queued == 1);
    CHECK(dialog->outcome()->queue->withoutAddress == 1);
    auto ids = OwnerStatementRepository(db).outboxMessages(asOf);
    REQUIRE(ids.ok());
    CHECK(ids->size() == 1);
    CHECK(dialog->summaryText().contains(QStringLiteral("1 e-mail(s) put in the outbox")));

    // Again for the same date: the files are written again, no e-mail is
    // queued twice.
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("runStatements")),
                      Qt::LeftButton);
    REQUIRE(dialog->waitUntilIdle());
    REQUIRE(dialog->outcome());
    REQUIRE(dialog->outcome()->queue);
    CHECK(dialog->outcome()->queue->queued == 0);
    CHECK(dialog->outcome()->queue->alreadyQueued == 1);
    CHECK(OwnerStatementRepository(db).outboxMessages(asOf)->size() == 1);
    CHECK(dialog->summaryText().contains(QStringLiteral("already had this date's statement")));
    CHECK_FALSE(dialog->findChild<QPushButton*>(QStringLiteral("statementsOutbox"))->isVisible());

    dialog->close();
}

TEST_CASE("The statements' « Open the outbox » shows the e-mails the dialog queued")
{
    GuiFixture fixture;
    auto w = window(agency(fixture));
    DashboardPage* page = dashboardAsOf(*w, asOf);
    QTemporaryDir out;
    OwnerStatementsDialog* dialog = page->showStatementsDialog();
    REQUIRE(dialog);
    dialog->setFolder(out.path());
    dialog->setSendByEmail(true);
    dialog->run();
    REQUIRE(dialog->waitUntilIdle());
    auto* toOutbox = dialog->findChild<QPushButton*>(QStringLiteral("statementsOutbox"));
    REQUIRE(toOutbox->isVisible());
    QTest::mouseClick(toOutbox, Qt::LeftButton);

    REQUIRE(w->currentSection() == MainWindow::HistorySection);
    auto* history = w->findChild<HistoryPage*>();
    REQUIRE(history);
    CHECK(history->tabs()->currentIndex() == HistoryPage::OutboxTab);
    OutboxTableModel* model = history->outboxView()->model();
    bool found = false;
    for (int row = 0; row < model->rowCount(); ++row)
        for (int column = 0; column < model->columnCount(); ++column)
            found = found || model->index(row, column)
                                 .data()
                                 .toString()
                                 .contains(QStringLiteral("odile.faure@example.fr"));
    CHECK(found);
}

TEST_CASE("Without e-mail, the statements are written and nothing goes to the outbox")
{
    GuiFixture fixture;
    auto w = window(agency(fixture));
    DashboardPage* page = dashboardAsOf(*w, asOf);
    QTemporaryDir out;
    OwnerStatementsDialog* dialog = page->showStatementsDialog();
    REQUIRE(dialog);
    dialog->setFolder(out.path());
    dialog->setSendByEmail(false);
    dialog->run();
    REQUIRE(dialog->waitUntilIdle());
    REQUIRE(dialog->outcome());
    CHECK(dialog->outcome()->statements == 2);
    CHECK_FALSE(dialog->outcome()->queue);
    CHECK(OwnerStatementRepository(*w->database()).outboxMessages(asOf)->isEmpty());
    CHECK_FALSE(dialog->summaryText().contains(QStringLiteral("outbox")));
    CHECK_FALSE(dialog->findChild<QPushButton*>(QStringLiteral("sendStatements"))->isVisible());

    // « Print… »: the letters' print dialog; printed to a file, it is the
    // merged PDF, every statement in it.
    const QString printed = out.filePath(QStringLiteral("printed.pdf"));
    QString printTitle;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, dialog, [&] {
        auto* print = qobject_cast<QPrintDialog*>(QApplication::activeModalWidget());
        if (!print)
            return;
        poll.stop();
        printTitle = print->windowTitle();
        if (auto* file = print->findChild<QLineEdit*>(QStringLiteral("filename")))
            file->setText(printed);
        print->printer()->setOutputFormat(QPrinter::PdfFormat);
        print->printer()->setOutputFileName(printed);
        print->accept();
    });
    poll.start();
    MessageBox::clearLog();
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("printStatements")),
                      Qt::LeftButton);
    CHECK(printTitle == QStringLiteral("Print the statements"));
    CHECK(MessageBox::shownTexts().isEmpty());
    REQUIRE(QFileInfo::exists(printed));
    const QString text = squeeze(TestSupport::pdfText(printed));
    CHECK(text.contains(squeeze(QStringLiteral("Mme Odile Faure"))));
    CHECK(text.contains(squeeze(QStringLiteral("M. Paul Girard"))));
}

TEST_CASE("« Send the e-mails now » sends the statements through the outbox to a real SMTP "
          "server, once, and only them")
{
    SmtpFixture server({QStringLiteral("--security"), QStringLiteral("plain")});
    REQUIRE(server.ready());
    GuiFixture fixture;
    auto db = agency(fixture);
    SmtpSettings smtp;
    smtp.host = QStringLiteral("localhost");
    smtp.port = server.port();
    smtp.security = SmtpSettings::Security::None;
    smtp.fromAddress = QStringLiteral("gestion@agence-du-parc.fr");
    smtp.connectTimeoutMs = 10000;
    smtp.readTimeoutMs = 10000;
    REQUIRE(smtp.save(*db).ok());
    // A reminder's e-mail waiting too: the statements' sending leaves it.
    OutboxMessage other;
    other.accountRef = QStringLiteral("LOC2");
    other.toAddress = QStringLiteral("jean.dupont@example.fr");
    other.toName = QStringLiteral("M. Jean Dupont");
    other.subject = QStringLiteral("Loyer de novembre");
    other.body = QStringLiteral("Bonjour,\nle loyer de novembre reste dû.\n");
    qint64 otherId = 0;
    REQUIRE(db->write([&](QSqlDatabase& conn) -> Status {
                  auto inserted = OutboxRepository::insertIn(conn, other);
                  if (!inserted)
                      return Status::failure(inserted.error());
                  otherId = inserted->value_or(0);
                  return {};
              }).ok());
    auto w = window(std::move(db));
    DashboardPage* page = dashboardAsOf(*w, asOf);
    QTemporaryDir out;
    const auto runStatements = [&] {
        OwnerStatementsDialog* dialog = page->showStatementsDialog();
        REQUIRE(dialog);
        dialog->setFolder(out.path());
        dialog->setSendByEmail(true);
        dialog->run();
        REQUIRE(dialog->waitUntilIdle());
        REQUIRE(dialog->outcome());
        auto* send = dialog->findChild<QPushButton*>(QStringLiteral("sendStatements"));
        REQUIRE(send->isVisible());
        MessageBox::clearLog();
        QTest::mouseClick(send, Qt::LeftButton);
        REQUIRE(w->currentSection() == MainWindow::HistorySection);
        auto* view = w->findChild<OutboxView*>();
        REQUIRE(view);
        REQUIRE(GuiFixture::waitUntil([view] { return !view->isSending(); }, 30000));
    };

    runStatements();
    REQUIRE(server.waitForMessages(1));
    CHECK(MessageBox::lastText().contains(QStringLiteral("1 e-mail(s) sent.")));
    QList<QJsonObject> messages = server.messages();
    REQUIRE(messages.size() == 1);
    const QJsonObject m = messages.first();
    CHECK(m.value(QStringLiteral("rcpt_tos")).toArray().first().toString() ==
          QStringLiteral("odile.faure@example.fr"));
    const QJsonArray attachments = m.value(QStringLiteral("attachments")).toArray();
    REQUIRE(attachments.size() == 1);
    CHECK(attachments.first().toObject().value(QStringLiteral("filename")).toString() ==
          QStringLiteral("releve-PROP-ODILE-2026-11-20.pdf"));
    const QString attached =
        attachments.first().toObject().value(QStringLiteral("path")).toString();
    CHECK(squeeze(TestSupport::pdfText(attached))
              .contains(squeeze(QStringLiteral("M. Jean Dupont"))));

    // The reminder's e-mail still waits: it was not the statements'.
    auto left = OutboxRepository(*w->database()).byId(otherId);
    REQUIRE(left.ok());
    REQUIRE(left->has_value());
    CHECK((*left)->state == OutboxState::Queued);

    // Again for the date: nothing queued, nothing sent twice.
    runStatements();
    CHECK(MessageBox::lastText().contains(QStringLiteral("0 e-mail(s) sent.")));
    CHECK_FALSE(server.waitForMessages(2, 2000));
    CHECK(server.messages().size() == 1);
}

TEST_CASE("Cancel in the statements' dialog stops before anything is written or queued")
{
    GuiFixture fixture;
    auto w = window(agency(fixture));
    DashboardPage* page = dashboardAsOf(*w, asOf);
    QTemporaryDir out;
    const QString dir = out.filePath(QStringLiteral("releves"));
    OwnerStatementsDialog* dialog = page->showStatementsDialog();
    REQUIRE(dialog);
    dialog->setFolder(dir);
    dialog->setSendByEmail(true);
    dialog->run();
    // Pressed at once: the batch stops before drawing (the first step reads
    // the whole ledger).
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("cancelStatements")),
                      Qt::LeftButton);
    REQUIRE(dialog->waitUntilIdle());
    CHECK_FALSE(dialog->outcome());
    CHECK(dialog->summaryText().startsWith(QStringLiteral("Stopped")));
    CHECK(QDir(dir).entryList({QStringLiteral("*.pdf")}, QDir::Files).isEmpty());
    CHECK(OwnerStatementRepository(*w->database()).outboxMessages(asOf)->isEmpty());
    // The dialog stays, ready to run again.
    CHECK(dialog->isVisible());
    CHECK(dialog->findChild<QPushButton*>(QStringLiteral("runStatements"))->isEnabled());
}

TEST_CASE("Closing the window while the statements are being written waits for them and leaves "
          "the database whole")
{
    GuiFixture fixture;
    auto db = agency(fixture);
    const QString path = db->config().path;
    auto w = window(std::move(db));
    DashboardPage* page = dashboardAsOf(*w, asOf);
    QTemporaryDir out;
    QPointer<OwnerStatementsDialog> dialog = page->showStatementsDialog();
    REQUIRE(dialog);
    dialog->setFolder(out.path());
    dialog->setSendByEmail(true);
    dialog->run();
    w->close();
    w.reset();
    CHECK_FALSE(dialog);

    // Whatever the batch had done is whole: each landlord's e-mail at most once.
    auto reopened = Database::open(DatabaseConfig::sqlite(path));
    REQUIRE(reopened.ok());
    auto ids = OwnerStatementRepository(**reopened).outboxMessages(asOf);
    REQUIRE(ids.ok());
    CHECK(ids->size() <= 1);
}

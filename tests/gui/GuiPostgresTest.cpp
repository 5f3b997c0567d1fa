#include "GuiFixture.h"
#include "PostgresFixture.h"
#include "TestSupport.h"

#include "common/MessageBox.h"
#include "debtors/DebtorTableModel.h"
#include "debtors/DebtorsPage.h"
#include "debtors/RunFlow.h"
#include "main/DatabaseOpener.h"
#include "main/MainWindow.h"
#include "storage/AccountRepository.h"
#include "storage/ProgramRepository.h"
#include "storage/ReminderRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTest>

// The desktop application on a shared PostgreSQL server, as a second member
// of staff would use it: a real, throwaway server (PostgresFixture).

TEST_CASE("The application opens a new database on a PostgreSQL server ready to use")
{
    GuiFixture fixture;
    PostgresFixture server;
    server.createDatabase(QStringLiteral("agence"));
    auto db = DatabaseOpener::open(server.url(QStringLiteral("agence")), true);
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    // Prepared as a new file would be: the default program and its letters.
    auto global = ProgramRepository(*db.value()).global();
    REQUIRE(global.ok());
    CHECK(global->levels.size() == 4);

    MainWindow window(std::move(db.value()));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.statusText().contains(QStringLiteral("postgresql://relance@127.0.0.1")));
    CHECK(window.currentSection() == MainWindow::DebtorsSection);
}

TEST_CASE("On a PostgreSQL server the debtors screen matches relance-cli plan and printing to "
          "PDF records the run there")
{
    GuiFixture fixture;
    PostgresFixture server;
    server.createDatabase(QStringLiteral("agence"));
    const QString url = server.url(QStringLiteral("agence"));
    GuiFixture::installDemo(url, 60, 6);
    const auto plan = TestSupport::runCli({QStringLiteral("plan"), QStringLiteral("--as-of"),
                                           QStringLiteral("2026-11-23"), QStringLiteral("--json"),
                                           QStringLiteral("--db"), url});
    REQUIRE(plan.exitCode == 0);
    const QJsonArray planned = QJsonDocument::fromJson(plan.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("reminders"))
                                   .toArray();
    REQUIRE_FALSE(planned.isEmpty());

    auto db = DatabaseOpener::open(url, false);
    REQUIRE(db.ok());
    MainWindow window(std::move(db.value()));
    window.resize(1280, 760);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* page = window.findChild<DebtorsPage*>();
    REQUIRE(page);
    page->setAsOf(QDate(2026, 11, 23));
    REQUIRE(page->reload().ok());
    CHECK(page->model()->checkedCount() == planned.size());

    MessageBox::clearLog();
    MessageBox::setNextAnswer(QMessageBox::No); // e-mails stay in the outbox
    const QString pdf = fixture.path(QStringLiteral("relances.pdf"));
    REQUIRE(page->saveAsPdf(pdf));
    REQUIRE(GuiFixture::waitUntil([&] { return !page->runFlow()->isBusy(); }, 60000));
    INFO(MessageBox::shownTexts().join(u'|').toStdString());

    const Database& database = *window.database();
    auto reminders = ReminderRepository(database).all();
    REQUIRE(reminders.ok());
    CHECK(reminders->size() == planned.size());
    const QString firstRef = planned.at(0).toObject().value(QStringLiteral("ref")).toString();
    auto first = AccountRepository(database).byRef(firstRef);
    REQUIRE(first.ok());
    CHECK(TestSupport::pdfText(pdf).contains(first->name));
    // Read again from the server: nobody is due twice.
    CHECK(page->model()->checkedCount() == 0);
}

#include "GuiFixture.h"
#include "TestSupport.h"

#include "accounts/AccountsPage.h"
#include "main/MainWindow.h"
#include "storage/ProgramRepository.h"

#include <QHeaderView>
#include <QTableView>
#include <QTest>

TEST_CASE("New database creates a prepared database and switches to it but never overwrites a file")
{
    GuiFixture fixture;
    auto window = fixture.openMainWindow();
    // In view: the page reads each database as soon as it is opened.
    window->showSection(MainWindow::AccountsSection);
    const QString first = fixture.path(QStringLiteral("relance.sqlite"));
    const QString created = fixture.path(QStringLiteral("agence-lyon.sqlite"));

    REQUIRE(window->createDatabase(created).ok());
    CHECK(window->statusText().contains(created));
    CHECK(window->windowTitle().contains(QStringLiteral("agence-lyon.sqlite")));
    CHECK(window->accountsPage()->table()->model()->rowCount() == 0);
    // DatabaseSetup gave it the default reminder program.
    auto program = ProgramRepository(*window->database()).global();
    REQUIRE(program.ok());
    CHECK_FALSE(program->levels.isEmpty());

    const Status again = window->createDatabase(first);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().contains(QStringLiteral("already exists")));
    CHECK(window->statusText().contains(created)); // still on the new one

    REQUIRE(window->openDatabase(first).ok());
    CHECK(window->accountsPage()->table()->model()->rowCount() == 5);
    CHECK_FALSE(window->openDatabase(fixture.path(QStringLiteral("missing.sqlite"))).ok());
    CHECK(window->statusText().contains(first));
    CHECK(window->accountsPage()->table()->model()->rowCount() == 5);
}

TEST_CASE("The window comes back with the size and section and column order the user left")
{
    GuiFixture fixture;
    const QString path = fixture.path(QStringLiteral("relance.sqlite"));
    {
        auto window = fixture.openMainWindow();
        window->resize(900, 600);
        window->showSection(MainWindow::HistorySection);
        window->accountsPage()->table()->sortByColumn(4 /* lease type */, Qt::DescendingOrder);
        window->close();
    }
    auto db = Database::open(DatabaseConfig::sqlite(path));
    REQUIRE(db.ok());
    MainWindow again(std::move(db.value()));
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    CHECK(again.size() == QSize(900, 600));
    CHECK(again.currentSection() == MainWindow::HistorySection);
    CHECK(again.accountsPage()->table()->horizontalHeader()->sortIndicatorSection() == 4);
}

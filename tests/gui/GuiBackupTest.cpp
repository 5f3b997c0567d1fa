// Settings › Backup (the automatic copies, restored into a new file that
// then opens) and File › Connect to a shared server (the TLS warning, the
// copy of the agency to an empty server), driven as a user would.
#include "GuiFixture.h"
#include "PostgresFixture.h"
#include "TestSupport.h"

#include "common/MessageBox.h"
#include "main/MainWindow.h"
#include "main/ServerConnection.h"
#include "settings/BackupSettingsTab.h"
#include "settings/SettingsPage.h"
#include "setup/BackupFolder.h"
#include "storage/AccountRepository.h"

#include <QFileInfo>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

namespace {

// The user's data folder of this test only (QStandardPaths reads it).
void privateDataFolder(const GuiFixture& fixture)
{
    qputenv("XDG_DATA_HOME", QFile::encodeName(fixture.path(QStringLiteral("data"))));
}

QStringList refs(const Database& db)
{
    QStringList out;
    auto all = AccountRepository(db).all();
    REQUIRE(all.ok());
    for (const Account& a : *all)
        out << a.ref;
    out.sort();
    return out;
}

} // namespace

TEST_CASE("Settings › Backup lists the copies and restores one into a new file that opens")
{
    GuiFixture fixture;
    privateDataFolder(fixture);
    auto window = fixture.openMainWindow();
    window->showSection(MainWindow::SettingsSection);
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("settingsTabs"));
    REQUIRE(tabs);
    tabs->setCurrentIndex(SettingsPage::BackupTab);
    auto* tab = window->findChild<BackupSettingsTab*>();
    REQUIRE(tab);
    CHECK(tab->copyCount() == 0);

    QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("backUpNow")), Qt::LeftButton);
    REQUIRE(tab->copyCount() == 1);
    const QString copy = tab->copyPath(0);
    CHECK(
        QFileInfo(copy).absolutePath() ==
        QFileInfo(BackupFolder::forDatabase(window->database()->config().path)).absoluteFilePath());
    CHECK(tab->copyText(0, 1) == QLocale().formattedDataSize(QFileInfo(copy).size()));
    CHECK(tab->copyText(0, 0).contains(
        QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)));
    const QStringList before = refs(*window->database());
    REQUIRE(before.contains(QStringLiteral("LOC10")));

    // Work goes on after the copy: a new tenant.
    Account late;
    late.ref = QStringLiteral("LOC99");
    late.name = QStringLiteral("M. Arrivé Après");
    REQUIRE(AccountRepository(*window->database()).save(late).ok());

    // Cancelled: nothing written, the same database open.
    const QString restored = fixture.path(QStringLiteral("restauree.sqlite"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    CHECK(tab->restore(copy, restored).kind() == ErrorKind::Cancelled);
    CHECK_FALSE(QFileInfo::exists(restored));

    // Over an existing database: refused, said.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    Status over = tab->restore(copy, window->database()->config().path);
    CHECK_FALSE(over.ok());
    CHECK(over.error().contains(QStringLiteral("already exists")));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    Status done = tab->restore(copy, restored);
    INFO(done.error().toStdString());
    REQUIRE(done.ok());
    CHECK(MessageBox::lastText().contains(QStringLiteral("restauree.sqlite")));
    // The restored file is the window's database now: the tenant added
    // after the copy is not in it.
    CHECK(window->database()->config().path == restored);
    CHECK(window->statusText().contains(QStringLiteral("restauree.sqlite")));
    CHECK(refs(*window->database()) == before);
    fixture.screenshot(window.get(), QStringLiteral("settings-backup"));
}

TEST_CASE("Connecting to a server without TLS is questioned, and an empty server is offered the "
          "agency")
{
    GuiFixture fixture;
    privateDataFolder(fixture);
    auto window = fixture.openMainWindow();

    // A server on the network without sslmode: the user is warned first.
    MessageBox::clearLog();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    auto refused = ServerConnection::open(
        window.get(), QStringLiteral("postgresql://marie@192.0.2.10/agence"), window->database());
    CHECK(refused.kind() == ErrorKind::Cancelled);
    CHECK(MessageBox::lastText().contains(QStringLiteral("without requiring encryption")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("sslmode=verify-full")));

    PostgresFixture server;
    server.createDatabase(QStringLiteral("agence"));
    MessageBox::clearLog();
    MessageBox::setNextAnswer(QMessageBox::Yes); // copy this agency
    auto opened = ServerConnection::open(window.get(), server.url(QStringLiteral("agence")),
                                         window->database());
    INFO(opened.error().toStdString() + MessageBox::shownTexts().join(u'\n').toStdString());
    REQUIRE(opened.ok());
    // Local: no TLS question; the copy was offered, made and reported.
    CHECK(MessageBox::shownTexts().size() == 2);
    CHECK(MessageBox::shownTexts().first().contains(QStringLiteral("holds no agency yet")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("the same on both sides")));
    CHECK(refs(**opened) == refs(*window->database()));

    // The server holds an agency now: opening it again offers nothing.
    MessageBox::clearLog();
    auto again = ServerConnection::open(window.get(), server.url(QStringLiteral("agence")),
                                        window->database());
    REQUIRE(again.ok());
    CHECK(MessageBox::shownTexts().isEmpty());
}

// Settings › Automation › « Run the automation every day on this computer »:
// the systemd user timer switched on and off through systemctl (a fake one
// here: RELANCE_SYSTEMCTL), and what the tab says when systemd is not there.
#include "GuiFixture.h"
#include "TestSupport.h"

#include "settings/AutomationTimer.h"
#include "settings/SettingsPage.h"
#include "setup/DatabaseSetup.h"
#include "storage/RunRepository.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QTabWidget>
#include <QTest>

using namespace TestSupport;

namespace {

// A systemctl that keeps the timer's state in a file and logs its calls.
// Modes (a file `mode` in its folder): refuse (enable fails as systemd
// says when the user manager denies it), nobus (no user session),
// notinstalled (the package's units are missing).
const char* fakeSystemctl = R"(#!/bin/sh
dir=$(dirname "$0")
echo "$*" >> "$dir/calls"
mode=$(cat "$dir/mode" 2>/dev/null)
if [ "$mode" = nobus ]; then
    echo "Failed to connect to bus: No medium found" >&2; exit 1
fi
if [ "$mode" = notinstalled ]; then
    echo "Failed to get unit file state for $3: No such file or directory" >&2; exit 1
fi
case "$2" in
is-enabled) state=$(cat "$dir/state"); echo "$state"; [ "$state" = enabled ]; exit $? ;;
enable)
    if [ "$mode" = refuse ]; then
        echo "Failed to enable unit: Access denied" >&2; exit 1
    fi
    echo enabled > "$dir/state"
    echo "Created symlink $HOME/.config/systemd/user/timers.target.wants/$4" >&2 ;;
disable) echo disabled > "$dir/state" ;;
show)
    if [ -f "$dir/shown" ]; then cat "$dir/shown"; else printf 'ExecMainStatus=0\nExecMainExitTimestamp=\n'; fi ;;
esac
)";

struct TimerScreen
{
    GuiFixture fixture;
    std::unique_ptr<Database> db = fixture.databaseWithAccounts();
    SettingsPage page;
    QString bin = fixture.path(QStringLiteral("bin"));

    explicit TimerScreen(const QByteArray& mode = {}, const char* systemctl = nullptr)
    {
        REQUIRE(DatabaseSetup::prepare(*db).ok());
        REQUIRE(QDir().mkpath(bin));
        writeFile(bin + QStringLiteral("/systemctl"), fakeSystemctl);
        REQUIRE(QFile::setPermissions(bin + QStringLiteral("/systemctl"),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner));
        writeFile(bin + QStringLiteral("/state"), "disabled\n");
        if (!mode.isEmpty())
            writeFile(bin + QStringLiteral("/mode"), mode);
        qputenv("RELANCE_SYSTEMCTL",
                systemctl ? QByteArray(systemctl) : (bin + QStringLiteral("/systemctl")).toUtf8());
        // Where the timer's environment file goes (systemd's %E).
        qputenv("XDG_CONFIG_HOME", fixture.path(QStringLiteral("config")).toUtf8());
        page.setDatabase(db.get());
        page.resize(900, 720);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        page.findChild<QTabWidget*>(QStringLiteral("settingsTabs"))
            ->setCurrentIndex(SettingsPage::AutomationTab);
    }
    ~TimerScreen()
    {
        page.setDatabase(nullptr);
        qunsetenv("RELANCE_SYSTEMCTL");
        qunsetenv("XDG_CONFIG_HOME");
    }

    QCheckBox* box() { return page.findChild<QCheckBox*>(QStringLiteral("dailyTimer")); }
    QString status() { return page.findChild<QLabel*>(QStringLiteral("dailyTimerStatus"))->text(); }
    AutomationTimer* timer() { return page.findChild<AutomationTimer*>(); }
    // Waits until systemctl has answered.
    bool settled()
    {
        return GuiFixture::waitUntil([this] { return !timer()->isBusy() && !status().isEmpty(); });
    }
    QString calls() { return readFile(bin + QStringLiteral("/calls")); }
};

} // namespace

TEST_CASE("The daily automation is switched on and off for this user with systemctl")
{
    TimerScreen s;
    REQUIRE(s.box());
    CHECK(s.box()->text() == QStringLiteral("Run the automation every day on this computer"));
    REQUIRE(s.settled());
    CHECK(s.calls().contains(QStringLiteral("--user is-enabled relance-run-due.timer")));
    CHECK(s.box()->isEnabled());
    CHECK_FALSE(s.box()->isChecked());
    CHECK(s.status().contains(QStringLiteral("Off on this computer")));

    s.box()->click();
    CHECK_FALSE(s.box()->isEnabled()); // while systemctl works
    REQUIRE(s.settled());
    REQUIRE(GuiFixture::waitUntil([&] { return s.box()->isEnabled(); }));
    CHECK(s.calls().contains(QStringLiteral("--user enable --now relance-run-due.timer")));
    CHECK(s.box()->isChecked());
    // The timer works on the database this window has open.
    const QString env = readFile(AutomationTimer::environmentFile());
    CHECK(AutomationTimer::environmentFile().startsWith(s.fixture.path(QStringLiteral("config"))));
    CHECK(env.contains(QStringLiteral("RELANCE_DB=\"%1\"").arg(s.db->config().path)));
    CHECK(AutomationTimer::timerDatabase() == s.db->config().path);
    CHECK(s.status().contains(QStringLiteral("Every day, the automation runs on %1")
                                  .arg(QDir::toNativeSeparators(s.db->config().path))));
    CHECK_FALSE(s.status().contains(QStringLiteral("not the database open")));
    CHECK(s.calls().contains(QStringLiteral(
        "--user show relance-run-due.service --property=ExecMainExitTimestamp,ExecMainStatus")));
    CHECK(s.status().contains(
        QStringLiteral("The timer has not started the automation since this session began.")));
    GuiFixture::screenshot(&s.page, QStringLiteral("settings-automation-timer"));

    s.box()->click();
    REQUIRE(GuiFixture::waitUntil([&] { return s.box()->isEnabled(); }));
    CHECK(s.calls().contains(QStringLiteral("--user disable --now relance-run-due.timer")));
    CHECK_FALSE(s.box()->isChecked());
    CHECK(s.status().contains(QStringLiteral("Off on this computer")));
}

TEST_CASE("A timer enabled for another database says so")
{
    TimerScreen s;
    writeFile(s.bin + QStringLiteral("/state"), "enabled\n");
    writeFile(s.bin + QStringLiteral("/shown"),
              "ExecMainStatus=3\nExecMainExitTimestamp=Mon 2026-11-23 07:00:04 CET\n");
    QDir().mkpath(s.fixture.path(QStringLiteral("config/Relance")));
    writeFile(AutomationTimer::environmentFile(),
              "RELANCE_DB=\"/srv/other \\\"agency\\\".sqlite\"\n");
    // Shown again: systemd is asked again.
    s.page.findChild<QTabWidget*>(QStringLiteral("settingsTabs"))->setCurrentIndex(0);
    s.page.findChild<QTabWidget*>(QStringLiteral("settingsTabs"))
        ->setCurrentIndex(SettingsPage::AutomationTab);
    REQUIRE(GuiFixture::waitUntil([&] { return s.box()->isChecked(); }));
    CHECK(s.status().contains(QStringLiteral("/srv/other \"agency\".sqlite")));
    CHECK(s.status().contains(QStringLiteral("not the database open in this window")));
    CHECK(s.status().contains(
        QStringLiteral("Last start by the timer: Mon 2026-11-23 07:00:04 CET, partly done")));
}

TEST_CASE("When systemctl refuses, the box shows what systemd holds and why")
{
    TimerScreen s("refuse");
    REQUIRE(s.settled());
    s.box()->click();
    REQUIRE(GuiFixture::waitUntil([&] { return s.box()->isEnabled(); }));
    CHECK_FALSE(s.box()->isChecked());
    CHECK(s.status().contains(QStringLiteral(
        "The automation was not switched on: Failed to enable unit: Access denied")));
    CHECK(s.status().contains(QStringLiteral("Off on this computer")));
}

TEST_CASE("Without a systemd user session the box is off and the tab points to cron")
{
    TimerScreen s("nobus");
    REQUIRE(s.settled());
    CHECK_FALSE(s.box()->isEnabled());
    CHECK_FALSE(s.box()->isChecked());
    CHECK(s.status().contains(QStringLiteral("no systemd user manager")));
    CHECK(s.status().contains(QStringLiteral("Failed to connect to bus")));
    CHECK(s.status().contains(QStringLiteral("cron")));
}

TEST_CASE("Without systemctl, or without the package's timer, the tab says what to do")
{
    SECTION("no systemctl")
    {
        TimerScreen s({}, "/nonexistent/systemctl");
        REQUIRE(s.settled());
        CHECK_FALSE(s.box()->isEnabled());
        CHECK(s.status().contains(QStringLiteral("systemctl was not found")));
    }
    SECTION("units not installed")
    {
        TimerScreen s("notinstalled");
        REQUIRE(s.settled());
        CHECK_FALSE(s.box()->isEnabled());
        CHECK(s.status().contains(QStringLiteral("is not installed on this computer")));
        CHECK(s.status().contains(QStringLiteral("package")));
    }
}

TEST_CASE("The tab shows the result of the last automatic run")
{
    TimerScreen s;
    auto* lastRun = s.page.findChild<QLabel*>(QStringLiteral("lastAutomaticRun"));
    REQUIRE(lastRun);
    CHECK(lastRun->text() == QStringLiteral("No automatic run yet on this database."));

    // A manual run, then an automated run that refused (a stale ledger).
    qint64 automatedId = 0;
    const QDateTime when(QDate(2026, 11, 23), QTime(7, 5), Qt::UTC);
    REQUIRE(s.db->write([&](QSqlDatabase& conn) -> Status {
                    RunRecord manual;
                    manual.createdAt = when.addDays(1);
                    manual.asOf = QDate(2026, 11, 24);
                    if (auto id = RunRepository::insertIn(conn, manual); !id)
                        return Status::failure(id.error());
                    RunRecord automated;
                    automated.createdAt = when;
                    automated.asOf = QDate(2026, 11, 23);
                    automated.mode = RunMode::Automated;
                    automated.status = RunStatus::Refused;
                    automated.refusalReason = QStringLiteral("The ledger is 40 days old.");
                    auto id = RunRepository::insertIn(conn, automated);
                    if (!id)
                        return Status::failure(id.error());
                    automatedId = *id;
                    return {};
                })
                .ok());
    s.page.refresh();
    CHECK(lastRun->text() ==
          QStringLiteral("Last automatic run: %1 (run %2), refused: The ledger is 40 days old.")
              .arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat))
              .arg(automatedId));
}

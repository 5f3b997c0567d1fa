#include "Application.h"

#include "DatabaseOpener.h"
#include "MainWindow.h"
#include "common/FileDialogs.h"
#include "debtors/DebtorsPage.h"
#include "setup/AutomaticBackups.h"
#include "setup/BackupFolder.h"
#include "storage/Database.h"
#include "storage/DatabaseConfig.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <cstdio>

namespace Application {

namespace {
QString defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("relance.sqlite"));
}

// --db, then RELANCE_DB, then the database used last time (a file still
// there, or a server), then the user's own default database.
QString databasePath(const QCommandLineParser& parser, bool* fromLastTime)
{
    *fromLastTime = false;
    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        path = qEnvironmentVariable("RELANCE_DB");
    if (path.isEmpty()) {
        const QString last = QSettings().value(QStringLiteral("database/lastPath")).toString();
        if (!last.isEmpty() &&
            (last.startsWith(QLatin1String("postgresql://")) || QFileInfo::exists(last))) {
            path = last;
            *fromLastTime = true;
        }
    }
    if (path.isEmpty())
        path = defaultDatabasePath();
    return path;
}
} // namespace

int run(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Relance"));
    QApplication::setApplicationName(QStringLiteral("Relance"));
    QApplication::setApplicationDisplayName(QStringLiteral("Relance"));
    QApplication::setApplicationVersion(QStringLiteral(RELANCE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("fr.relance.Relance"));
    // The package's icon (hicolor theme); the title bar of X11 sessions
    // shows it, Wayland takes it from the desktop file.
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("fr.relance.Relance")));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("Database file"), QStringLiteral("path")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("fr or en"), QStringLiteral("lang")});
    parser.process(app);
    Translations::install(app, parser.value(QStringLiteral("lang")));

    bool fromLastTime = false;
    QString path = databasePath(parser, &fromLastTime);
    if (DatabaseConfig::fromString(path).kind == DatabaseConfig::Kind::SQLite)
        path = QFileInfo(path).absoluteFilePath();
    // Qt's print dialog proposes its PDF in the current folder: let that be
    // the user's Documents, not wherever Relance was started from (often
    // beside the database). Relative paths were resolved just above.
    QDir::setCurrent(FileDialogs::startFolder());
    auto db = DatabaseOpener::open(path, true);
    if (!db && fromLastTime) {
        // The shared server of last time may be down: the user still gets
        // a window, on their own database, and is told why.
        QMessageBox::warning(
            nullptr, QApplication::translate("Application", "Relance"),
            QApplication::translate("Application",
                                    "The database used last time could not be opened: %1\n\n"
                                    "Relance opens your own database instead; use File › Open "
                                    "database or Connect to a shared server to go back to it.")
                .arg(db.error()));
        db = DatabaseOpener::open(defaultDatabasePath(), true);
    }
    if (!db) {
        QMessageBox::critical(nullptr, QApplication::translate("Application", "Relance"),
                              db.error());
        return 1;
    }
    const DatabaseConfig config = db.value()->config();
    MainWindow window(std::move(db.value()));
    window.show();
    // The first start of the day keeps a copy of a database file, on a
    // thread of its own with its own connection: a large file takes a
    // second to copy, and the window does not wait for it (nor for the
    // window's database, which File › Open may replace meanwhile). A copy
    // that cannot be made is said, and the agency's work goes on.
    std::unique_ptr<QThread> dailyCopy;
    if (config.kind == DatabaseConfig::Kind::SQLite) {
        dailyCopy.reset(QThread::create([config, &window] {
            QString error;
            {
                auto copyDb = Database::open(config, Database::OpenMode::ExistingOnly);
                if (!copyDb) {
                    error = copyDb.error();
                } else {
                    auto copy = AutomaticBackups::makeDailyCopy(
                        **copyDb, BackupFolder::forDatabase(config.path),
                        QDateTime::currentDateTime());
                    if (!copy)
                        error = copy.error();
                }
            }
            if (!error.isEmpty())
                QMetaObject::invokeMethod(
                    &window,
                    [error, &window] {
                        QMessageBox::warning(
                            &window, QApplication::translate("Application", "Relance"),
                            QApplication::translate("Application", "Today's automatic backup "
                                                                   "could not be made: %1")
                                .arg(error));
                    },
                    Qt::QueuedConnection);
        }));
        dailyCopy->start();
    }
    // The late deadlines, once, when today's are known (not while the
    // benchmark starts and quits).
    if (!qEnvironmentVariableIsSet("RELANCE_EXIT_WHEN_SHOWN"))
        window.showLateDeadlinesOnce();
    // bench_gui times a real start and a real quit: once the window has been
    // shown and its first events handled, it says so on stderr; once the
    // Debtors list read in the background is in (as when a user quits), it
    // says so again and closes as Ctrl+Q does; the process then ends.
    if (qEnvironmentVariableIsSet("RELANCE_EXIT_WHEN_SHOWN"))
        QTimer::singleShot(0, &window, [&window] {
            std::fputs("relance: shown\n", stderr);
            std::fflush(stderr);
            auto quit = [&window] {
                std::fputs("relance: quitting\n", stderr);
                std::fflush(stderr);
                window.close();
            };
            DebtorsPage* debtors = window.debtorsPage();
            if (debtors->isLoading())
                QObject::connect(debtors, &DebtorsPage::loaded, &window, quit);
            else
                quit();
        });
    const int status = app.exec();
    if (dailyCopy)
        dailyCopy->wait();
    return status;
}

} // namespace Application

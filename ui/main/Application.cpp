#include "Application.h"

#include "DatabaseOpener.h"
#include "MainWindow.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

namespace Application {

namespace {
// --db, then RELANCE_DB, then the database used last time (if it is still
// there), then the user's own default database.
QString databasePath(const QCommandLineParser& parser)
{
    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        path = qEnvironmentVariable("RELANCE_DB");
    if (path.isEmpty()) {
        const QString last = QSettings().value(QStringLiteral("database/lastPath")).toString();
        if (!last.isEmpty() && QFileInfo::exists(last))
            path = last;
    }
    if (path.isEmpty())
        path = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                   .filePath(QStringLiteral("relance.sqlite"));
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

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("Database file"), QStringLiteral("path")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("fr or en"), QStringLiteral("lang")});
    parser.process(app);
    Translations::install(app, parser.value(QStringLiteral("lang")));

    auto db = DatabaseOpener::open(databasePath(parser), true);
    if (!db) {
        QMessageBox::critical(nullptr, QApplication::translate("Application", "Relance"),
                              db.error());
        return 1;
    }
    MainWindow window(std::move(db.value()));
    window.show();
    // bench_gui times a real start: the process ends once the window has
    // been shown and its first events handled.
    if (qEnvironmentVariableIsSet("RELANCE_EXIT_WHEN_SHOWN"))
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return app.exec();
}

} // namespace Application

#include "Application.h"

#include "MainWindow.h"
#include "storage/Database.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>

namespace Application {

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

    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        path = qEnvironmentVariable("RELANCE_DB");
    if (path.isEmpty())
        path = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                   .filePath(QStringLiteral("relance.sqlite"));
    auto db = Database::open(DatabaseConfig::fromString(path));
    if (!db) {
        QMessageBox::critical(nullptr, QApplication::translate("Application", "Relance"),
                              db.error());
        return 1;
    }
    MainWindow window(*db.value());
    window.show();
    return app.exec();
}

} // namespace Application

// relance-cli: the same work as the desktop application, without a window.
#include "CliContext.h"
#include "CommandTable.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <unistd.h>

namespace {

bool takesValue(const QString& arg)
{
    return arg == QLatin1String("--db") || arg == QLatin1String("--lang");
}

QString languageOption(const QStringList& args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(QLatin1String("--lang=")))
            return args.at(i).mid(7);
    }
    return {};
}

void printUsage(QTextStream& out)
{
    out << QCoreApplication::translate("CliMain",
                                       "Usage: relance-cli [--db PATH] [--lang fr|en] COMMAND "
                                       "[options]\n\nCommands:\n");
    for (const CliCommand& c : cliCommands())
        out << QStringLiteral("  %1").arg(c.words, -22)
            << QCoreApplication::translate("CliCommand", c.summary) << u'\n';
    out << QCoreApplication::translate(
               "CliMain", "\nRun “relance-cli COMMAND --help” for the options of a command.\n")
        << Qt::flush;
}

} // namespace

int main(int argc, char** argv)
{
    // Letters are drawn with Qt's painter, which needs a QGuiApplication; the
    // command line never shows a window and must run from cron with no
    // display, so it draws offscreen unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Under cron there is no session runtime folder; give Qt a private one
    // rather than a warning on every run.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/runtime-relance-" +
                               QByteArray::number(uint(getuid()));
        // Without it (a full /tmp), Qt warns and falls back on its own.
        if (QDir().mkpath(QString::fromLocal8Bit(dir)) &&
            QFile::setPermissions(QString::fromLocal8Bit(dir), QFileDevice::ReadOwner |
                                                                   QFileDevice::WriteOwner |
                                                                   QFileDevice::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", dir);
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Relance"));
    QCoreApplication::setApplicationName(QStringLiteral("Relance"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELANCE_VERSION));

    const QStringList args = QCoreApplication::arguments();
    const QString lang = languageOption(args);
    if (!lang.isEmpty() && lang != QLatin1String("fr") && lang != QLatin1String("en")) {
        QTextStream(stderr) << "Error: --lang takes fr or en.\n";
        return ExitUsage;
    }
    Translations::install(app, lang);

    QTextStream out(stdout);
    QTextStream err(stderr);
    // The command words are the first arguments that are not options.
    QStringList words;
    QList<qsizetype> wordIndexes;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (takesValue(a)) {
            ++i;
            continue;
        }
        if (a.startsWith(u'-')) {
            if (words.isEmpty() && (a == QLatin1String("--version") || a == QLatin1String("-v"))) {
                out << "relance-cli " << RELANCE_VERSION << Qt::endl;
                return ExitSuccess;
            }
            if (words.isEmpty() && (a == QLatin1String("--help") || a == QLatin1String("-h"))) {
                printUsage(out);
                return ExitSuccess;
            }
            continue;
        }
        words << a;
        wordIndexes << i;
    }
    if (words.isEmpty()) {
        printUsage(err);
        return ExitUsage;
    }

    const CliCommand* best = nullptr;
    qsizetype bestCount = 0;
    for (const CliCommand& c : cliCommands()) {
        const QStringList cw = c.words.split(u' ');
        if (cw.size() <= words.size() && words.mid(0, cw.size()) == cw && cw.size() > bestCount) {
            best = &c;
            bestCount = cw.size();
        }
    }
    if (!best) {
        err << QCoreApplication::translate("CliMain", "Error: unknown command “%1”.\n")
                   .arg(words.join(u' '));
        printUsage(err);
        return ExitUsage;
    }

    QStringList commandArgs = args;
    for (qsizetype k = bestCount - 1; k >= 0; --k)
        commandArgs.removeAt(wordIndexes.at(k));
    CliContext ctx(commandArgs, best->words, best->maxArguments);
    return best->run(ctx);
}

#include "CliContext.h"

#include "setup/DatabaseSetup.h"

#include <QDate>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cstdio>

CliContext::CliContext(QStringList arguments, QString commandName, int maxArguments)
    : m_arguments(std::move(arguments))
    , m_commandName(std::move(commandName))
    , m_maxArguments(maxArguments)
    , m_out(stdout)
    , m_err(stderr)
{}

bool CliContext::parse(QCommandLineParser& parser, const QString& description, int* exitCode)
{
    parser.setApplicationDescription(description);
    parser.addOption({QStringLiteral("db"),
                      tr("The database file (default: $RELANCE_DB, or the user's data folder)."),
                      tr("path")});
    parser.addOption({QStringLiteral("lang"), tr("Language of messages: fr or en."), tr("lang")});
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Shows this help."));
    parser.addOption(help);
    if (!parser.parse(m_arguments)) {
        *exitCode = usageError(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        m_out << parser.helpText().replace(QStringLiteral("[options]"),
                                           m_commandName + QStringLiteral(" [options]"));
        m_out.flush();
        *exitCode = ExitSuccess;
        return false;
    }
    // A stray word is a mistake (a missing option name, a quoting error):
    // acting on the rest could do something else than the user meant.
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > m_maxArguments) {
        *exitCode = usageError(tr("unexpected argument “%1”.").arg(positional.at(m_maxArguments)));
        return false;
    }
    return true;
}

QString CliContext::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("relance.sqlite"));
}

QString CliContext::databasePath(const QCommandLineParser& parser) const
{
    if (parser.isSet(QStringLiteral("db")))
        return parser.value(QStringLiteral("db"));
    const QString env = qEnvironmentVariable("RELANCE_DB");
    return env.isEmpty() ? defaultDatabasePath() : env;
}

std::unique_ptr<Database> CliContext::openDatabase(const QCommandLineParser& parser,
                                                   Database::OpenMode mode)
{
    auto db = Database::open(DatabaseConfig::fromString(databasePath(parser)), mode);
    if (!db) {
        m_err << tr("Error: %1").arg(db.error()) << Qt::endl;
        if (db.kind() == ErrorKind::NotFound)
            m_err << tr("Create it with “relance-cli init --db %1”.").arg(databasePath(parser))
                  << Qt::endl;
        return nullptr;
    }
    // A database created just now starts with the default program and its
    // letters, whichever command created it.
    if (db.value()->wasCreated()) {
        if (Status s = DatabaseSetup::prepare(*db.value()); !s) {
            m_err << tr("Error: %1").arg(s.error()) << Qt::endl;
            return nullptr;
        }
    }
    return std::move(db).value();
}

int CliContext::usageError(const QString& message)
{
    m_err << tr("Error: %1").arg(message) << u'\n'
          << tr("Run “relance-cli %1 --help” for the options.").arg(m_commandName) << Qt::endl;
    return ExitUsage;
}

int CliContext::fail(int exitCode, const QString& message)
{
    m_err << tr("Error: %1").arg(message) << Qt::endl;
    return exitCode;
}

QString CliContext::passwordProblem(const Result<QString>& password)
{
    if (password.kind() != ErrorKind::NotConfigured)
        return password.error();
    return tr("%1 Save it with “relance-cli smtp set --password-stdin” or give it in "
              "RELANCE_SMTP_PASSWORD.")
        .arg(password.error());
}

bool CliContext::parseDate(const QCommandLineParser& parser, const QString& option, QDate* date,
                           int* exitCode)
{
    if (!parser.isSet(option)) {
        *date = QDate::currentDate();
        return true;
    }
    const QString text = parser.value(option);
    // Qt's ISO parser takes any punctuation between the parts (2026/11/23):
    // the form is checked first, then the calendar.
    static const QRegularExpression form(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    *date = form.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date->isValid()) {
        *exitCode =
            usageError(tr("--%1 “%2” is not a date: write it as YYYY-MM-DD, e.g. 2026-11-23.")
                           .arg(option, text));
        return false;
    }
    return true;
}

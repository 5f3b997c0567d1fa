#pragma once

#include "storage/Database.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <memory>

// Exit codes of cli.md.
enum ExitCode
{
    ExitSuccess = 0,
    ExitBadInput = 1,
    ExitUsage = 2,
    ExitPartial = 3,
    ExitRefused = 4,
};

// What a command receives: its own arguments, the global options and the two
// output streams (people read stderr, programs read --json on stdout).
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    // `maxArguments`: how many positional arguments the command takes (a
    // file name, a run id); more is a usage error for every command.
    CliContext(QStringList arguments, QString commandName, int maxArguments = 0);

    // Arguments as given to the command's parser: program name first, then
    // everything but the command words.
    const QStringList& arguments() const { return m_arguments; }
    const QString& commandName() const { return m_commandName; }

    // Adds --db, --lang and --help to a command's parser, sets its
    // description, parses; on a usage error (unknown option, more arguments
    // than the command takes) prints it and returns false with *exitCode set.
    bool parse(QCommandLineParser& parser, const QString& description, int* exitCode);

    QString databasePath(const QCommandLineParser& parser) const;
    // Opens (and migrates) the database named by --db / RELANCE_DB / the
    // default; on failure prints the reason and returns null.
    std::unique_ptr<Database>
    openDatabase(const QCommandLineParser& parser,
                 Database::OpenMode mode = Database::OpenMode::ExistingOnly);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    int usageError(const QString& message);
    int fail(int exitCode, const QString& message);
    // Why the SMTP password was not found; when none is known (core says
    // only that), where the command line takes one.
    static QString passwordProblem(const Result<QString>& password);

    // Parses a YYYY-MM-DD option value (exactly that form: 2026/11/23 or
    // 2026-11-23T10:00 are usage errors); not given gives today.
    bool parseDate(const QCommandLineParser& parser, const QString& option, QDate* date,
                   int* exitCode);

    static QString defaultDatabasePath();

private:
    QStringList m_arguments;
    QString m_commandName;
    int m_maxArguments = 0;
    QTextStream m_out;
    QTextStream m_err;
};

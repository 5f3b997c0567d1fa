#pragma once

#include "storage/Database.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// What a test needs to act as a user: a scratch folder, a real database
// file, relance-cli, and a way to read what a PDF says.
namespace TestSupport {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs relance-cli with `args` (add "--db", path yourself), `input` on stdin.
CliResult runCli(const QStringList& args, const QByteArray& input = {},
                 const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

// A new SQLite database file in `dir`, created and migrated.
std::unique_ptr<Database> createDatabase(const QTemporaryDir& dir,
                                         const QString& name = QStringLiteral("relance.sqlite"));

QString sourcePath(const QString& relative); // under the repository root
QString readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);

// The text of a PDF as `pdftotext -layout` reads it.
QString pdfText(const QString& pdfPath);
// One "Key: value" pair of `pdfinfo`.
QString pdfInfo(const QString& pdfPath, const QString& key);

} // namespace TestSupport

#include <catch2/catch.hpp>

// Lets Catch2 print QStrings in failure messages.
namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

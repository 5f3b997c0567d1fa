#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <memory>

// Opens an agency database for the application, and prepares a new one
// (default program, letter templates) through DatabaseSetup, exactly as
// `relance-cli init` does.
class DatabaseOpener
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)

public:
    // An existing database, or (createIfMissing) a new one when the file
    // does not exist yet.
    static Result<std::unique_ptr<Database>> open(const QString& path, bool createIfMissing);
    // A new database; refuses a file that already exists (never overwritten).
    static Result<std::unique_ptr<Database>> create(const QString& path);

private:
    static Result<std::unique_ptr<Database>> openAndPrepare(const QString& path,
                                                            Database::OpenMode mode);
    // Database::open, with a window saying so while a long upgrade runs.
    static Result<std::unique_ptr<Database>> openShowingUpgrade(const DatabaseConfig& config,
                                                                Database::OpenMode mode);
};

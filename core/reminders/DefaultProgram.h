#pragma once

#include "Program.h"
#include "util/Result.h"

#include <QCoreApplication>

class Database;

// The program a new agency starts with (reminder-rules.md, "Default program").
class DefaultProgram
{
    Q_DECLARE_TR_FUNCTIONS(DefaultProgram)

public:
    static Program make();
    // Creates it as the global program when the database has no program yet.
    static Status install(Database& db);
    // The name to show for a stored program name: the default program keeps
    // the name it was created with (often by the command line, in English),
    // so that untouched name is shown in the reader's language.
    static QString displayName(const QString& storedName);
};

#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

class Database;

// A new custom program made from an existing one: the same levels with the
// same settings and every letter template of each level, in one transaction,
// so that a program starts able to print rather than with levels that have
// no letter.
class ProgramCopy
{
    Q_DECLARE_TR_FUNCTIONS(ProgramCopy)

public:
    // Returns the new program's id. The copy is never the global program.
    static Result<qint64> copy(const Database& db, qint64 programId, const QString& newName);
};

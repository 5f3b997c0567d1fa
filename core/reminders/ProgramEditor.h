#pragma once

#include "LevelValidator.h"
#include "Program.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

class Database;

// The one place where a program's levels change: add, edit, remove, move,
// and the automation switches of the Settings page. Every change is checked
// with LevelValidator on the program as it would become (names unique, a
// repeat only on the last level, …) before ProgramRepository stores it, so
// that the level dialog, the Levels page and the Settings page cannot leave
// a program the planner would misread. `config import` checks its levels
// with the same validatorFor().
class ProgramEditor
{
    Q_DECLARE_TR_FUNCTIONS(ProgramEditor)

public:
    explicit ProgramEditor(const Database& db)
        : m_db(db)
    {}

    // The validator for levels[index] among `levels` (the other names, and
    // whether it is the last one).
    static LevelValidator validatorFor(const QList<Level>& levels, qsizetype index);
    // Every problem of the program as it stands, each sentence naming its
    // level; empty when it may be stored.
    static QStringList problems(const Program& program);

    // Creates (id 0, appended as the new last level) or updates a level of
    // its program; returns its id.
    Result<qint64> saveLevel(const Level& level) const;
    // Removes a level; the following ones move up one place.
    Status removeLevel(qint64 levelId) const;
    // Moves a level `delta` places (-1 up, +1 down). Refused, with nothing
    // changed, when the program it would give breaks a rule.
    Status moveLevel(qint64 levelId, int delta) const;
    // Renames a program (names are unique).
    Status renameProgram(qint64 programId, const QString& name) const;
    // Turns the automation of a level on or off, on a day of the month.
    Status setAutomation(qint64 levelId, bool enabled, int dayOfMonth) const;
    // The same, inside the caller's transaction, with the program as read
    // before it (the Settings page saves everything at once).
    static Status setAutomationIn(QSqlDatabase& conn, const Program& program, qint64 levelId,
                                  bool enabled, int dayOfMonth);

private:
    Result<Program> programOfLevel(qint64 levelId) const;
    // Checks then stores the whole program.
    Status store(const Program& program) const;
    const Database& m_db;
};

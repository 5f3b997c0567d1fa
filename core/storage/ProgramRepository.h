#pragma once

#include "reminders/Program.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

class Database;

// Reminder programs and their levels in the database. Changes go through
// ProgramEditor, which holds the rules.
class ProgramRepository
{
    Q_DECLARE_TR_FUNCTIONS(ProgramRepository)

public:
    explicit ProgramRepository(const Database& db)
        : m_db(db)
    {}

    // Every program with its levels, the global one first, then by name.
    Result<QList<Program>> all() const;
    // The global program; a failure says there is none.
    Result<Program> global() const;
    Result<Program> byId(qint64 id) const;
    Result<Program> byName(const QString& name) const;
    Result<Level> level(qint64 levelId) const;
    Result<int> count() const;

    // Creates (id == 0) or updates the program with its levels: levels with
    // id 0 are created, others updated, stored levels missing from the list
    // removed. It stores what it is given: ProgramEditor checks the rules
    // (positions 1..n, LevelValidator) first. Returns the program's id.
    Result<qint64> save(const Program& program) const;
    static Result<qint64> saveIn(QSqlDatabase& conn, const Program& program);
    // Makes this program the global one (the previous global one becomes custom).
    Status setGlobal(qint64 programId) const;
    Status remove(qint64 programId) const;

    // Creates (id == 0) or updates one level; returns its id.
    Result<qint64> saveLevel(const Level& level) const;
    static Result<qint64> saveLevelIn(QSqlDatabase& conn, const Level& level);

private:
    Result<QList<Program>> load(const QString& where, const QVariantList& values) const;
    const Database& m_db;
};

#pragma once

#include "OwnerStatement.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>

class Database;

// Gathers the landlords' statements as of a date. The arrears are the
// debtors' positions (PositionLoader, through Planner::build: the same as
// `debtors`); the next step is the simulation's (Planner: the level a run
// would issue, or why not) completed by the recovery path (DeadlineService:
// the next deadline): nothing here decides a rule.
class OwnerStatementLoader
{
    Q_DECLARE_TR_FUNCTIONS(OwnerStatementLoader)

public:
    explicit OwnerStatementLoader(const Database& db)
        : m_db(db)
    {}

    // Every owner with at least one tenant in arrears as of asOf.
    Result<OwnerStatements> load(QDate asOf, const QString& language) const;

private:
    const Database& m_db;
};

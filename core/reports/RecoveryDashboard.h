#pragma once

#include "RecoveryFigures.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

class Database;

// The agency's recovery figures as of a date (the dashboard, the monthly
// recovery report, `report recovery`): the one place they are computed.
// Reads every account's ledger once, in account order, and keeps only sums.
class RecoveryDashboard
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryDashboard)

public:
    // done/total accounts read so far; return false to stop (Cancelled).
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;

    explicit RecoveryDashboard(const Database& db)
        : m_db(db)
    {}

    // The period defaults to the twelve months ending on asOf.
    static QDate defaultFrom(QDate asOf);

    Result<RecoveryFigures> compute(QDate asOf, QDate from, const Progress& progress = {}) const;

private:
    const Database& m_db;
};

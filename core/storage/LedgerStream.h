#pragma once

#include "ledger/LedgerEntry.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <functional>
#include <limits>

class Database;
struct sqlite3;

// Every account's ledger, one account at a time, in one forward query: the
// reports that need the whole agency's history (the dashboard's 24 month
// ends, recoveries, effectiveness) read the ledger once instead of once per
// date, and keep only one account's entries in memory.
class LedgerStream
{
    Q_DECLARE_TR_FUNCTIONS(LedgerStream)

public:
    explicit LedgerStream(const Database& db)
        : m_db(db)
    {}

    // The number of accounts, for progress.
    Result<qsizetype> accountCount() const;
    // The id of the account that has `before` accounts before it (by id),
    // where a reader splits the agency into two halves; none past the end.
    Result<qint64> accountAfter(qsizetype before) const;

    // Accounts by id, both ends included.
    struct Range
    {
        qint64 first = std::numeric_limits<qint64>::min();
        qint64 last = std::numeric_limits<qint64>::max();
    };

    // Calls `visit` with each account that has entries posted on or before
    // upTo, by account id, with those entries (labels left empty: nothing
    // that sums needs them). `visit` returns false to stop (the result is
    // then Cancelled).
    using Visitor = std::function<bool(qint64 accountId, const QList<LedgerEntry>& entries)>;
    Status forEachAccount(QDate upTo, const Visitor& visit) const;
    // Only the accounts of `range`.
    Status forEachAccount(QDate upTo, const Visitor& visit, Range range) const;

private:
    static Status forEachSqlite(sqlite3* db, QDate upTo, Range range, const Visitor& visit);
    Status forEachServer(QDate upTo, Range range, const Visitor& visit) const;
    const Database& m_db;
};

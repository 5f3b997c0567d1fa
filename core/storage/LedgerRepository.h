#pragma once

#include "ledger/LedgerEntry.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

class Database;

// Ledger entries in the database. The bulk functions take the connection of
// a transaction the caller holds (Database::write), so that an import or a
// demo writes everything or nothing.
class LedgerRepository
{
    Q_DECLARE_TR_FUNCTIONS(LedgerRepository)

public:
    explicit LedgerRepository(const Database& db)
        : m_db(db)
    {}

    // The entries of one account, by date then id (accountRef left empty).
    Result<QList<LedgerEntry>> forAccount(qint64 accountId) const;
    // The same inside the caller's transaction.
    static Result<QList<LedgerEntry>> forAccountIn(QSqlDatabase& conn, qint64 accountId);
    Result<LedgerEntry> byId(qint64 id) const;
    Result<int> count() const;

    // Inserts many entries (accountId set, amount > 0) with one prepared
    // statement and batched binding; fills nothing back.
    static Status insertMany(QSqlDatabase& conn, const QList<LedgerEntry>& entries);
    // Inserts one entry and returns its id.
    static Result<qint64> insert(QSqlDatabase& conn, const LedgerEntry& entry);
    // Overwrites the stored entry entry.id with entry's content.
    static Status replace(QSqlDatabase& conn, const LedgerEntry& entry);
    static Result<LedgerEntry> byIdIn(QSqlDatabase& conn, qint64 id);

    // Bulk loads: the per-row triggers that keep account_totals cost more
    // than the inserts themselves (8 s of 22 for 1.4 million rows on
    // SQLite), so a large import turns them off inside its transaction, and
    // endBulkLoad turns them on and recomputes the totals in one GROUP BY
    // (about 0.3 s). SQLite: the triggers are dropped and recreated.
    // PostgreSQL: a transaction-local setting makes the trigger skip.
    struct BulkLoad
    {
        QStringList triggers; // CREATE statements to restore
        QStringList indexes;  // the same, for indexes dropped while loading
        bool active = false;
    };
    static Result<BulkLoad> beginBulkLoad(QSqlDatabase& conn);
    static Status endBulkLoad(QSqlDatabase& conn, const BulkLoad& load);
    // account_totals from the whole ledger (what the triggers keep).
    static Status recomputeTotals(QSqlDatabase& conn);

    // Streams every entry (of the given accounts, or all when empty) to
    // `visit`, account by account, without building a list.
    static Status scan(QSqlDatabase& conn, const std::function<void(const LedgerEntry&)>& visit,
                       const QList<qint64>& accountIds = {});

private:
    const Database& m_db;
};

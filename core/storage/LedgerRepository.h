#pragma once

#include "ledger/LedgerEntry.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <limits>

class Database;
struct sqlite3;

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

    // A bulk load in progress (beginBulkLoad below).
    struct BulkLoad
    {
        QStringList triggers; // CREATE statements to restore
        QStringList indexes;  // the same, for indexes dropped while loading
        bool active = false;
        // Into an empty SQLite ledger: what insertMany wrote, summed per
        // account as the triggers would (julian days for the dates), so
        // that endBulkLoad writes account_totals without reading 1.3
        // million rows back (0.5 s of the demo's import). Used only when
        // the ledger then holds exactly these rows.
        struct Sums
        {
            qint64 debits = 0;
            qint64 credits = 0;
            qint64 firstDue = std::numeric_limits<qint64>::max(); // of the debits; max: none
            qint64 lastDate = std::numeric_limits<qint64>::min();
        };
        bool sumsRows = false;
        qint64 rowsSummed = 0;
        QHash<qint64, Sums> sums;
    };

    // The entries of one account, by date then id (accountRef left empty).
    Result<QList<LedgerEntry>> forAccount(qint64 accountId) const;
    // The same inside the caller's transaction.
    static Result<QList<LedgerEntry>> forAccountIn(QSqlDatabase& conn, qint64 accountId);
    Result<LedgerEntry> byId(qint64 id) const;
    Result<int> count() const;

    // Inserts many entries (accountId set, amount > 0) with one prepared
    // statement and batched binding; fills nothing back.
    // Within a bulk load, pass it: into an empty SQLite ledger the rows are
    // summed as they are written, for endBulkLoad.
    static Status insertMany(QSqlDatabase& conn, const QList<LedgerEntry>& entries,
                             BulkLoad* load = nullptr);
    // The same on SQLite's handle of the connection (sqliteHandle), for a
    // writer thread of its own while the caller reads the next rows: the
    // caller does not touch the connection until it returns.
    static Status insertMany(sqlite3* handle, const QList<LedgerEntry>& entries,
                             BulkLoad* load = nullptr);
    // Inserts one entry and returns its id.
    static Result<qint64> insert(QSqlDatabase& conn, const LedgerEntry& entry);
    // Overwrites the stored entry entry.id with entry's content.
    static Status replace(QSqlDatabase& conn, const LedgerEntry& entry);
    static Result<LedgerEntry> byIdIn(QSqlDatabase& conn, qint64 id);

    // Bulk loads: the per-row triggers that keep account_totals cost more
    // than the inserts themselves (8 s of 22 for 1.4 million rows on
    // SQLite), so a large import turns them off inside its transaction, and
    // endBulkLoad turns them on and recomputes the totals in one GROUP BY
    // (about 0.5 s), or writes the sums of an empty ledger's load. SQLite:
    // the triggers are dropped and recreated.
    // PostgreSQL: a transaction-local setting makes the trigger skip.
    static Result<BulkLoad> beginBulkLoad(QSqlDatabase& conn);
    // `ledgerChanged` false: nothing was added or replaced meanwhile, the
    // totals are right as they are (a file imported again).
    static Status endBulkLoad(QSqlDatabase& conn, const BulkLoad& load, bool ledgerChanged = true);
    // account_totals from the whole ledger (what the triggers keep).
    static Status recomputeTotals(QSqlDatabase& conn);

    // Streams every entry (of the given accounts, or all when empty) to
    // `visit`, account by account (in no promised order within one),
    // without building a list.
    static Status scan(QSqlDatabase& conn, const std::function<void(const LedgerEntry&)>& visit,
                       const QList<qint64>& accountIds = {});

private:
    const Database& m_db;
};

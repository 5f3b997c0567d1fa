#include "LedgerStream.h"

#include "Database.h"
#include "LedgerRow.h"
#include "PostgresResult.h"
#include "SqliteHandle.h"

#include <QSqlQuery>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace {

const char streamSql[] = "SELECT account_id, entry_ref, side, date, due_date, amount, kind, "
                         "matches FROM ledger_entries WHERE date <= ? AND account_id "
                         "BETWEEN ? AND ? ORDER BY account_id, entry_ref";

// Accounts per query on a server: some 130,000 rows at 36 months of ledger.
constexpr qsizetype serverSlice = 2000;

} // namespace

Result<qsizetype> LedgerStream::accountCount() const
{
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM accounts"));
    if (!q)
        return Result<qsizetype>::failure(q.error());
    return q->next() ? qsizetype(q->value(0).toLongLong()) : qsizetype(0);
}

Result<qint64> LedgerStream::accountAfter(qsizetype before) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id FROM accounts ORDER BY id LIMIT 1 OFFSET ?"),
                       {qint64(before)});
    if (!q)
        return Result<qint64>::failure(q.kind(), q.error());
    return q->next() ? q->value(0).toLongLong() : std::numeric_limits<qint64>::max();
}

Status LedgerStream::forEachAccount(QDate upTo, const Visitor& visit) const
{
    return forEachAccount(upTo, visit, Range());
}

Status LedgerStream::forEachAccount(QDate upTo, const Visitor& visit, Range range) const
{
    QSqlDatabase conn = m_db.connection();
    if (sqlite3* handle = sqliteHandle(conn))
        return forEachSqlite(handle, upTo, range, visit);
    return forEachServer(upTo, range, visit);
}

Status LedgerStream::forEachServer(QDate upTo, Range range, const Visitor& visit) const
{
    // Qt's PostgreSQL driver holds a whole result in memory (row by row, a
    // query the visitor makes would cut it short): the ledger is read in
    // slices of accounts, so that memory stays that of one slice whatever
    // the agency's size (the whole ledger of 100,000 accounts would take
    // gigabytes).
    auto ids =
        m_db.exec(QStringLiteral("SELECT id FROM accounts WHERE id BETWEEN ? AND ? ORDER BY id"),
                  {range.first, range.last});
    if (!ids)
        return Status::failure(ids.error());
    QList<qint64> accounts;
    while (ids->next())
        accounts.append(ids->value(0).toLongLong());
    QList<LedgerEntry> entries;
    qint64 current = 0;
    auto add = [&](qint64 accountId, LedgerEntry&& e) {
        if (accountId != current && !entries.isEmpty()) {
            if (!visit(current, entries))
                return false;
            entries.clear();
        }
        current = accountId;
        e.accountId = accountId;
        entries.append(std::move(e));
        return true;
    };
    const QString date = upTo.toString(Qt::ISODate);
    qint64 from = range.first;
    for (qsizetype at = 0; at < accounts.size(); at += serverSlice) {
        const bool last = at + serverSlice >= accounts.size();
        const qint64 to = last ? range.last : accounts.at(at + serverSlice - 1);
        // Ordered by the (account_id, entry_ref) unique index: one
        // account's rows arrive together.
        auto q = m_db.exec(QString::fromLatin1(streamSql), {date, from, to});
        if (!q)
            return Status::failure(q.error());
        if (const pg_result* result = postgresResult(*q)) {
            for (int row = 0, rows = PQntuples(result); row < rows; ++row) {
                LedgerEntry e;
                LedgerRow::read(result, row, 1, e);
                if (!add(postgresInt64(result, row, 0), std::move(e)))
                    return Status::failure(ErrorKind::Cancelled, tr("Stopped before the end."));
            }
        } else {
            while (q->next()) {
                LedgerEntry e;
                LedgerRow::read(*q, 1, e);
                if (!add(q->value(0).toLongLong(), std::move(e)))
                    return Status::failure(ErrorKind::Cancelled, tr("Stopped before the end."));
            }
        }
        if (last)
            break;
        from = to + 1;
    }
    if (!entries.isEmpty() && !visit(current, entries))
        return Status::failure(ErrorKind::Cancelled, tr("Stopped before the end."));
    return {};
}

Status LedgerStream::forEachSqlite(sqlite3* db, QDate upTo, Range range, const Visitor& visit)
{
    // Straight through SQLite's API: Qt's driver makes a QVariant of every
    // value of every row, and for 1.4 million rows that costs five times
    // what SQLite does (measured with perf on the 20,000-account demo).
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, streamSql, -1, &stmt, nullptr) != SQLITE_OK)
        return Status::failure(
            ErrorKind::Storage,
            tr("The ledger could not be read: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    const QByteArray date = upTo.toString(Qt::ISODate).toLatin1();
    sqlite3_bind_text(stmt, 1, date.constData(), int(date.size()), SQLITE_STATIC);
    sqlite3_bind_int64(stmt, 2, range.first);
    sqlite3_bind_int64(stmt, 3, range.last);
    // One account's entries at a time, in slots reused by the next account:
    // their strings keep their room (LedgerRow::read writes into it).
    QList<LedgerEntry> entries;
    qsizetype used = 0;
    qint64 current = 0;
    Status status;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const qint64 accountId = sqlite3_column_int64(stmt, 0);
        if (accountId != current && used > 0) {
            entries.resize(used);
            if (!visit(current, entries)) {
                status = Status::failure(ErrorKind::Cancelled, tr("Stopped before the end."));
                break;
            }
            used = 0;
        }
        current = accountId;
        LedgerEntry& e = used < entries.size() ? entries[used] : entries.emplace_back();
        ++used;
        e.accountId = accountId;
        LedgerRow::read(stmt, 1, e);
    }
    entries.resize(used);
    if (status && rc != SQLITE_DONE)
        status = Status::failure(
            ErrorKind::Storage,
            tr("The ledger could not be read: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    sqlite3_finalize(stmt);
    if (status && !entries.isEmpty() && !visit(current, entries))
        status = Status::failure(ErrorKind::Cancelled, tr("Stopped before the end."));
    return status;
}

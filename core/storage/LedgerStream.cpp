#include "LedgerStream.h"

#include "Database.h"
#include "LedgerRow.h"
#include "SqliteHandle.h"

#include <QSqlQuery>

#include <sqlite3.h>

namespace {

const char streamSql[] = "SELECT account_id, entry_ref, side, date, due_date, amount, kind, "
                         "matches FROM ledger_entries WHERE date <= ? AND account_id "
                         "BETWEEN ? AND ? ORDER BY account_id, entry_ref";

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
    // Ordered by the (account_id, entry_ref) unique index: no sort, and one
    // account's rows arrive together.
    auto q = m_db.exec(QString::fromLatin1(streamSql),
                       {upTo.toString(Qt::ISODate), range.first, range.last});
    if (!q)
        return Status::failure(q.error());
    QList<LedgerEntry> entries;
    qint64 current = 0;
    while (q->next()) {
        const qint64 accountId = q->value(0).toLongLong();
        if (accountId != current && !entries.isEmpty()) {
            if (!visit(current, entries))
                return Status::failure(ErrorKind::Cancelled, tr("Stopped before the end."));
            entries.clear();
        }
        current = accountId;
        LedgerEntry e;
        e.accountId = accountId;
        LedgerRow::read(*q, 1, e);
        entries.append(std::move(e));
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

#include "LedgerRepository.h"

#include "Database.h"
#include "LedgerRow.h"
#include "SqliteHandle.h"
#include "SqliteStatement.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <vector>

namespace {

const char* const entryColumns =
    "id, account_id, entry_ref, side, date, due_date, label, amount, kind, matches";

// Our text columns are NOT NULL with '' for nothing, and Qt binds a null
// QString as SQL NULL.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString isoDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("");
}

LedgerEntry readEntry(const QSqlQuery& q)
{
    LedgerEntry e;
    e.id = q.value(0).toLongLong();
    e.accountId = q.value(1).toLongLong();
    e.entryRef = q.value(2).toString();
    e.side = LedgerKeys::sideFromKey(q.value(3).toString()).value_or(Side::Debit);
    e.date = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    e.dueDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    e.label = q.value(6).toString();
    e.amount = Money::fromCents(q.value(7).toLongLong());
    e.kind = LedgerKeys::kindFromKey(q.value(8).toString()).value_or(EntryKind::Other);
    e.matches = q.value(9).toString();
    return e;
}

QVariantList values(const LedgerEntry& e)
{
    return {e.accountId,
            text(e.entryRef),
            LedgerKeys::toKey(e.side),
            isoDate(e.date),
            isoDate(e.dueDate.isValid() ? e.dueDate : e.date),
            text(e.label),
            e.amount.cents(),
            LedgerKeys::toKey(e.kind),
            text(e.matches)};
}

} // namespace

Result<QList<LedgerEntry>> LedgerRepository::forAccount(qint64 accountId) const
{
    QSqlDatabase conn = m_db.connection();
    return forAccountIn(conn, accountId);
}

Result<QList<LedgerEntry>> LedgerRepository::forAccountIn(QSqlDatabase& conn, qint64 accountId)
{
    auto q = Database::exec(conn,
                            QStringLiteral("SELECT %1 FROM ledger_entries WHERE account_id = ? "
                                           "ORDER BY date, id")
                                .arg(QLatin1String(entryColumns)),
                            {accountId});
    if (!q)
        return Result<QList<LedgerEntry>>::failure(q.error());
    QList<LedgerEntry> entries;
    while (q->next())
        entries.append(readEntry(*q));
    return entries;
}

Result<LedgerEntry> LedgerRepository::byId(qint64 id) const
{
    QSqlDatabase conn = m_db.connection();
    return byIdIn(conn, id);
}

Result<LedgerEntry> LedgerRepository::byIdIn(QSqlDatabase& conn, qint64 id)
{
    auto q = Database::exec(conn,
                            QStringLiteral("SELECT %1 FROM ledger_entries WHERE id = ?")
                                .arg(QLatin1String(entryColumns)),
                            {id});
    if (!q)
        return Result<LedgerEntry>::failure(q.error());
    if (!q->next())
        return Result<LedgerEntry>::failure(tr("This ledger entry no longer exists."));
    return readEntry(*q);
}

Result<int> LedgerRepository::count() const
{
    auto q = m_db.exec(QStringLiteral("SELECT count(*) FROM ledger_entries"));
    if (!q)
        return Result<int>::failure(q.error());
    q->next();
    return q->value(0).toInt();
}

namespace {

// "YYYY-MM-DD" into buf (11 bytes), without going through QString.
int formatDate(const QDate& d, char* buf)
{
    if (!d.isValid())
        return 0;
    int y = 0, m = 0, day = 0;
    d.getDate(&y, &m, &day); // one calendar conversion, not three
    buf[0] = char('0' + (y / 1000) % 10);
    buf[1] = char('0' + (y / 100) % 10);
    buf[2] = char('0' + (y / 10) % 10);
    buf[3] = char('0' + y % 10);
    buf[4] = '-';
    buf[5] = char('0' + m / 10);
    buf[6] = char('0' + m % 10);
    buf[7] = '-';
    buf[8] = char('0' + day / 10);
    buf[9] = char('0' + day % 10);
    buf[10] = 0;
    return 10;
}

// Bulk insert straight through SQLite's API: binding through QVariant and
// QSqlQuery::execBatch costs more than SQLite itself (measured: 2.6 s against
// about 1 s for 360,000 rows), and an agency's history is over a million rows.
// The largest entry number so far: SQLite's ledger is clustered by account
// (schema 6) and no longer numbers its rows itself. Read inside the
// writer's transaction, so no other writer can take the same numbers.
Result<qint64> lastEntryId(sqlite3* db)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT COALESCE(MAX(id), 0) FROM ledger_entries", -1, &stmt,
                           nullptr) != SQLITE_OK)
        return Result<qint64>::failure(LedgerRepository::tr("The database refused a request: %1")
                                           .arg(QString::fromUtf8(sqlite3_errmsg(db))));
    const bool ok = sqlite3_step(stmt) == SQLITE_ROW;
    const qint64 last = ok ? sqlite3_column_int64(stmt, 0) : 0;
    sqlite3_finalize(stmt);
    if (!ok)
        return Result<qint64>::failure(LedgerRepository::tr("The database refused a request: %1")
                                           .arg(QString::fromUtf8(sqlite3_errmsg(db))));
    return last;
}

// "INSERT ... VALUES (?, ...), (?, ...)" for `rows` rows of SQLite's ledger.
QByteArray sqliteInsert(qsizetype rows)
{
    QByteArray sql("INSERT INTO ledger_entries (account_id, entry_ref, side, date, due_date, "
                   "label, amount, kind, matches, id) VALUES ");
    for (qsizetype i = 0; i < rows; ++i)
        sql += i > 0 ? ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" : "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    return sql;
}

Status insertManySqlite(sqlite3* db, const QList<LedgerEntry>& entries)
{
    auto last = lastEntryId(db);
    if (!last)
        return Status::failure(last.error());
    qint64 nextId = *last;
    const auto refused = [db] {
        return Status::failure(LedgerRepository::tr("The ledger entries could not be written: %1")
                                   .arg(QString::fromUtf8(sqlite3_errmsg(db))));
    };
    // Several rows per statement: each statement's step opens the table's
    // cursors and closes them when it halts, which cost as much as a row's
    // own writing (measured on 1.34 million rows).
    constexpr qsizetype rowsPerStatement = 64;
    constexpr int columns = 10;
    // The database holds UTF-8: text bound as UTF-16 is converted by SQLite
    // in memory it allocates, for every value of every row. ASCII (nearly
    // every ref, side and kind) is narrowed here into buffers that live
    // until the statement is written.
    std::vector<QByteArray> narrow(size_t(rowsPerStatement * columns));
    // The sides' and kinds' words, converted once (LedgerKeys has them).
    constexpr int kinds = int(EntryKind::CreditNote) + 1;
    static const std::array<QByteArray, 2> sideKeys{LedgerKeys::toKey(Side::Debit).toLatin1(),
                                                    LedgerKeys::toKey(Side::Credit).toLatin1()};
    static const std::array<QByteArray, kinds> kindKeys = [] {
        std::array<QByteArray, kinds> keys;
        for (int k = 0; k < kinds; ++k)
            keys[size_t(k)] = LedgerKeys::toKey(EntryKind(k)).toLatin1();
        return keys;
    }();
    std::array<std::array<char, 11>, rowsPerStatement * 2> dates{};
    sqlite3_stmt* full = nullptr;
    Status status;
    for (qsizetype first = 0; first < entries.size() && status; first += rowsPerStatement) {
        const qsizetype rows = qMin(rowsPerStatement, entries.size() - first);
        sqlite3_stmt* partial = nullptr;
        sqlite3_stmt*& stmt = rows == rowsPerStatement ? full : partial;
        if (!stmt && sqlite3_prepare_v2(db, sqliteInsert(rows).constData(), -1, &stmt, nullptr) !=
                         SQLITE_OK) {
            status = Status::failure(LedgerRepository::tr("The database refused a request: %1")
                                         .arg(QString::fromUtf8(sqlite3_errmsg(db))));
            break;
        }
        const auto bindText = [stmt, &narrow](int index, const QString& s) {
            const qsizetype n = s.size();
            // constData(), not utf16(): utf16() copies a literal's text to
            // end it with a zero (QStringLiteral, the sides and kinds).
            const auto* wide = reinterpret_cast<const char16_t*>(s.constData());
            QByteArray& out = narrow[size_t(index - 1)];
            out.resize(n);
            char* to = out.data();
            for (qsizetype i = 0; i < n; ++i) {
                if (wide[i] >= 0x80) {
                    sqlite3_bind_text16(stmt, index, wide, int(n * 2), SQLITE_STATIC);
                    return;
                }
                to[i] = char(wide[i]);
            }
            sqlite3_bind_text(stmt, index, to, int(n), SQLITE_STATIC);
        };
        for (qsizetype r = 0; r < rows; ++r) {
            const LedgerEntry& e = entries.at(first + r);
            const int at = int(r) * columns;
            char* date = dates[size_t(r * 2)].data();
            char* due = dates[size_t(r * 2 + 1)].data();
            sqlite3_bind_int64(stmt, at + 1, e.accountId);
            bindText(at + 2, e.entryRef);
            const QByteArray& side = sideKeys[e.side == Side::Credit ? 1 : 0];
            sqlite3_bind_text(stmt, at + 3, side.constData(), int(side.size()), SQLITE_STATIC);
            sqlite3_bind_text(stmt, at + 4, date, formatDate(e.date, date), SQLITE_STATIC);
            sqlite3_bind_text(stmt, at + 5, due,
                              formatDate(e.dueDate.isValid() ? e.dueDate : e.date, due),
                              SQLITE_STATIC);
            bindText(at + 6, e.label);
            sqlite3_bind_int64(stmt, at + 7, e.amount.cents());
            const QByteArray& kind = kindKeys[size_t(qBound(0, int(e.kind), kinds - 1))];
            sqlite3_bind_text(stmt, at + 8, kind.constData(), int(kind.size()), SQLITE_STATIC);
            bindText(at + 9, e.matches);
            sqlite3_bind_int64(stmt, at + 10, ++nextId);
        }
        if (sqlite3_step(stmt) != SQLITE_DONE)
            status = refused();
        sqlite3_reset(stmt);
        if (partial)
            sqlite3_finalize(partial);
    }
    sqlite3_finalize(full);
    return status;
}

// "INSERT ... VALUES (?, ...), (?, ...)" for `rows` rows.
QString multiRowInsert(qsizetype rows)
{
    static const QString row = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    QString sql = QStringLiteral("INSERT INTO ledger_entries (account_id, entry_ref, side, date, "
                                 "due_date, label, amount, kind, matches) VALUES ");
    sql.reserve(sql.size() + rows * (row.size() + 2));
    for (qsizetype i = 0; i < rows; ++i) {
        if (i > 0)
            sql += QLatin1String(", ");
        sql += row;
    }
    return sql;
}

Status insertManyRows(QSqlDatabase& conn, const QList<LedgerEntry>& entries)
{
    // Another engine (PostgreSQL): Qt's execBatch runs one statement per row
    // there, one round trip each (measured: about 8,000 rows/s on the same
    // machine). Several hundred rows per statement cut the round trips; the
    // values are still bound.
    constexpr qsizetype rowsPerStatement = 500;
    QSqlQuery full(conn);
    bool fullPrepared = false;
    for (qsizetype first = 0; first < entries.size(); first += rowsPerStatement) {
        const qsizetype rows = qMin(rowsPerStatement, entries.size() - first);
        QSqlQuery partial(conn);
        QSqlQuery& q = rows == rowsPerStatement ? full : partial;
        if (&q == &partial || !fullPrepared) {
            if (!q.prepare(multiRowInsert(rows)))
                return Status::failure(LedgerRepository::tr("The database refused a request: %1")
                                           .arg(q.lastError().text()));
            fullPrepared = fullPrepared || &q == &full;
        }
        int index = 0;
        for (qsizetype i = first; i < first + rows; ++i)
            for (const QVariant& v : values(entries.at(i)))
                q.bindValue(index++, v);
        if (!q.exec())
            return Status::failure(
                LedgerRepository::tr("The ledger entries could not be written: %1")
                    .arg(q.lastError().text()));
    }
    return {};
}

} // namespace

Status LedgerRepository::insertMany(QSqlDatabase& conn, const QList<LedgerEntry>& entries,
                                    BulkLoad* load)
{
    if (entries.isEmpty())
        return {};
    if (sqlite3* handle = sqliteHandle(conn))
        return insertMany(handle, entries, load);
    // PostgreSQL: no sums (its bulk load recomputes the totals).
    return insertManyRows(conn, entries);
}

Status LedgerRepository::insertMany(sqlite3* handle, const QList<LedgerEntry>& entries,
                                    BulkLoad* load)
{
    if (entries.isEmpty())
        return {};
    Status written = insertManySqlite(handle, entries);
    if (written && load && load->sumsRows) {
        // The rows come grouped by account: one lookup per account.
        qint64 account = 0;
        BulkLoad::Sums* sums = nullptr;
        for (const LedgerEntry& e : entries) {
            if (!sums || e.accountId != account) {
                account = e.accountId;
                sums = &load->sums[account];
            }
            const qint64 date = e.date.toJulianDay();
            if (e.side == Side::Debit) {
                sums->debits += e.amount.cents();
                sums->firstDue =
                    qMin(sums->firstDue, e.dueDate.isValid() ? e.dueDate.toJulianDay() : date);
            } else {
                sums->credits += e.amount.cents();
            }
            sums->lastDate = qMax(sums->lastDate, date);
        }
        load->rowsSummed += entries.size();
    }
    return written;
}

Result<qint64> LedgerRepository::insert(QSqlDatabase& conn, const LedgerEntry& entry)
{
    // SQLite's clustered ledger (schema 6) is numbered here; PostgreSQL's
    // identity column numbers its own.
    const QString id = sqliteHandle(conn)
                           ? QStringLiteral("(SELECT COALESCE(MAX(id), 0) + 1 FROM ledger_entries)")
                           : QStringLiteral("DEFAULT");
    auto q =
        Database::exec(conn,
                       QStringLiteral("INSERT INTO ledger_entries (account_id, entry_ref, "
                                      "side, date, due_date, label, amount, kind, matches, "
                                      "id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, %1) RETURNING id")
                           .arg(id),
                       values(entry));
    if (!q)
        return Result<qint64>::failure(q.error());
    q->next();
    return q->value(0).toLongLong();
}

Status LedgerRepository::replace(QSqlDatabase& conn, const LedgerEntry& entry)
{
    QVariantList v = values(entry);
    v.append(entry.id);
    auto q = Database::exec(conn,
                            QStringLiteral("UPDATE ledger_entries SET account_id = ?, entry_ref = "
                                           "?, side = ?, date = ?, due_date = ?, label = ?, "
                                           "amount = ?, kind = ?, matches = ? WHERE id = ?"),
                            v);
    if (!q)
        return Status::failure(q.error());
    if (q->numRowsAffected() == 0)
        return Status::failure(tr("This ledger entry no longer exists."));
    return {};
}

namespace {

// scan() on SQLite's API, in the table's own order (schema 6: by account,
// then entry_ref; no sort): Qt's driver made a QVariant of every value of
// every row, 70 % of importing again a ledger of 1.4 million entries.
Status scanSqlite(sqlite3* db, const std::function<void(const LedgerEntry&)>& visit,
                  const QList<qint64>& accountIds)
{
    const QByteArray sql =
        QByteArray("SELECT id, account_id, label, ") + LedgerRow::columns + " FROM ledger_entries" +
        (accountIds.isEmpty() ? "" : " WHERE account_id = ?") + " ORDER BY account_id, entry_ref";
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK)
        return Status::failure(LedgerRepository::tr("The database refused a request: %1")
                                   .arg(QString::fromUtf8(sqlite3_errmsg(db))));
    LedgerEntry e;
    int rc = SQLITE_DONE;
    const qsizetype passes = accountIds.isEmpty() ? 1 : accountIds.size();
    for (qsizetype pass = 0; pass < passes && rc == SQLITE_DONE; ++pass) {
        sqlite3_reset(stmt);
        if (!accountIds.isEmpty())
            sqlite3_bind_int64(stmt, 1, accountIds.at(pass));
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            e.id = sqlite3_column_int64(stmt, 0);
            e.accountId = sqlite3_column_int64(stmt, 1);
            e.label = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 2)),
                                        sqlite3_column_bytes(stmt, 2));
            LedgerRow::read(stmt, 3, e);
            visit(e);
        }
    }
    const QString error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return Status::failure(
            LedgerRepository::tr("The database refused a request: %1").arg(error));
    return {};
}

} // namespace

Status LedgerRepository::scan(QSqlDatabase& conn,
                              const std::function<void(const LedgerEntry&)>& visit,
                              const QList<qint64>& accountIds)
{
    if (sqlite3* handle = sqliteHandle(conn))
        return scanSqlite(handle, visit, accountIds);
    const QString sql =
        QStringLiteral("SELECT %1 FROM ledger_entries %2 ORDER BY account_id, id")
            .arg(QLatin1String(entryColumns),
                 accountIds.isEmpty() ? QString() : QStringLiteral("WHERE account_id = ?"));
    if (accountIds.isEmpty()) {
        auto q = Database::exec(conn, sql);
        if (!q)
            return Status::failure(q.error());
        while (q->next())
            visit(readEntry(*q));
        return {};
    }
    for (qint64 accountId : accountIds) {
        auto q = Database::exec(conn, sql, {accountId});
        if (!q)
            return Status::failure(q.error());
        while (q->next())
            visit(readEntry(*q));
    }
    return {};
}

Result<LedgerRepository::BulkLoad> LedgerRepository::beginBulkLoad(QSqlDatabase& conn)
{
    BulkLoad load;
    if (!sqliteHandle(conn)) {
        // PostgreSQL: the trigger function skips its work while this
        // transaction-local setting is on. Dropping or disabling the trigger
        // would lock the table against every reader until the import ends.
        auto q = Database::exec(conn, QStringLiteral("SET LOCAL relance.bulk_load = 'on'"));
        if (!q)
            return Result<BulkLoad>::failure(q.error());
        load.active = true;
        return load;
    }
    // Into an empty ledger (the demo, an agency's first import), the
    // secondary index is built once at the end, sorted, instead of taking
    // every row at a random place. Into a full one, rebuilding it would cost
    // more than the rows added.
    bool empty = false;
    {
        auto q = Database::exec(conn, QStringLiteral("SELECT 1 FROM ledger_entries LIMIT 1"));
        if (!q)
            return Result<BulkLoad>::failure(q.error());
        empty = !q->next();
    }
    QStringList triggers;
    QStringList indexes;
    {
        auto q = Database::exec(conn, QStringLiteral("SELECT type, name, sql FROM sqlite_master "
                                                     "WHERE tbl_name = 'ledger_entries' AND sql "
                                                     "IS NOT NULL AND type IN ('trigger', "
                                                     "'index')"));
        if (!q)
            return Result<BulkLoad>::failure(q.error());
        while (q->next()) {
            const bool trigger = q->value(0).toString() == QLatin1String("trigger");
            if (!trigger && !empty)
                continue;
            (trigger ? triggers : indexes).append(q->value(1).toString());
            (trigger ? load.triggers : load.indexes).append(q->value(2).toString());
        }
    } // the read is finished before the schema changes
    for (const QString& name : std::as_const(triggers)) {
        auto drop = Database::exec(conn, QStringLiteral("DROP TRIGGER \"%1\"").arg(name));
        if (!drop)
            return Result<BulkLoad>::failure(drop.error());
    }
    for (const QString& name : std::as_const(indexes)) {
        auto drop = Database::exec(conn, QStringLiteral("DROP INDEX \"%1\"").arg(name));
        if (!drop)
            return Result<BulkLoad>::failure(drop.error());
    }
    load.active = true;
    load.sumsRows = empty;
    return load;
}

namespace {

// account_totals from the sums of a load into an empty ledger, when the
// ledger holds exactly the rows summed (nothing written another way).
Result<bool> writeSums(QSqlDatabase& conn, const LedgerRepository::BulkLoad& load)
{
    auto count = Database::exec(conn, QStringLiteral("SELECT count(*) FROM ledger_entries"));
    if (!count)
        return Result<bool>::failure(count.error());
    count->next();
    if (count->value(0).toLongLong() != load.rowsSummed)
        return false;
    if (auto del = Database::exec(conn, QStringLiteral("DELETE FROM account_totals")); !del)
        return Result<bool>::failure(del.error());
    SqliteStatement insert(sqliteHandle(conn),
                           QStringLiteral("INSERT INTO account_totals (account_id, debits, "
                                          "credits, first_due, last_date) VALUES (?, ?, ?, ?, ?)"));
    if (!insert.isValid())
        return Result<bool>::failure(
            LedgerRepository::tr("The database refused a request: %1").arg(insert.errorText()));
    const auto text = [](qint64 julianDay) {
        const QDate d = QDate::fromJulianDay(julianDay);
        return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("");
    };
    // In account order, as the GROUP BY writes them (the same file, byte
    // for byte, whichever way the totals were made).
    QList<qint64> accounts = load.sums.keys();
    std::sort(accounts.begin(), accounts.end());
    for (qint64 account : std::as_const(accounts)) {
        const LedgerRepository::BulkLoad::Sums& s = load.sums[account];
        const bool debits = s.firstDue != std::numeric_limits<qint64>::max();
        if (!insert.exec({account, s.debits, s.credits,
                          debits ? text(s.firstDue) : QStringLiteral("9999-12-31"),
                          text(s.lastDate)}))
            return Result<bool>::failure(
                LedgerRepository::tr("The database refused a request: %1").arg(insert.errorText()));
    }
    return true;
}

} // namespace

Status LedgerRepository::endBulkLoad(QSqlDatabase& conn, const BulkLoad& load, bool ledgerChanged)
{
    if (!load.active)
        return {};
    if (!sqliteHandle(conn)) {
        auto q = Database::exec(conn, QStringLiteral("SET LOCAL relance.bulk_load = 'off'"));
        if (!q)
            return Status::failure(q.error());
        return ledgerChanged ? recomputeTotals(conn) : Status();
    }
    for (const QString& sql : load.indexes + load.triggers) {
        auto create = Database::exec(conn, sql);
        if (!create)
            return Status::failure(create.error());
    }
    auto exists = Database::exec(conn, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                                      "type = 'table' AND name = "
                                                      "'account_totals'"));
    if (!exists)
        return Status::failure(exists.error());
    exists->next();
    if (exists->value(0).toInt() == 0 || !ledgerChanged)
        return {};
    if (load.sumsRows) {
        auto written = writeSums(conn, load);
        if (!written)
            return Status::failure(written.error());
        if (*written)
            return {};
    }
    return recomputeTotals(conn);
}

Status LedgerRepository::recomputeTotals(QSqlDatabase& conn)
{
    // The same figures the triggers keep, computed at once.
    for (const char* sql :
         {"DELETE FROM account_totals",
          "INSERT INTO account_totals (account_id, debits, credits, first_due, last_date) "
          "SELECT account_id, SUM(CASE WHEN side = 'debit' THEN amount ELSE 0 END), "
          "SUM(CASE WHEN side = 'credit' THEN amount ELSE 0 END), "
          "COALESCE(MIN(CASE WHEN side = 'debit' THEN due_date END), '9999-12-31'), MAX(date) "
          "FROM ledger_entries GROUP BY account_id"}) {
        auto q = Database::exec(conn, QString::fromLatin1(sql));
        if (!q)
            return Status::failure(q.error());
    }
    return {};
}

#include "PositionLoader.h"

#include "AccountRepository.h"
#include "Database.h"
#include "DebtorLedger.h"
#include "LedgerRow.h"
#include "PostgresResult.h"
#include "SqliteHandle.h"
#include "StoredDate.h"

#include <QHash>
#include <QSqlQuery>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <algorithm>
#include <functional>
#include <numeric>

namespace {

QString placeholders(qsizetype n)
{
    QString s;
    s.reserve(n * 2);
    for (qsizetype i = 0; i < n; ++i)
        s += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    return s;
}

constexpr qsizetype chunkSize = 500;

// The entries of `chunk` (account ids) posted on or before the date that
// ends `values`, given one by one to `add`. On SQLite straight through its
// API, on PostgreSQL from libpq's result (LedgerRow): these are most of the
// rows the engine reads.
Status readEntries(QSqlDatabase& conn, const QList<qint64>& chunk, const QVariantList& values,
                   const std::function<void(LedgerEntry&&)>& add)
{
    const QString sql = QStringLiteral("SELECT account_id, id, %1 FROM ledger_entries WHERE "
                                       "account_id IN (%2) AND date <= ?")
                            .arg(QLatin1String(LedgerRow::columns), placeholders(chunk.size()));
    if (sqlite3* db = sqliteHandle(conn)) {
        sqlite3_stmt* stmt = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK)
            return Status::failure(ErrorKind::Storage,
                                   PositionLoader::tr("The ledger could not be read: %1")
                                       .arg(QString::fromUtf8(sqlite3_errmsg(db))));
        for (qsizetype i = 0; i < chunk.size(); ++i)
            sqlite3_bind_int64(stmt, int(i + 1), chunk.at(i));
        const QByteArray date = values.constLast().toString().toLatin1();
        sqlite3_bind_text(stmt, int(chunk.size() + 1), date.constData(), int(date.size()),
                          SQLITE_STATIC);
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            LedgerEntry x;
            x.accountId = sqlite3_column_int64(stmt, 0);
            x.id = sqlite3_column_int64(stmt, 1);
            LedgerRow::read(stmt, 2, x);
            add(std::move(x));
        }
        const QString error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(stmt);
        if (rc != SQLITE_DONE)
            return Status::failure(
                ErrorKind::Storage,
                PositionLoader::tr("The ledger could not be read: %1").arg(error));
        return {};
    }
    auto e = Database::exec(conn, sql, values);
    if (!e)
        return Status::failure(e.kind(), e.error());
    if (const pg_result* result = postgresResult(*e)) {
        for (int row = 0, rows = PQntuples(result); row < rows; ++row) {
            LedgerEntry x;
            x.accountId = postgresInt64(result, row, 0);
            x.id = postgresInt64(result, row, 1);
            LedgerRow::read(result, row, 2, x);
            add(std::move(x));
        }
        return {};
    }
    while (e->next()) {
        LedgerEntry x;
        x.accountId = e->value(0).toLongLong();
        x.id = e->value(1).toLongLong();
        LedgerRow::read(*e, 2, x);
        add(std::move(x));
    }
    return {};
}

} // namespace

Result<QList<Debtor>> PositionLoader::debtors(QDate asOf, QList<DebtorLedger>* ledgers) const
{
    return load(asOf, nullptr, ledgers);
}

Result<QList<Debtor>> PositionLoader::debtors(QDate asOf, const LedgerVisitor& visit) const
{
    return load(asOf, nullptr, nullptr, &visit);
}

Result<AccountPosition> PositionLoader::position(qint64 accountId, QDate asOf) const
{
    auto debtor = account(accountId, asOf, nullptr);
    if (!debtor)
        return Result<AccountPosition>::failure(debtor.kind(), debtor.error());
    return debtor->position;
}

Result<Debtor> PositionLoader::account(qint64 accountId, QDate asOf, DebtorLedger* ledger) const
{
    const QList<qint64> only{accountId};
    QList<DebtorLedger> ledgers;
    auto list = load(asOf, &only, ledger ? &ledgers : nullptr);
    if (!list)
        return Result<Debtor>::failure(list.kind(), list.error());
    if (list->isEmpty())
        return Result<Debtor>::failure(ErrorKind::NotFound,
                                       tr("This tenant account no longer exists."));
    if (ledger)
        *ledger = std::move(ledgers.first());
    return std::move(list->first());
}

Result<std::optional<QDate>> PositionLoader::newestPayment(QDate asOf) const
{
    auto q = m_db.exec(QStringLiteral("SELECT MAX(date) FROM ledger_entries WHERE side = 'credit' "
                                      "AND kind <> 'credit_note' AND date <= ?"),
                       {asOf.toString(Qt::ISODate)});
    if (!q)
        return Result<std::optional<QDate>>::failure(q.error());
    std::optional<QDate> newest;
    if (q->next() && !q->value(0).isNull())
        newest = parseStoredDate(q->value(0));
    return newest;
}

Result<QList<Debtor>> PositionLoader::load(QDate asOf, const QList<qint64>* only,
                                           QList<DebtorLedger>* ledgers,
                                           const LedgerVisitor* visit) const
{
    using R = Result<QList<Debtor>>;
    QSqlDatabase conn = m_db.connection();
    const QString d = asOf.toString(Qt::ISODate);
    if (ledgers)
        ledgers->clear();

    // 1. The accounts that can owe anything: overdue > 0 needs a positive
    // balance (credits at least equal to debits pay every debit) and a debit
    // due before D. account_totals (kept by triggers on every ledger write)
    // answers that without reading the ledger for every account whose
    // entries are all posted on or before D; the others (D in the past) are
    // summed from their own entries.
    QList<qint64> ids;
    if (only) {
        ids = *only;
    } else {
        auto q = Database::exec(
            conn,
            QStringLiteral(
                "SELECT account_id FROM account_totals WHERE last_date <= ? AND debits > credits "
                "AND first_due < ? "
                "UNION ALL "
                // CROSS JOIN keeps SQLite from scanning the whole ledger first.
                "SELECT e.account_id FROM account_totals t CROSS JOIN ledger_entries e "
                "WHERE e.account_id = t.account_id AND t.last_date > ? AND e.date <= ? "
                "GROUP BY e.account_id "
                "HAVING SUM(CASE WHEN e.side = 'debit' THEN e.amount ELSE -e.amount END) > 0 "
                "AND MIN(CASE WHEN e.side = 'debit' THEN e.due_date END) < ?"),
            {d, d, d, d, d});
        if (!q)
            return R::failure(q.error());
        while (q->next())
            ids.append(q->value(0).toLongLong());
    }

    // Chunk by chunk, so that only one chunk's entries are in memory at once.
    QList<Debtor> result;
    for (qsizetype from = 0; from < ids.size(); from += chunkSize) {
        const QList<qint64> chunk = ids.mid(from, chunkSize);
        QVariantList values;
        values.reserve(chunk.size() + 1);
        for (qint64 id : chunk)
            values.append(id);
        const QString in = placeholders(chunk.size());
        QHash<qint64, qsizetype> index;
        QList<Account> accounts;
        QList<QList<LedgerEntry>> entries;
        QList<QList<IssuedReminder>> reminders;
        QList<QList<RecoveryReminder>> recoveryReminders;

        auto a = Database::exec(
            conn,
            QStringLiteral(
                "SELECT %1 FROM accounts a LEFT JOIN programs p ON p.id = a.program_id WHERE "
                "a.id IN (%2)")
                .arg(AccountRepository::selectColumns(), in),
            values);
        if (!a)
            return R::failure(a.error());
        while (a->next()) {
            index.insert(a->value(0).toLongLong(), accounts.size());
            accounts.append(AccountRepository::fromRow(*a));
            entries.append(QList<LedgerEntry>());
            reminders.append(QList<IssuedReminder>());
            recoveryReminders.append(QList<RecoveryReminder>());
        }

        auto g = Database::exec(conn,
                                QStringLiteral("SELECT account_id, id, name, email, address1, "
                                               "address2, postal_code, city, country FROM "
                                               "guarantors WHERE account_id IN (%1) ORDER BY "
                                               "account_id, position, id")
                                    .arg(in),
                                values);
        if (!g)
            return R::failure(g.error());
        while (g->next()) {
            const auto it = index.constFind(g->value(0).toLongLong());
            if (it == index.constEnd())
                continue;
            Guarantor x;
            x.id = g->value(1).toLongLong();
            x.name = g->value(2).toString();
            x.email = g->value(3).toString();
            x.address1 = g->value(4).toString();
            x.address2 = g->value(5).toString();
            x.postalCode = g->value(6).toString();
            x.city = g->value(7).toString();
            x.country = g->value(8).toString();
            accounts[*it].guarantors.append(x);
        }

        // Labels are read afterwards, for the overdue items only: most
        // entries are long paid and their labels would only cost memory.
        values.append(d);
        const Status read = readEntries(conn, chunk, values, [&](LedgerEntry&& x) {
            const auto it = index.constFind(x.accountId);
            if (it != index.constEnd())
                entries[*it].append(std::move(x));
        });
        if (!read)
            return R::failure(read.kind(), read.error());

        auto r = Database::exec(conn,
                                QStringLiteral("SELECT account_id, date, level_position, repeat, "
                                               "registered, recipients FROM reminders WHERE "
                                               "account_id IN (%1) AND date <= ?")
                                    .arg(in),
                                values);
        if (!r)
            return R::failure(r.error());
        while (r->next()) {
            const auto it = index.constFind(r->value(0).toLongLong());
            if (it == index.constEnd())
                continue;
            const QDate date = parseStoredDate(r->value(1));
            reminders[*it].append({date, r->value(2).toInt(), r->value(3).toInt()});
            if (ledgers)
                recoveryReminders[*it].append(
                    {date, r->value(4).toInt() != 0,
                     r->value(5).toString().contains(QLatin1String("guarantor"))});
        }

        const qsizetype firstOfChunk = result.size();
        QVariantList itemIds;
        for (qsizetype i = 0; i < accounts.size(); ++i) {
            Debtor debtor;
            debtor.position = AccountPosition::compute(entries.at(i), reminders.at(i), asOf);
            if (!only && !debtor.position.isDebtor()) {
                entries[i] = {};
                continue;
            }
            debtor.account = std::move(accounts[i]);
            debtor.position.accountId = debtor.account.id;
            debtor.position.ref = debtor.account.ref;
            debtor.position.name = debtor.account.name;
            if (visit)
                (*visit)(debtor, entries.at(i));
            if (ledgers)
                ledgers->append({std::move(entries[i]), std::move(recoveryReminders[i])});
            entries[i] = {};
            for (const PositionItem& item : std::as_const(debtor.position.items))
                itemIds.append(item.entryId);
            result.append(std::move(debtor));
        }
        if (itemIds.isEmpty())
            continue;
        QHash<qint64, QString> labels;
        for (qsizetype at = 0; at < itemIds.size(); at += chunkSize) {
            const QVariantList part = itemIds.mid(at, chunkSize);
            auto l = Database::exec(conn,
                                    QStringLiteral("SELECT id, label FROM ledger_entries WHERE "
                                                   "id IN (%1)")
                                        .arg(placeholders(part.size())),
                                    part);
            if (!l)
                return R::failure(l.error());
            while (l->next())
                labels.insert(l->value(0).toLongLong(), l->value(1).toString());
        }
        for (qsizetype i = firstOfChunk; i < result.size(); ++i)
            for (PositionItem& item : result[i].position.items)
                item.label = labels.value(item.entryId);
    }

    if (!ledgers) {
        std::sort(result.begin(), result.end(),
                  [](const Debtor& x, const Debtor& y) { return x.account.ref < y.account.ref; });
        return result;
    }
    // Sort the ledgers with their debtors.
    QList<qsizetype> order(result.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&result](qsizetype x, qsizetype y) {
        return result.at(x).account.ref < result.at(y).account.ref;
    });
    QList<Debtor> sorted;
    QList<DebtorLedger> sortedLedgers;
    sorted.reserve(result.size());
    sortedLedgers.reserve(result.size());
    for (qsizetype i : order) {
        sorted.append(std::move(result[i]));
        sortedLedgers.append(std::move((*ledgers)[i]));
    }
    *ledgers = std::move(sortedLedgers);
    return sorted;
}

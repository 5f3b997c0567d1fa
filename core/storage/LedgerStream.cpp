#include "LedgerStream.h"

#include "Database.h"
#include "StoredDate.h"

#include <QSqlQuery>

Result<qsizetype> LedgerStream::accountCount() const
{
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM accounts"));
    if (!q)
        return Result<qsizetype>::failure(q.error());
    return q->next() ? qsizetype(q->value(0).toLongLong()) : qsizetype(0);
}

Status LedgerStream::forEachAccount(QDate upTo, const Visitor& visit) const
{
    // Ordered by the (account_id, entry_ref) unique index: no sort, and one
    // account's rows arrive together.
    auto q = m_db.exec(QStringLiteral("SELECT account_id, entry_ref, side, date, due_date, amount, "
                                      "kind, matches FROM ledger_entries WHERE date <= ? "
                                      "ORDER BY account_id, entry_ref"),
                       {upTo.toString(Qt::ISODate)});
    if (!q)
        return Status::failure(q.error());
    QList<LedgerEntry> entries;
    qint64 current = 0;
    const QString credit = QStringLiteral("credit");
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
        e.entryRef = q->value(1).toString();
        e.side = q->value(2).toString() == credit ? Side::Credit : Side::Debit;
        e.date = parseStoredDate(q->value(3));
        e.dueDate = parseStoredDate(q->value(4));
        e.amount = Money::fromCents(q->value(5).toLongLong());
        e.kind = LedgerKeys::kindFromKey(q->value(6).toString()).value_or(EntryKind::Other);
        e.matches = q->value(7).toString();
        entries.append(std::move(e));
    }
    if (!entries.isEmpty() && !visit(current, entries))
        return Status::failure(ErrorKind::Cancelled, tr("Stopped before the end."));
    return {};
}

#include "LedgerEntryLoader.h"

#include "storage/AccountRepository.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqliteHandle.h"
#include "util/FieldLimits.h"

namespace {

// A short fingerprint of what an entry says, so that a million entries can be
// compared with the file without keeping them in memory.
size_t digest(const LedgerEntry& e)
{
    return qHashMulti(0, int(e.side), e.date.toJulianDay(),
                      (e.dueDate.isValid() ? e.dueDate : e.date).toJulianDay(), e.amount.cents(),
                      int(e.kind), e.label, e.matches);
}

QString dateText(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

// "amount 850.00 → 860.00; label “Loyer” → “Loyer juin”": what --update
// would change, for the error message and the audit log.
QString describeChanges(const LedgerEntry& before, const LedgerEntry& after)
{
    QStringList changes;
    const auto add = [&](const char* what, const QString& a, const QString& b) {
        if (a != b)
            changes.append(QStringLiteral("%1 %2 → %3").arg(QLatin1String(what), a, b));
    };
    add("side", LedgerKeys::toKey(before.side), LedgerKeys::toKey(after.side));
    add("date", dateText(before.date), dateText(after.date));
    add("due_date", dateText(before.dueDate),
        dateText(after.dueDate.isValid() ? after.dueDate : after.date));
    add("amount", before.amount.toPlainString(), after.amount.toPlainString());
    add("kind", LedgerKeys::toKey(before.kind), LedgerKeys::toKey(after.kind));
    add("label", u'“' + before.label + u'”', u'“' + after.label + u'”');
    add("matches", u'“' + before.matches + u'”', u'“' + after.matches + u'”');
    return changes.join(QLatin1String("; "));
}

} // namespace

bool LedgerEntryLoader::Totals::add(Side side, Money amount)
{
    // Saturates instead of overflowing: entries stored before the bound
    // existed may be anything.
    constexpr qint64 cap = FieldLimits::maxAccountTotalCents + 1;
    const qint64 cents = amount.cents();
    qint64& sum = side == Side::Debit ? debits : credits;
    sum = qMin(sum + (cents < 0 || cents > cap ? cap : cents), cap);
    return sum <= FieldLimits::maxAccountTotalCents;
}

LedgerEntryLoader::LedgerEntryLoader(const ImportOptions& options, ImportReport& report,
                                     Columns columns)
    : m_options(options)
    , m_report(report)
    , m_columns(std::move(columns))
{}

Status LedgerEntryLoader::begin(QSqlDatabase& conn, bool write, qint64 fileBytes)
{
    m_write = write;
    auto accounts = AccountRepository::idsByRefIn(conn);
    if (!accounts)
        return Status::failure(accounts.error());
    m_accounts = *accounts;
    Status scanned = LedgerRepository::scan(conn, [this](const LedgerEntry& e) {
        Known& k = m_known[e.accountId][e.entryRef];
        k.dbId = e.id;
        k.dbDigest = digest(e);
        k.dbDebit = e.side == Side::Debit;
        m_totals[e.accountId].add(e.side, e.amount);
    });
    if (!scanned)
        return scanned;

    // A large file is loaded without the per-row totals triggers (see
    // LedgerRepository::beginBulkLoad); about 50,000 rows and up.
    if (m_write && fileBytes >= 4 * 1024 * 1024) {
        auto b = LedgerRepository::beginBulkLoad(conn);
        if (!b)
            return Status::failure(b.error());
        m_bulk = *b;
        // The file touches the (side, date) index all over: with SQLite's
        // 2 MB cache its pages were spilled and written again (BulkWrite).
        if (sqliteHandle(conn)) {
            m_cache.emplace(conn, SqlDialect(DatabaseConfig::Kind::SQLite));
            if (m_background)
                m_writer.emplace(conn, &m_bulk);
        }
    }
    return {};
}

void LedgerEntryLoader::end()
{
    std::ignore = waitForWriter();
    m_cache.reset();
}

Status LedgerEntryLoader::waitForWriter()
{
    return m_writer ? m_writer->wait() : Status();
}

Status LedgerEntryLoader::flush(QSqlDatabase& conn)
{
    // Once the file is known to be bad, nothing more is written: the
    // transaction will be rolled back anyway.
    if (m_write && m_report.errors.isEmpty()) {
        if (m_writer) {
            // One batch in writing at a time, the next read meanwhile.
            if (Status s = m_writer->write(m_batch); !s)
                return s;
        } else if (Status s = LedgerRepository::insertMany(conn, m_batch, &m_bulk); !s) {
            return s;
        }
    }
    m_batch.clear();
    return {};
}

Status LedgerEntryLoader::add(QSqlDatabase& conn, LedgerEntry e, int line)
{
    // Known already, from the database or from an earlier line?
    QHash<QString, Known>& entries = entriesOf(e.accountId);
    Known& k = entries[e.entryRef];
    const size_t d = digest(e);
    if (k.fileLine > 0) {
        if (k.fileDigest == d)
            m_report.addWarning(line, m_columns.entryRef,
                                tr("%1 of account %2 repeats line %3; ignored")
                                    .arg(e.entryRef, e.accountRef)
                                    .arg(k.fileLine));
        else
            error(line, m_columns.entryRef,
                  tr("%1 of account %2 already appears on line %3 with other content")
                      .arg(e.entryRef, e.accountRef)
                      .arg(k.fileLine));
        return {};
    }
    k.fileLine = line;
    k.fileDigest = d;
    k.fileDebit = e.side == Side::Debit;

    if (!e.matches.isEmpty()) {
        const auto it = entries.constFind(e.matches);
        if (it == entries.constEnd() || !it->isDebit())
            m_pendingMatches.append({e.accountId, e.accountRef, e.matches, line});
    }

    // A replaced entry's old amount still counts: a little strict, never
    // short.
    const bool adds = k.dbId == 0 || (k.dbDigest != d && m_options.update);
    if (adds && !m_currentTotals->add(e.side, e.amount)) {
        error(line, e.side == Side::Debit ? m_columns.debit : m_columns.credit,
              (e.side == Side::Debit
                   ? tr("with this entry the debits of account %1 would total more than %2; "
                        "check the amounts")
                   : tr("with this entry the credits of account %1 would total more than %2; "
                        "check the amounts"))
                  .arg(e.accountRef,
                       Money::fromCents(FieldLimits::maxAccountTotalCents).toLocaleString()));
        return {};
    }

    if (k.dbId == 0) {
        ++m_report.added;
        m_batch.append(std::move(e));
        if (m_batch.size() >= 8192)
            return flush(conn);
    } else if (k.dbDigest == d) {
        ++m_report.unchanged;
    } else {
        e.id = k.dbId;
        if (m_options.update) {
            ++m_report.replaced;
            m_replacements.append(std::move(e));
        } else {
            // Rare: read the stored entry back to say what differs (the
            // connection once the writer thread is done with it).
            if (Status s = waitForWriter(); !s)
                return s;
            auto before = LedgerRepository::byIdIn(conn, k.dbId);
            const QString changes = before ? describeChanges(*before, e) : QString();
            ++m_report.changedRefused;
            error(line, m_columns.entryRef,
                  tr("%1 of account %2 is already imported with other content (%3)")
                      .arg(e.entryRef, e.accountRef, changes));
        }
    }
    return {};
}

Status LedgerEntryLoader::finish(QSqlDatabase& conn, const QString& auditAction,
                                 const QString& auditDetails)
{
    // Credits may name a debit that comes later in the file.
    for (const PendingMatch& p : std::as_const(m_pendingMatches)) {
        const auto account = m_known.find(p.accountId);
        const Known* k = nullptr;
        if (account != m_known.end()) {
            auto it = account->second.constFind(p.matches);
            if (it != account->second.constEnd())
                k = &*it;
        }
        if (!k)
            error(p.line, m_columns.matches,
                  tr("%1 is not an entry of account %2; give the entry_ref of the debit this "
                     "credit pays")
                      .arg(p.matches, p.accountRef));
        else if (!k->isDebit())
            error(p.line, m_columns.matches,
                  tr("%1 is a credit of account %2, not a debit").arg(p.matches, p.accountRef));
    }
    if (!m_report.errors.isEmpty())
        return Status::failure(tr("the file has errors"));
    if (Status s = flush(conn); !s)
        return s;
    if (Status s = waitForWriter(); !s)
        return s;
    if (m_write) {
        for (const LedgerEntry& e : std::as_const(m_replacements)) {
            auto before = LedgerRepository::byIdIn(conn, e.id);
            if (!before)
                return Status::failure(before.error());
            if (Status s = LedgerRepository::replace(conn, e); !s)
                return s;
            if (Status s = Database::audit(
                    conn, QStringLiteral("ledger.replace"), QStringLiteral("ledger_entry"),
                    e.accountRef + u'/' + e.entryRef, describeChanges(*before, e));
                !s)
                return s;
        }
    }
    if (Status s = LedgerRepository::endBulkLoad(conn, m_bulk,
                                                 m_report.added > 0 || m_report.replaced > 0);
        !s)
        return s;
    if (m_options.dryRun)
        return Status::failure(tr("dry run"));
    // A file imported again changes nothing, not even the audit log.
    if (m_report.added == 0 && m_report.replaced == 0 && auditDetails.isEmpty())
        return {};
    return Database::audit(conn, auditAction, QStringLiteral("file"), m_report.fileName,
                           QStringLiteral("%1 added, %2 replaced, %3 unchanged")
                                   .arg(m_report.added)
                                   .arg(m_report.replaced)
                                   .arg(m_report.unchanged) +
                               auditDetails);
}

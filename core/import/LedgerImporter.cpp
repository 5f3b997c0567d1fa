#include "LedgerImporter.h"

#include "ColumnMap.h"
#include "CsvReader.h"
#include "ImportValues.h"
#include "storage/AccountRepository.h"
#include "storage/Database.h"
#include "storage/LedgerRepository.h"

#include <QFileInfo>
#include <QHash>

#include <unordered_map>

namespace {

QList<ColumnMap::Column> ledgerColumns()
{
    using L = FieldLimits;
    auto col = [](const char* key, bool required, QStringList aliases = {},
                  qsizetype maxLength = L::word) {
        return ColumnMap::Column{QString::fromLatin1(key), required, std::move(aliases), maxLength};
    };
    return {
        col("account_ref", true, {QStringLiteral("compte"), QStringLiteral("locataire")}, L::ref),
        col("entry_ref", true,
            {QStringLiteral("pièce"), QStringLiteral("n° pièce"), QStringLiteral("no pièce")},
            L::ref),
        col("date", true),
        col("due_date", false, {QStringLiteral("échéance"), QStringLiteral("date d'échéance")}),
        col("label", false, {QStringLiteral("libellé")}, L::label),
        col("debit", false, {QStringLiteral("débit")}),
        col("credit", false, {QStringLiteral("crédit")}),
        col("amount", false, {QStringLiteral("montant")}),
        col("kind", false, {QStringLiteral("nature")}),
        col("matches", false, {QStringLiteral("lettrage")}, L::ref),
    };
}

// A short fingerprint of what an entry says, so that a million entries can be
// compared with the file without keeping them in memory.
size_t digest(const LedgerEntry& e)
{
    return qHashMulti(0, int(e.side), e.date.toJulianDay(),
                      (e.dueDate.isValid() ? e.dueDate : e.date).toJulianDay(), e.amount.cents(),
                      int(e.kind), e.label, e.matches);
}

// What is known of one entry_ref of one account: stored, given by the file,
// or both.
struct Known
{
    qint64 dbId = 0;
    int fileLine = 0;
    size_t dbDigest = 0;
    size_t fileDigest = 0;
    bool dbDebit = false;
    bool fileDebit = false;

    bool isDebit() const { return fileLine > 0 ? fileDebit : dbDebit; }
};

// What one account's entries add up to, each side bounded by
// FieldLimits::maxAccountTotalCents so that no balance the engine computes can
// overflow.
struct Totals
{
    qint64 debits = 0;
    qint64 credits = 0;

    // Adds `amount` to its side; false when that side passes the bound.
    // Saturates instead of overflowing: entries stored before the bound
    // existed may be anything.
    bool add(Side side, Money amount)
    {
        constexpr qint64 cap = FieldLimits::maxAccountTotalCents + 1;
        const qint64 cents = amount.cents();
        qint64& sum = side == Side::Debit ? debits : credits;
        sum = qMin(sum + (cents < 0 || cents > cap ? cap : cents), cap);
        return sum <= FieldLimits::maxAccountTotalCents;
    }
};

struct PendingMatch
{
    qint64 accountId;
    QString accountRef;
    QString matches;
    int line;
};

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

class LedgerImport
{
    Q_DECLARE_TR_FUNCTIONS(LedgerImporter)

public:
    LedgerImport(CsvReader& reader, const ColumnMap& columns, const ImportOptions& options,
                 ImportReport& report)
        : m_reader(reader)
        , m_columns(columns)
        , m_options(options)
        , m_report(report)
    {
        const auto idx = [&](const char* key) {
            return columns.index(QString::fromLatin1(key));
        };
        m_cAccount = idx("account_ref");
        m_cRef = idx("entry_ref");
        m_cDate = idx("date");
        m_cDue = idx("due_date");
        m_cLabel = idx("label");
        m_cDebit = idx("debit");
        m_cCredit = idx("credit");
        m_cAmount = idx("amount");
        m_cKind = idx("kind");
        m_cMatches = idx("matches");
    }

    // Reads the whole file; writes when `write` and the file is good.
    // Returns a failure when the transaction must be rolled back.
    Status run(QSqlDatabase& conn, bool write);

private:
    void readRow(QSqlDatabase& conn, const CsvReader::Record& record);
    void error(int line, const char* column, const QString& message)
    {
        m_report.addError(line, QString::fromLatin1(column), message);
    }
    Status flush(QSqlDatabase& conn);

    CsvReader& m_reader;
    const ColumnMap& m_columns;
    const ImportOptions& m_options;
    ImportReport& m_report;
    int m_cAccount, m_cRef, m_cDate, m_cDue, m_cLabel, m_cDebit, m_cCredit, m_cAmount, m_cKind,
        m_cMatches;

    QHash<QString, qint64> m_accounts;
    std::unordered_map<qint64, QHash<QString, Known>> m_known;
    std::unordered_map<qint64, Totals> m_totals;
    QList<LedgerEntry> m_batch;
    QList<LedgerEntry> m_replacements;
    QList<PendingMatch> m_pendingMatches;
    bool m_write = false;
};

Status LedgerImport::run(QSqlDatabase& conn, bool write)
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
    LedgerRepository::BulkLoad bulk;
    if (m_write && m_reader.size() >= 4 * 1024 * 1024) {
        auto b = LedgerRepository::beginBulkLoad(conn);
        if (!b)
            return Status::failure(b.error());
        bulk = *b;
    }

    CsvReader::Record record;
    int count = 0;
    while (m_reader.next(record)) {
        readRow(conn, record);
        if (m_batch.size() >= 8192)
            if (Status s = flush(conn); !s)
                return s;
        if (m_options.progress && ++count % 8192 == 0 &&
            !m_options.progress(int(m_reader.position() * 95 / qMax<qint64>(1, m_reader.size())))) {
            m_report.cancelled = true;
            return Status::failure(tr("cancelled"));
        }
    }
    ColumnMap::finish(m_reader, m_report);

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
            error(p.line, "matches",
                  tr("%1 is not an entry of account %2; give the entry_ref of the debit this "
                     "credit pays")
                      .arg(p.matches, p.accountRef));
        else if (!k->isDebit())
            error(p.line, "matches",
                  tr("%1 is a credit of account %2, not a debit").arg(p.matches, p.accountRef));
    }
    if (!m_report.errors.isEmpty())
        return Status::failure(tr("the file has errors"));
    if (Status s = flush(conn); !s)
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
    if (Status s = LedgerRepository::endBulkLoad(conn, bulk); !s)
        return s;
    if (m_options.dryRun)
        return Status::failure(tr("dry run"));
    // A file imported again changes nothing, not even the audit log.
    if (m_report.added == 0 && m_report.replaced == 0)
        return {};
    return Database::audit(conn, QStringLiteral("import.ledger"), QStringLiteral("file"),
                           m_report.fileName,
                           QStringLiteral("%1 added, %2 replaced, %3 unchanged")
                               .arg(m_report.added)
                               .arg(m_report.replaced)
                               .arg(m_report.unchanged));
}

Status LedgerImport::flush(QSqlDatabase& conn)
{
    // Once the file is known to be bad, nothing more is written: the
    // transaction will be rolled back anyway.
    if (m_write && m_report.errors.isEmpty())
        if (Status s = LedgerRepository::insertMany(conn, m_batch); !s)
            return s;
    m_batch.clear();
    return {};
}

void LedgerImport::readRow(QSqlDatabase& conn, const CsvReader::Record& record)
{
    const int line = record.line;
    const QStringList& f = record.fields;
    const qsizetype errorsBefore = m_report.errors.size();
    QString why;

    if (!m_columns.checkRow(record, m_report))
        return;

    LedgerEntry e;
    e.accountRef = ColumnMap::value(f, m_cAccount);
    e.entryRef = ColumnMap::value(f, m_cRef);
    if (e.accountRef.isEmpty()) {
        error(line, "account_ref", tr("the account is empty"));
    } else {
        const auto it = m_accounts.constFind(e.accountRef);
        if (it == m_accounts.constEnd())
            error(line, "account_ref",
                  tr("there is no account %1; import it with the accounts file first")
                      .arg(e.accountRef));
        else
            e.accountId = *it;
    }
    if (e.entryRef.isEmpty())
        error(line, "entry_ref", tr("the entry reference is empty"));

    if (auto d = ImportValues::date(ColumnMap::value(f, m_cDate), &why))
        e.date = *d;
    else
        error(line, "date", why);

    // The amount: one signed column, or a debit and a credit column.
    bool haveSide = false;
    if (m_cAmount >= 0) {
        const QString v = ColumnMap::value(f, m_cAmount);
        if (v.isEmpty())
            error(line, "amount", tr("the amount is empty"));
        else if (auto m = ImportValues::amount(v, &why); !m)
            error(line, "amount", why);
        else if (m->isZero())
            error(line, "amount", tr("the amount is zero"));
        else {
            e.side = m->isNegative() ? Side::Credit : Side::Debit;
            e.amount = m->isNegative() ? -*m : *m;
            haveSide = true;
        }
    } else {
        Money debit, credit;
        bool valid = true;
        const auto read = [&](int column, const char* name, Money& target) {
            const QString v = ColumnMap::value(f, column);
            if (v.isEmpty())
                return;
            if (auto m = ImportValues::amount(v, &why); !m) {
                error(line, name, why);
                valid = false;
            } else if (m->isNegative()) {
                error(line, name,
                      tr("“%1” is negative; write debits in debit and credits in "
                         "credit, both positive")
                          .arg(v));
                valid = false;
            } else {
                target = *m;
            }
        };
        read(m_cDebit, "debit", debit);
        read(m_cCredit, "credit", credit);
        if (valid) {
            if (debit.isPositive() && credit.isPositive()) {
                error(line, "debit/credit",
                      tr("both a debit and a credit are given; a row is one or the other"));
            } else if (!debit.isPositive() && !credit.isPositive()) {
                error(line, "debit/credit", tr("neither a debit nor a credit is given"));
            } else {
                e.side = debit.isPositive() ? Side::Debit : Side::Credit;
                e.amount = debit.isPositive() ? debit : credit;
                haveSide = true;
            }
        }
    }

    const QString due = ColumnMap::value(f, m_cDue);
    if (!due.isEmpty()) {
        if (auto d = ImportValues::date(due, &why))
            e.dueDate = *d;
        else
            error(line, "due_date", why);
    } else if (haveSide && e.side == Side::Debit) {
        error(line, "due_date", tr("a debit needs a due date"));
    } else {
        e.dueDate = e.date;
    }

    e.label = ColumnMap::value(f, m_cLabel);
    const QString kind = ColumnMap::value(f, m_cKind);
    if (haveSide) {
        if (kind.isEmpty()) {
            e.kind = e.side == Side::Debit ? EntryKind::Rent : EntryKind::Payment;
        } else if (auto k = ImportValues::entryKind(kind, &why)) {
            e.kind = *k;
            if (e.side == Side::Debit && LedgerKeys::isCreditKind(*k))
                error(line, "kind",
                      tr("“%1” is a kind of credit but this row is a debit").arg(kind));
            else if (e.side == Side::Credit && !LedgerKeys::isCreditKind(*k) &&
                     *k != EntryKind::Other)
                error(line, "kind",
                      tr("“%1” is a kind of debit but this row is a credit").arg(kind));
        } else {
            error(line, "kind", why);
        }
    } else if (!kind.isEmpty() && !ImportValues::entryKind(kind, &why)) {
        error(line, "kind", why);
    }

    e.matches = ColumnMap::value(f, m_cMatches);
    if (!e.matches.isEmpty() && haveSide && e.side == Side::Debit)
        error(line, "matches",
              tr("only a credit can name the debit it pays; leave it empty on a debit"));

    if (m_report.errors.size() != errorsBefore || e.accountId == 0)
        return;

    // Known already, from the database or from an earlier line?
    Known& k = m_known[e.accountId][e.entryRef];
    const size_t d = digest(e);
    if (k.fileLine > 0) {
        if (k.fileDigest == d)
            m_report.addWarning(line, QStringLiteral("entry_ref"),
                                tr("%1 of account %2 repeats line %3; ignored")
                                    .arg(e.entryRef, e.accountRef)
                                    .arg(k.fileLine));
        else
            error(line, "entry_ref",
                  tr("%1 of account %2 already appears on line %3 with other content")
                      .arg(e.entryRef, e.accountRef)
                      .arg(k.fileLine));
        return;
    }
    k.fileLine = line;
    k.fileDigest = d;
    k.fileDebit = e.side == Side::Debit;

    if (!e.matches.isEmpty()) {
        const auto& entries = m_known[e.accountId];
        const auto it = entries.constFind(e.matches);
        if (it == entries.constEnd() || !it->isDebit())
            m_pendingMatches.append({e.accountId, e.accountRef, e.matches, line});
    }

    // A replaced entry's old amount still counts: a little strict, never
    // short.
    const bool adds = k.dbId == 0 || (k.dbDigest != d && m_options.update);
    if (adds && !m_totals[e.accountId].add(e.side, e.amount)) {
        const char* column =
            m_cAmount >= 0 ? "amount" : (e.side == Side::Debit ? "debit" : "credit");
        error(line, column,
              (e.side == Side::Debit
                   ? tr("with this entry the debits of account %1 would total more than %2; "
                        "check the amounts")
                   : tr("with this entry the credits of account %1 would total more than %2; "
                        "check the amounts"))
                  .arg(e.accountRef,
                       Money::fromCents(FieldLimits::maxAccountTotalCents).toLocaleString()));
        return;
    }

    if (k.dbId == 0) {
        ++m_report.added;
        m_batch.append(std::move(e));
    } else if (k.dbDigest == d) {
        ++m_report.unchanged;
    } else {
        e.id = k.dbId;
        if (m_options.update) {
            ++m_report.replaced;
            m_replacements.append(std::move(e));
        } else {
            // Rare: read the stored entry back to say what differs.
            auto before = LedgerRepository::byIdIn(conn, k.dbId);
            const QString changes = before ? describeChanges(*before, e) : QString();
            ++m_report.changedRefused;
            error(line, "entry_ref",
                  tr("%1 of account %2 is already imported with other content (%3)")
                      .arg(e.entryRef, e.accountRef, changes));
        }
    }
}

} // namespace

ImportReport LedgerImporter::importFile(const Database& db, const QString& path,
                                        const ImportOptions& options)
{
    ImportReport report;
    report.kind = ImportReport::Kind::Ledger;
    report.fileName = QFileInfo(path).fileName();
    report.dryRun = options.dryRun;

    CsvReader reader;
    ColumnMap columns(ledgerColumns());
    if (!columns.openAndMap(reader, path, report))
        return report;
    const bool debitCredit =
        columns.has(QStringLiteral("debit")) || columns.has(QStringLiteral("credit"));
    if (debitCredit && columns.has(QStringLiteral("amount")))
        report.addError(1, QStringLiteral("amount"),
                        tr("the file has both debit/credit and amount columns; keep one way of "
                           "writing amounts"));
    else if (!debitCredit && !columns.has(QStringLiteral("amount")))
        report.addError(1, QStringLiteral("debit/credit"),
                        tr("the amounts are missing: give debit and credit columns, or one "
                           "signed amount column"));
    if (!report.errors.isEmpty())
        return report;

    LedgerImport import(reader, columns, options, report);
    Status s;
    if (options.dryRun) {
        // Reads only: no transaction, no lock held while the file is checked.
        QSqlDatabase conn = db.connection();
        s = import.run(conn, false);
    } else {
        s = db.write([&](QSqlDatabase& conn) { return import.run(conn, true); });
    }
    if (s.ok())
        report.written = true;
    else if (report.errors.isEmpty() && !report.cancelled && !options.dryRun)
        report.addError(0, {}, s.error());
    report.sortByLine();
    if (options.progress && report.ok())
        options.progress(100);
    return report;
}

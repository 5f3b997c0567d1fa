#include "LedgerImporter.h"

#include "ColumnMap.h"
#include "CsvReader.h"
#include "ImportRun.h"
#include "ImportValues.h"
#include "LedgerEntryLoader.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QScopeGuard>

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
        , m_loader(options, report, loaderColumns(columns))
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
        // Nothing here uses the connection between rows.
        m_loader.setWriteInBackground(true);
    }

    // Reads the whole file; writes when `write` and the file is good.
    // Returns a failure when the transaction must be rolled back.
    Status run(QSqlDatabase& conn, bool write);

private:
    static LedgerEntryLoader::Columns loaderColumns(const ColumnMap& columns)
    {
        if (columns.has(QStringLiteral("amount")))
            return {QStringLiteral("entry_ref"), QStringLiteral("amount"), QStringLiteral("amount"),
                    QStringLiteral("matches")};
        return {QStringLiteral("entry_ref"), QStringLiteral("debit"), QStringLiteral("credit"),
                QStringLiteral("matches")};
    }
    using Field = CsvReader::Value;
    Field field(const CsvReader::RawRecord& record, int column) const
    {
        return m_reader.value(record, column);
    }
    static std::optional<QDate> date(const Field& f, QString* why)
    {
        if (f.ascii)
            if (auto d = ImportValues::plainDate(*f.ascii))
                return d;
        return ImportValues::date(f.text(), why);
    }
    static std::optional<Money> amount(const Field& f, QString* why)
    {
        if (f.ascii)
            if (auto m = ImportValues::plainAmount(*f.ascii))
                return m;
        return ImportValues::amount(f.text(), why);
    }
    static std::optional<EntryKind> entryKind(const Field& f, QString* why)
    {
        if (f.ascii)
            if (auto k = ImportValues::plainEntryKind(*f.ascii))
                return k;
        return ImportValues::entryKind(f.text(), why);
    }
    Status readRow(QSqlDatabase& conn, const CsvReader::RawRecord& record);
    void error(int line, const char* column, const QString& message)
    {
        m_report.addError(line, QString::fromLatin1(column), message);
    }

    CsvReader& m_reader;
    const ColumnMap& m_columns;
    const ImportOptions& m_options;
    ImportReport& m_report;
    LedgerEntryLoader m_loader;
    int m_sinceRelease = 0;
    QString m_lastAccountRef; // the account of the last row found, and its id
    qint64 m_lastAccountId = 0;
    int m_cAccount, m_cRef, m_cDate, m_cDue, m_cLabel, m_cDebit, m_cCredit, m_cAmount, m_cKind,
        m_cMatches;
};

Status LedgerImport::run(QSqlDatabase& conn, bool write)
{
    const auto end = qScopeGuard([this] { m_loader.end(); });
    if (Status s = m_loader.begin(conn, write, m_reader.size()); !s)
        return s;
    CsvReader::RawRecord record;
    int count = 0;
    while (m_reader.nextRaw(record)) {
        if (Status s = readRow(conn, record); !s)
            return s;
        if (++m_sinceRelease % 65536 == 0)
            m_reader.releaseRead();
        if (m_options.progress && ++count % 8192 == 0 &&
            !m_options.progress(int(m_reader.position() * 95 / qMax<qint64>(1, m_reader.size())))) {
            m_report.cancelled = true;
            return Status::failure(tr("cancelled"));
        }
    }
    ColumnMap::finish(m_reader, m_report);
    return m_loader.finish(conn, QStringLiteral("import.ledger"));
}

Status LedgerImport::readRow(QSqlDatabase& conn, const CsvReader::RawRecord& record)
{
    const int line = record.line;
    const qsizetype errorsBefore = m_report.errors.size();
    QString why;

    if (!m_columns.checkRow(record, m_reader, m_report))
        return {};

    LedgerEntry e;
    e.accountRef = field(record, m_cAccount).text();
    e.entryRef = field(record, m_cRef).text();
    if (e.accountRef.isEmpty()) {
        error(line, "account_ref", tr("the account is empty"));
    } else if (e.accountRef == m_lastAccountRef) {
        // A file lists an account's entries together: one lookup each.
        e.accountId = m_lastAccountId;
    } else {
        const auto it = m_loader.accounts().constFind(e.accountRef);
        if (it == m_loader.accounts().constEnd()) {
            error(line, "account_ref",
                  tr("there is no account %1; import it with the accounts file first")
                      .arg(e.accountRef));
        } else {
            e.accountId = *it;
            m_lastAccountRef = e.accountRef;
            m_lastAccountId = *it;
        }
    }
    if (e.entryRef.isEmpty())
        error(line, "entry_ref", tr("the entry reference is empty"));

    if (auto d = date(field(record, m_cDate), &why))
        e.date = *d;
    else
        error(line, "date", why);

    // The amount: one signed column, or a debit and a credit column.
    bool haveSide = false;
    if (m_cAmount >= 0) {
        const Field v = field(record, m_cAmount);
        if (v.isEmpty())
            error(line, "amount", tr("the amount is empty"));
        else if (auto m = amount(v, &why); !m)
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
            const Field v = field(record, column);
            if (v.isEmpty())
                return;
            if (auto m = amount(v, &why); !m) {
                error(line, name, why);
                valid = false;
            } else if (m->isNegative()) {
                error(line, name,
                      tr("“%1” is negative; write debits in debit and credits in "
                         "credit, both positive")
                          .arg(v.text()));
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

    const Field due = field(record, m_cDue);
    if (!due.isEmpty()) {
        if (auto d = date(due, &why))
            e.dueDate = *d;
        else
            error(line, "due_date", why);
    } else if (haveSide && e.side == Side::Debit) {
        error(line, "due_date", tr("a debit needs a due date"));
    } else {
        e.dueDate = e.date;
    }

    e.label = field(record, m_cLabel).text();
    const Field kind = field(record, m_cKind);
    if (haveSide) {
        if (kind.isEmpty()) {
            e.kind = e.side == Side::Debit ? EntryKind::Rent : EntryKind::Payment;
        } else if (auto k = entryKind(kind, &why)) {
            e.kind = *k;
            if (e.side == Side::Debit && LedgerKeys::isCreditKind(*k))
                error(line, "kind",
                      tr("“%1” is a kind of credit but this row is a debit").arg(kind.text()));
            else if (e.side == Side::Credit && !LedgerKeys::isCreditKind(*k) &&
                     *k != EntryKind::Other)
                error(line, "kind",
                      tr("“%1” is a kind of debit but this row is a credit").arg(kind.text()));
        } else {
            error(line, "kind", why);
        }
    } else if (!kind.isEmpty() && !entryKind(kind, &why)) {
        error(line, "kind", why);
    }

    e.matches = field(record, m_cMatches).text();
    if (!e.matches.isEmpty() && haveSide && e.side == Side::Debit)
        error(line, "matches",
              tr("only a credit can name the debit it pays; leave it empty on a debit"));

    if (m_report.errors.size() != errorsBefore || e.accountId == 0)
        return {};
    return m_loader.add(conn, std::move(e), line);
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
    ImportRun::run(db, options, report, [&import](QSqlDatabase& conn, bool inTransaction) {
        return import.run(conn, inTransaction);
    });
    return report;
}

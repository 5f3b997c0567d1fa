#include "FecImporter.h"

#include "FecLettrage.h"
#include "FecReader.h"
#include "ImportRun.h"
#include "LedgerEntryLoader.h"
#include "storage/AccountRepository.h"
#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QScopeGuard>

#include <array>

namespace {

// Kinds from the agency's rules; labels repeat (« Loyer juin 2026 » on every
// tenant), so the answers are kept for a while. The key holds the line's
// strings themselves (shared, not copied): no string is built per line.
struct KindKey
{
    Side side;
    QString label;
    QString journalCode;
    QString journalLabel;

    bool operator==(const KindKey& o) const
    {
        return side == o.side && label == o.label && journalCode == o.journalCode &&
               journalLabel == o.journalLabel;
    }
};

size_t qHash(const KindKey& k, size_t seed = 0)
{
    return qHashMulti(seed, int(k.side), k.label, k.journalCode, k.journalLabel);
}

class KindCache
{
public:
    explicit KindCache(const FecSettings& settings)
        : m_settings(settings)
    {}
    EntryKind kind(const FecLine& l)
    {
        // The line's strings are most often those of an earlier line
        // (FecReader shares the texts that repeat): the same characters in
        // memory are the same text, found without hashing the texts. The
        // strings kept here hold their characters, so no other text can
        // take their place. A slot per label's characters.
        const auto same = [](const QString& a, const QString& b) {
            return a.constData() == b.constData() && a.size() == b.size();
        };
        Recent& r = m_recent[size_t(
            quint64(quintptr(l.label.constData())) * 0x9E3779B97F4A7C15ULL >> 56)]; // 8 bits
        if (r.used && r.key.side == l.side && same(r.key.label, l.label) &&
            same(r.key.journalCode, l.journalCode) && same(r.key.journalLabel, l.journalLabel))
            return r.kind;
        const EntryKind k = find(KindKey{l.side, l.label, l.journalCode, l.journalLabel}, l);
        r = {{l.side, l.label, l.journalCode, l.journalLabel}, k, true};
        return k;
    }

private:
    EntryKind find(KindKey key, const FecLine& l)
    {
        const auto it = m_kinds.constFind(key);
        if (it != m_kinds.constEnd())
            return *it;
        if (m_kinds.size() > 4096)
            m_kinds.clear();
        const EntryKind k = m_settings.kindFor(l.side, l.label, l.journalCode, l.journalLabel);
        m_kinds.insert(std::move(key), k);
        return k;
    }

    struct Recent
    {
        KindKey key{Side::Debit, {}, {}, {}};
        EntryKind kind = EntryKind::Rent;
        bool used = false;
    };

    const FecSettings& m_settings;
    QHash<KindKey, EntryKind> m_kinds;
    std::array<Recent, 256> m_recent;
};

class FecImport
{
    Q_DECLARE_TR_FUNCTIONS(FecImporter)

public:
    FecImport(const FecSettings& settings, const ImportOptions& options, ImportReport& report,
              FecReader& reader)
        : m_settings(settings)
        , m_options(options)
        , m_report(report)
        , m_reader(reader)
        , m_loader(options, report,
                   {QStringLiteral("EcritureNum"), QStringLiteral("Debit"),
                    QStringLiteral("Credit"), QStringLiteral("EcritureLet")})
        , m_kinds(settings)
    {
        // The rows are written on a thread of their own; account() takes
        // the connection back before it creates an account.
        m_loader.setWriteInBackground(true);
    }

    // First pass, before any database work: the lettrage groups.
    bool readLettrage();
    Status run(QSqlDatabase& conn, bool write);

private:
    bool progress(qint64 position, int from, int span)
    {
        if (!m_options.progress || ++m_ticks % 2048 != 0)
            return true;
        if (m_options.progress(from + int(position * span / qMax<qint64>(1, m_reader.size()))))
            return true;
        m_report.cancelled = true;
        return false;
    }
    Status readLine(QSqlDatabase& conn, const FecLine& l);
    Result<qint64> account(QSqlDatabase& conn, const FecLine& l);

    const FecSettings& m_settings;
    const ImportOptions& m_options;
    ImportReport& m_report;
    FecReader& m_reader;
    LedgerEntryLoader m_loader;
    FecLettrage m_lettrage;
    KindCache m_kinds;
    qint64 m_ticks = 0;
    std::optional<AccountRepository::NewAccounts> m_newAccounts;
    QString m_lastAccount; // the last account found, and its id
    qint64 m_lastAccountId = 0;
};

bool FecImport::readLettrage()
{
    // The first pass reports into its own report: its errors are found
    // again, and reported, by the second. The same reader (and mapping)
    // serves both passes.
    ImportReport scratch;
    m_reader.restart(scratch);
    QList<FecLetteredLine> lines;
    bool going = true;
    while (going && m_reader.nextLetteredEntry(lines)) {
        for (const FecLetteredLine& l : std::as_const(lines))
            m_lettrage.add(l.key, l.line, l.side, l.date, l.dateLet, l.cents, l.entryRef);
        going = progress(m_reader.position(), 0, 45);
    }
    m_reader.restart(m_report);
    if (!going)
        return false;
    m_lettrage.resolve();
    return true;
}

Result<qint64> FecImport::account(QSqlDatabase& conn, const FecLine& l)
{
    // Consecutive lines are often the same tenant's: one lookup each.
    if (m_lastAccountId != 0 && l.account == m_lastAccount)
        return m_lastAccountId;
    const auto it = m_loader.accounts().constFind(l.account);
    if (it != m_loader.accounts().constEnd()) {
        m_lastAccount = l.account;
        m_lastAccountId = *it;
        return *it;
    }
    Account a;
    a.ref = l.account;
    a.name = l.accountName.isEmpty() ? l.account : l.accountName;
    m_report.addWarning(l.line, QStringLiteral("CompAuxNum"),
                        tr("account %1 is not known: created as « %2 », with no address; import "
                           "the accounts file to complete it")
                            .arg(a.ref, a.name));
    m_report.fecAccountsCreated.append(a.ref);
    qint64 id = -m_report.fecAccountsCreated.size(); // a dry run only counts
    if (m_loader.writes()) {
        if (Status s = m_loader.waitForWriter(); !s)
            return Result<qint64>::failure(s.error());
        // Statements prepared once for the whole file (saveIn prepared
        // them for each account, 0.5 ms apiece).
        // saveIn checks and words what is wrong with an odd ref or name.
        const bool plain =
            !a.ref.isEmpty() && a.ref == a.ref.trimmed() && !a.name.trimmed().isEmpty();
        if (plain && !m_newAccounts)
            m_newAccounts.emplace(conn);
        auto saved = plain ? m_newAccounts->insert(a) : AccountRepository::saveIn(conn, a);
        if (!saved)
            return saved;
        id = *saved;
    }
    m_loader.addAccount(a.ref, id);
    return id;
}

Status FecImport::readLine(QSqlDatabase& conn, const FecLine& l)
{
    if (!l.ok)
        return {};
    auto id = account(conn, l);
    if (!id)
        return Status::failure(id.error());
    LedgerEntry e;
    e.accountId = *id;
    e.accountRef = l.account;
    e.entryRef = l.entryRef;
    e.side = l.side;
    e.amount = l.amount;
    e.date = l.date;
    e.dueDate = l.side == Side::Debit && m_settings.dueDate == FecDueDate::PieceDateElseEntryDate &&
                        l.pieceDate.isValid()
                    ? l.pieceDate
                    : l.date;
    e.label = l.label;
    e.kind = m_kinds.kind(l);
    if (l.side == Side::Credit && !l.lettrage.isEmpty())
        e.matches = m_lettrage.matchesOf(l.line);
    return m_loader.add(conn, std::move(e), l.line);
}

Status FecImport::run(QSqlDatabase& conn, bool write)
{
    const auto end = qScopeGuard([this] {
        m_loader.end();
        m_newAccounts.reset(); // its statements finished with the transaction
    });
    if (Status s = m_loader.begin(conn, write, m_reader.size()); !s)
        return s;
    QList<FecLine> lines;
    while (m_reader.nextEntry(lines)) {
        for (const FecLine& l : std::as_const(lines))
            if (Status s = readLine(conn, l); !s)
                return s;
        if (!progress(m_reader.position(), 45, 50))
            return Status::failure(tr("cancelled"));
    }
    m_reader.finish();
    QString details;
    if (!m_report.fecAccountsCreated.isEmpty())
        details = QStringLiteral("; accounts created: %1").arg(m_report.fecAccountsCreated.size());
    return m_loader.finish(conn, QStringLiteral("import.fec"), details);
}

} // namespace

bool FecImporter::looksLikeFec(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QByteArray first = f.readLine(64 * 1024);
    if (first.startsWith("\xEF\xBB\xBF"))
        first.remove(0, 3);
    const QString header = QString::fromLatin1(first).trimmed();
    const QChar delimiter = header.contains(u'|') ? u'|' : u'\t';
    return FecReader::isFecHeader(header.split(delimiter));
}

ImportReport FecImporter::importFile(const Database& db, const QString& path,
                                     const FecSettings& settings, const ImportOptions& options)
{
    ImportReport report;
    report.kind = ImportReport::Kind::Fec;
    report.fileName = QFileInfo(path).fileName();
    report.dryRun = options.dryRun;

    FecReader reader(settings, report);
    if (!reader.open(path))
        return report;
    FecImport import(settings, options, report, reader);
    if (!import.readLettrage())
        return report;

    ImportRun::run(db, options, report, [&import](QSqlDatabase& conn, bool inTransaction) {
        return import.run(conn, inTransaction);
    });
    return report;
}

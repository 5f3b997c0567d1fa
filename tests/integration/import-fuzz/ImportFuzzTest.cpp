// Mutates the sample CSV and FEC files of the golden cases with a fixed seed (cut
// mid-line, flipped bytes, inserted quotes, changed delimiters, other
// encodings, huge fields, line breaks) and imports each through relance-cli
// over a real SQLite file that already holds accounts and a ledger. Whatever
// the file, the user sees either a success or exit 1 with FILE:LINE errors
// and "nothing was written" — and then the database is exactly as before
// (every table's rows, and `debtors --json`). No crash, no sanitizer report.
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringConverter>

#include <random>

#include <catch2/catch.hpp>

using namespace TestSupport;

namespace {

const QString asOf = QStringLiteral("2026-11-23");

QByteArray readBytes(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QString goldenFile(const char* relative)
{
    return QStringLiteral(RELANCE_TESTS_DIR "/golden/import/cases/") + QLatin1String(relative);
}

QStringList cliArgs(const QString& dbPath, QStringList args)
{
    return QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"),
                       dbPath} +
           args;
}

// Every row of every table, in a stable order, hashed: what "unchanged" means.
QByteArray tablesChecksum(const QString& dbPath)
{
    QByteArray checksum;
    {
        QSqlDatabase conn =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fuzz-checksum"));
        conn.setDatabaseName(dbPath);
        REQUIRE(conn.open());
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QStringList tables;
        QSqlQuery names(conn);
        REQUIRE(names.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
        while (names.next())
            tables << names.value(0).toString();
        REQUIRE(tables.contains(QStringLiteral("accounts")));
        for (const QString& table : std::as_const(tables)) {
            QSqlQuery rows(conn);
            // Table names come from sqlite_master, not from a user.
            REQUIRE(rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table)));
            hash.addData(table.toUtf8());
            while (rows.next()) {
                const QSqlRecord r = rows.record();
                for (int i = 0; i < r.count(); ++i)
                    hash.addData(QByteArray(r.value(i).toString().toUtf8() + '\x1F'));
                hash.addData(QByteArrayView("\x1E"));
            }
        }
        checksum = hash.result();
        conn.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fuzz-checksum"));
    return checksum;
}

void copyDatabase(const QString& from, const QString& to)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(to + suffix);
        if (QFile::exists(from + suffix))
            REQUIRE(QFile::copy(from + suffix, to + suffix));
    }
}

struct Sample
{
    QString kind; // "accounts" or "ledger"
    QByteArray bytes;
};

class Mutator
{
public:
    explicit Mutator(quint32 seed)
        : m_rng(seed)
    {}

    int below(int n) { return n <= 0 ? 0 : int(m_rng() % quint32(n)); }

    // One mutation of `in`; `what` says which, for the failure message.
    // Whether the last mutation must be refused whatever else the file holds.
    bool mustRefuse() const { return m_mustRefuse; }

    QByteArray mutate(const QByteArray& in, QString* what)
    {
        m_mustRefuse = false;
        QByteArray b = in;
        const int pos = below(int(b.size()));
        switch (below(13)) {
        case 0: // cut mid-line, as a copy interrupted or a disk full
            *what = QStringLiteral("cut at byte %1").arg(pos);
            return b.left(pos);
        case 1: { // a line cut short, the following lines intact
            const qsizetype end = b.indexOf('\n', pos);
            *what = QStringLiteral("line cut at byte %1").arg(pos);
            // A data row (no quotes to blur it) that lost a delimiter has
            // fewer fields than the header: it must be refused, never read
            // as if the missing fields were empty.
            const qsizetype start = b.lastIndexOf('\n', pos - 1) + 1;
            const QByteArray header = b.left(b.indexOf('\n'));
            const char delimiter = header.count('\t') > header.count(';')
                                       ? '\t'
                                       : (header.count(',') > header.count(';') ? ',' : ';');
            const QByteArray row = b.mid(start, (end < 0 ? b.size() : end) - start);
            m_mustRefuse = start > 0 && !row.contains('"') &&
                           !b.mid(start, pos - start).trimmed().isEmpty() &&
                           b.mid(pos, (end < 0 ? b.size() : end) - pos).contains(delimiter);
            return end < 0 ? b.left(pos) : b.left(pos) + b.mid(end);
        }
        case 2: { // flipped bytes
            const int n = 1 + below(3);
            *what = QStringLiteral("%1 byte(s) flipped from %2").arg(n).arg(pos);
            for (int i = 0; i < n && !b.isEmpty(); ++i)
                b[below(int(b.size()))] ^= char(1 + below(255));
            return b;
        }
        case 3: // a stray quote
            *what = QStringLiteral("quote inserted at %1").arg(pos);
            return b.insert(pos, '"');
        case 4: { // a quoted field with a quote inside left single
            const qsizetype at = b.indexOf(';', pos);
            *what = QStringLiteral("\"ab\"cd\" inserted after byte %1").arg(at);
            return at < 0 ? b : b.insert(at + 1, "\"ab\"cd\"");
        }
        case 5: { // delimiters changed: one, or every one
            const char from = b.count(';') > b.count(',') ? ';' : (b.contains('\t') ? '\t' : ',');
            const char to = ",;\t|"[below(4)];
            if (below(2) == 0) {
                *what = QStringLiteral("every delimiter to %1").arg(int(to));
                b.replace(from, to);
            } else {
                const qsizetype at = b.indexOf(from, pos);
                *what = QStringLiteral("delimiter at %1 to %2").arg(at).arg(int(to));
                if (at >= 0)
                    b[at] = to;
            }
            return b;
        }
        case 6: { // a delimiter dropped or doubled
            const qsizetype at = b.indexOf(';', pos);
            *what = QStringLiteral("delimiter at %1 dropped or doubled").arg(at);
            if (at >= 0 && below(2) == 0)
                b.remove(at, 1);
            else if (at >= 0)
                b.insert(at, ';');
            return b;
        }
        case 7: { // re-encoded: Windows-1252, UTF-16, or one line only
            const QString text = QString::fromUtf8(in);
            const int how = below(3);
            *what = QStringLiteral("re-encoded (%1)").arg(how);
            if (how == 0) {
                auto encode = QStringEncoder(QStringEncoder::Latin1);
                return QByteArray(encode(text));
            }
            if (how == 1) {
                auto encode =
                    QStringEncoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
                return QByteArray(encode(text));
            }
            const qsizetype start = b.indexOf('\n', pos);
            if (start < 0)
                return b;
            auto encode = QStringEncoder(QStringEncoder::Latin1);
            const QByteArray tail = encode(QString::fromUtf8(b.mid(start + 1)));
            return b.left(start + 1) + tail;
        }
        case 8: { // a huge field, quoted or not
            const qsizetype at = b.indexOf(';', pos);
            const QByteArray huge(100 * 1024 + below(1024 * 1024), char('A' + below(26)));
            *what = QStringLiteral("%1 bytes inserted after byte %2").arg(huge.size()).arg(at);
            const QByteArray field = below(2) ? huge : QByteArray('"' + huge + '"');
            return at < 0 ? QByteArray(b + huge) : b.insert(at + 1, field);
        }
        case 9: { // a huge amount
            const qsizetype at = b.indexOf(';', pos);
            *what = QStringLiteral("huge number after byte %1").arg(at);
            return at < 0 ? b : b.insert(at + 1, QByteArray(12 + below(12), '9'));
        }
        case 10: { // a line break inside a field, quoted
            static const QByteArray breaks[] = {"\n",           "\r\n",     "\r",
                                                "\xE2\x80\xA8", "\xC2\x85", "\xE2\x80\xA9"};
            const QByteArray br = breaks[below(6)];
            const qsizetype at = b.indexOf(';', pos);
            *what = QStringLiteral("quoted line break after byte %1").arg(at);
            return at < 0 ? b : b.insert(at + 1, QByteArray("\"x" + br + "y\""));
        }
        case 11: { // thousands of delimiters on one line
            *what = QStringLiteral("many delimiters at %1").arg(pos);
            return b.insert(pos, QByteArray(1000 + below(100000), ';'));
        }
        default: { // a line repeated or two lines swapped: well-formed, often valid
            QList<QByteArray> lines = b.split('\n');
            if (lines.size() > 2) {
                const int i = 1 + below(int(lines.size()) - 2);
                const int j = 1 + below(int(lines.size()) - 2);
                *what = QStringLiteral("lines %1 and %2 swapped or repeated").arg(i).arg(j);
                if (below(2))
                    lines.swapItemsAt(i, j);
                else
                    lines.insert(i, QByteArray(lines.at(j)));
            }
            return lines.join('\n');
        }
        }
    }

private:
    std::mt19937 m_rng;
    bool m_mustRefuse = false;
};

} // namespace

TEST_CASE("Mutated CSV files never harm the database they are imported into")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString basePath = tmp.filePath(QStringLiteral("base.sqlite"));
    const QString dbPath = tmp.filePath(QStringLiteral("relance.sqlite"));
    createDatabase(tmp, QStringLiteral("base.sqlite"));

    // A database that already holds accounts (with e-mails, addresses,
    // properties, rents, guarantors) and ledgers with debtors.
    for (const auto& [kind, file] : {
             std::pair{"accounts", "accounts-utf8-bom-semicolon/accounts.csv"},
             std::pair{"accounts", "accounts-update/accounts.csv"},
             std::pair{"ledger", "ledger-update/ledger.csv"},
             std::pair{"ledger", "ledger-tab-french-dates/ledger.csv"},
         }) {
        const CliResult r = runCli(cliArgs(
            basePath, {QStringLiteral("import"), QString::fromLatin1(kind), goldenFile(file)}));
        INFO(file << ": " << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    const QStringList debtorsArgs =
        cliArgs(basePath, {QStringLiteral("debtors"), QStringLiteral("--json"),
                           QStringLiteral("--as-of"), asOf});
    const CliResult debtorsBefore = runCli(debtorsArgs);
    REQUIRE(debtorsBefore.exitCode == 0);
    REQUIRE(debtorsBefore.out.contains(QStringLiteral("LOC0002")));
    const QByteArray checksumBefore = tablesChecksum(basePath);

    const QList<Sample> samples = {
        {QStringLiteral("accounts"),
         readBytes(goldenFile("accounts-utf8-bom-semicolon/accounts.csv"))},
        {QStringLiteral("accounts"),
         readBytes(goldenFile("accounts-windows1252-french-headers/accounts.csv"))},
        {QStringLiteral("accounts"), readBytes(goldenFile("accounts-update/accounts.csv"))},
        {QStringLiteral("ledger"), readBytes(goldenFile("ledger-comma-delimiter/ledger.csv"))},
        {QStringLiteral("ledger"), readBytes(goldenFile("ledger-update/ledger-changed.csv"))},
        {QStringLiteral("ledger"),
         readBytes(goldenFile("ledger-signed-amount-french-headers/ledger.csv"))},
        {QStringLiteral("ledger"), readBytes(goldenFile("ledger-tab-french-dates/ledger.csv"))},
        // The FEC (import fec): '|' or tab, no quoting, its own encodings.
        {QStringLiteral("fec"), readBytes(goldenFile("fec-pipe-utf8-lf/fec.txt"))},
        {QStringLiteral("fec"), readBytes(goldenFile("fec-tab-utf8-bom-crlf/fec.txt"))},
        {QStringLiteral("fec"), readBytes(goldenFile("fec-windows1252-no-final-break/fec.txt"))},
    };

    // Bounded for the shared machines: about 30 s under AddressSanitizer.
    const int mutations = qEnvironmentVariableIntValue("RELANCE_FUZZ_MUTATIONS") > 0
                              ? qEnvironmentVariableIntValue("RELANCE_FUZZ_MUTATIONS")
                              : 48;
    Mutator mutator(20261123);
    const QString csvPath = tmp.filePath(QStringLiteral("mutated.csv"));
    const QRegularExpression located(QStringLiteral("^mutated\\.csv:\\d+: \\S"));
    const QRegularExpression wholeFile(QStringLiteral("^mutated\\.csv: \\S"));
    int refused = 0;
    for (int i = 0; i < mutations; ++i) {
        const Sample& sample = samples.at(mutator.below(int(samples.size())));
        QString what;
        const QByteArray bytes = mutator.mutate(sample.bytes, &what);
        writeFile(csvPath, bytes);
        copyDatabase(basePath, dbPath);
        QStringList args{QStringLiteral("import"), sample.kind, csvPath};
        const bool dryRun = mutator.below(4) == 0;
        if (dryRun)
            args << QStringLiteral("--dry-run");
        else if (sample.kind != QLatin1String("accounts") && mutator.below(3) == 0)
            args << QStringLiteral("--update");

        const CliResult r = runCli(cliArgs(dbPath, args));
        INFO("mutation " << i << " of a " << sample.kind.toStdString()
                         << " file: " << what.toStdString() << "\n"
                         << r.err.left(4000).toStdString());
        // No crash, no sanitizer report, and one of the two outcomes.
        REQUIRE((r.exitCode == 0 || r.exitCode == 1));
        if (mutator.mustRefuse())
            CHECK(r.exitCode == 1);
        CHECK_FALSE(r.err.contains(QStringLiteral("Sanitizer")));
        CHECK_FALSE(r.err.contains(QStringLiteral("runtime error")));
        QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
        REQUIRE_FALSE(lines.isEmpty());
        const QString summary = lines.takeLast();
        if (r.exitCode == 1) {
            ++refused;
            CHECK(summary.startsWith(QStringLiteral("mutated.csv: ")));
            CHECK(summary.endsWith(QStringLiteral("nothing was written")));
            bool anyLocated = false;
            for (const QString& line : std::as_const(lines)) {
                if (line.startsWith(QStringLiteral("warning: ")) ||
                    line.startsWith(QStringLiteral("hint: ")))
                    continue;
                INFO(line.left(300).toStdString());
                CHECK((located.match(line).hasMatch() || wholeFile.match(line).hasMatch()));
                anyLocated = anyLocated || located.match(line).hasMatch();
            }
            // Only a file with no line to point at gets an error without one.
            if (!anyLocated)
                CHECK(bytes.size() <= 3); // nothing but a BOM
        }
        if (r.exitCode == 1 || dryRun) {
            CHECK(tablesChecksum(dbPath) == checksumBefore);
            // The debtors list is what the agency sees next; comparing it on
            // every other refusal keeps the test within its time.
            if (i % 2 == 0) {
                QStringList debtors = debtorsArgs;
                debtors[3] = dbPath;
                const CliResult after = runCli(debtors);
                CHECK(after.exitCode == 0);
                CHECK(after.out == debtorsBefore.out);
            }
        }
    }
    // The mutations are meant to be refused mostly; a seed that lets most
    // through tests little.
    CHECK(refused >= mutations / 2);
}

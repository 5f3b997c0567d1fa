// Writes accounts.csv and ledger.csv for N accounts over M months (two
// entries a month: the rent and its payment, 1.44 million rows for the
// default 20,000 × 36), then times their import into a new database, a
// second (idempotent) import of the ledger, and prints the peak memory. The
// same ledger as a FEC (fec.txt: each entry a tenant line and its
// counterpart, payments lettered with their rent) is then imported into a
// second database. Each ledger is also checked alone first (a dry run), so
// that rows/s are printed for parsing alone and for parsing + writing.
#include "import/AccountImporter.h"
#include "import/FecImporter.h"
#include "import/LedgerImporter.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

namespace {

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// CPU time: on a shared machine the wall clock also counts other people's work.
long cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

void writeFiles(const QString& dir, int accounts, int months)
{
    QFile a(dir + QStringLiteral("/accounts.csv"));
    a.open(QIODevice::WriteOnly);
    QFile l(dir + QStringLiteral("/ledger.csv"));
    l.open(QIODevice::WriteOnly);
    QFile f(dir + QStringLiteral("/fec.txt"));
    f.open(QIODevice::WriteOnly);
    f.write("JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|"
            "CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|"
            "ValidDate|Montantdevise|Idevise\r\n");
    qint64 number = 0;
    const auto fec = [&](const QByteArray& journal, const QByteArray& ref, const QDate& d,
                         const QByteArray& due, const QByteArray& label, const QByteArray& amount,
                         bool debit, const QByteArray& let, const QByteArray& dateLet) {
        const QByteArray num = QByteArray::number(++number);
        const QByteArray date = d.toString(QStringLiteral("yyyyMMdd")).toLatin1();
        const QByteArray head = journal + "|J|" + num + '|' + date + '|';
        const QByteArray mid = "|-|" + due + '|' + label + '|';
        f.write(head + "411000|Locataires|" + ref + "|Locataire" + mid +
                (debit ? QByteArray(amount + "|0,00|") : QByteArray("0,00|" + amount + '|')) + let +
                '|' + dateLet + '|' + date + "||\r\n");
        f.write(head + (debit ? "706000|Loyers||" : "512000|Banque||") + mid +
                (debit ? QByteArray("0,00|" + amount) : QByteArray(amount + "|0,00")) + "|||" +
                date + "||\r\n");
    };
    a.write("ref;name;address1;postal_code;city;monthly_rent;payment_method\n");
    l.write("account_ref;entry_ref;date;due_date;label;debit;credit;kind;matches\n");
    const QDate start(2023, 1, 1);
    for (int i = 0; i < accounts; ++i) {
        const QByteArray ref = "LOC" + QByteArray::number(100000 + i);
        const qint64 rent = 40000 + (i * 37) % 90000;
        const QByteArray amount = QByteArray::number(rent / 100) + ',' +
                                  QByteArray::number(rent % 100).rightJustified(2, '0');
        a.write(ref + ";Locataire " + QByteArray::number(i) + ";" + QByteArray::number(i % 200) +
                " rue des Lilas;69003;Lyon;" + amount + ";transfer\n");
        for (int m = 0; m < months; ++m) {
            const QDate d = start.addMonths(m);
            const QByteArray month = d.toString(QStringLiteral("yyyy-MM")).toLatin1();
            const QByteArray due = d.addDays(4).toString(Qt::ISODate).toLatin1();
            l.write(ref + ";AE-" + month + ';' + d.toString(Qt::ISODate).toLatin1() + ';' + due +
                    ";Loyer " + month + ';' + amount + ";;rent;\n");
            const bool paid = i % 12 != 0 || m + 2 < months; // some tenants are behind
            const QByteArray let = paid ? "L" + QByteArray::number(m) : QByteArray();
            const QByteArray dateLet =
                paid ? d.addDays(4).toString(QStringLiteral("yyyyMMdd")).toLatin1() : QByteArray();
            fec("LOY", ref, d, d.addDays(4).toString(QStringLiteral("yyyyMMdd")).toLatin1(),
                "Loyer " + month, amount, true, let, dateLet);
            if (paid) {
                l.write(ref + ";VIR-" + month + ';' + due + ";;Virement;;" + amount +
                        ";payment;AE-" + month + '\n');
                fec("BQ", ref, d.addDays(4), QByteArray(), "Virement", amount, false, let, dateLet);
            }
        }
    }
}

// "1,234 ms (cpu 1,100 ms, 1,222,000 rows/s)": rows/s from the CPU time, the
// figure to compare on a shared machine; the wall clock's beside it.
QString timing(qint64 wallMs, long cpu, qint64 rows)
{
    const qint64 c = qMax<qint64>(1, cpu);
    return QStringLiteral("%1 ms (cpu %2 ms, %3 rows/s cpu, %4 rows/s wall)")
        .arg(wallMs)
        .arg(cpu)
        .arg(rows * 1000 / c)
        .arg(rows * 1000 / qMax<qint64>(1, wallMs));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int accounts = args.value(1, QStringLiteral("20000")).toInt();
    const int months = args.value(2, QStringLiteral("36")).toInt();
    QTextStream out(stdout);
    QTemporaryDir dir;
    QElapsedTimer t;
    t.start();
    long cpu = cpuMs();
    writeFiles(dir.path(), accounts, months);
    out << "write CSV (" << accounts << " accounts, " << months << " months): " << t.elapsed()
        << " ms" << Qt::endl;

    auto db = Database::open(DatabaseConfig::sqlite(dir.filePath(QStringLiteral("b.sqlite"))));
    if (!db) {
        out << db.error() << Qt::endl;
        return 1;
    }
    t.restart();
    cpu = cpuMs();
    ImportReport r =
        AccountImporter::importFile(**db, dir.filePath(QStringLiteral("accounts.csv")));
    out << "import accounts: " << t.elapsed() << " ms (cpu " << cpuMs() - cpu << " ms) — "
        << r.summary() << Qt::endl;
    // Parsing alone: a dry run reads and checks every row (and compares it
    // with the stored ledger, empty here) but writes nothing.
    t.restart();
    cpu = cpuMs();
    ImportOptions dry;
    dry.dryRun = true;
    r = LedgerImporter::importFile(**db, dir.filePath(QStringLiteral("ledger.csv")), dry);
    const qint64 rows = r.added;
    out << "CSV ledger, parsing alone (dry run): " << timing(t.elapsed(), cpuMs() - cpu, rows)
        << " — " << r.summary() << Qt::endl;
    t.restart();
    cpu = cpuMs();
    r = LedgerImporter::importFile(**db, dir.filePath(QStringLiteral("ledger.csv")));
    out << "CSV ledger, parsing + writing: " << timing(t.elapsed(), cpuMs() - cpu, rows) << " — "
        << r.summary() << Qt::endl;
    for (const QString& e : r.errorLines().mid(0, 5))
        out << "  " << e << Qt::endl;
    out << "peak memory after first import: " << peakRssMb() << " MB" << Qt::endl;
    t.restart();
    cpu = cpuMs();
    r = LedgerImporter::importFile(**db, dir.filePath(QStringLiteral("ledger.csv")));
    out << "CSV ledger again (all unchanged): " << timing(t.elapsed(), cpuMs() - cpu, rows) << " — "
        << r.summary() << Qt::endl;
    out << "peak memory: " << peakRssMb() << " MB" << Qt::endl;

    // The same ledger as a FEC, into a database of its own. Rows are the
    // tenant lines (the entries); the file has twice as many lines.
    auto fecDb = Database::open(DatabaseConfig::sqlite(dir.filePath(QStringLiteral("f.sqlite"))));
    if (!fecDb) {
        out << fecDb.error() << Qt::endl;
        return 1;
    }
    AccountImporter::importFile(**fecDb, dir.filePath(QStringLiteral("accounts.csv")));
    t.restart();
    cpu = cpuMs();
    r = FecImporter::importFile(**fecDb, dir.filePath(QStringLiteral("fec.txt")),
                                FecSettings::defaults(), dry);
    const qint64 fecRows = r.fecTenantLines;
    out << "FEC, parsing alone (dry run): " << timing(t.elapsed(), cpuMs() - cpu, fecRows) << " — "
        << r.summary() << Qt::endl;
    t.restart();
    cpu = cpuMs();
    r = FecImporter::importFile(**fecDb, dir.filePath(QStringLiteral("fec.txt")),
                                FecSettings::defaults());
    out << "FEC, parsing + writing: " << timing(t.elapsed(), cpuMs() - cpu, fecRows) << " — "
        << r.summary() << Qt::endl;
    for (const QString& e : r.errorLines().mid(0, 5))
        out << "  " << e << Qt::endl;
    t.restart();
    cpu = cpuMs();
    r = FecImporter::importFile(**fecDb, dir.filePath(QStringLiteral("fec.txt")),
                                FecSettings::defaults());
    out << "FEC again (all unchanged): " << timing(t.elapsed(), cpuMs() - cpu, fecRows) << " — "
        << r.summary() << Qt::endl;
    out << "peak memory: " << peakRssMb() << " MB" << Qt::endl;
    return 0;
}

// bench_foundation: times `relance-cli demo --accounts 20000 --months 36` as a
// whole process, writes the same agency as accounts.csv and ledger.csv, times
// `relance-cli import accounts` and `import ledger` into a new database, and
// prints each process's peak memory against the targets of issue 2.
//
//   bench_foundation [--accounts N] [--months M] [--seed S] [--keep DIR] [--cli PATH]
#include "ProcessMeasure.h"
#include "demo/DemoAgency.h"
#include "demo/DemoCsvWriter.h"
#include "demo/DemoFecWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace {

using Measure = ProcessMeasure;

// Standard output is not needed; errors go to `logPath` for when it fails.
Measure runProcess(const QStringList& args, const QString& logPath)
{
    return ProcessMeasure::run(args, {}, logPath);
}

QString verdict(bool met)
{
    return met ? QStringLiteral("met") : QStringLiteral("MISSED");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QString cli = QStringLiteral(RELANCE_CLI_PATH);
    int accounts = 20000;
    int months = 36;
    QString seed = QStringLiteral("1");
    QString keep;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        const QString& key = args.at(i);
        const QString& value = args.at(i + 1);
        if (key == QLatin1String("--accounts"))
            accounts = value.toInt();
        else if (key == QLatin1String("--months"))
            months = value.toInt();
        else if (key == QLatin1String("--seed"))
            seed = value;
        else if (key == QLatin1String("--keep"))
            keep = value;
        else if (key == QLatin1String("--cli"))
            cli = value;
        else {
            out << "usage: bench_foundation [--accounts N] [--months M] [--seed S] [--keep DIR] "
                   "[--cli PATH]\n";
            return 2;
        }
    }
    if (accounts < 1 || months < 1 || args.size() % 2 == 0) {
        out << "usage: bench_foundation [--accounts N] [--months M] [--seed S] [--keep DIR] "
               "[--cli PATH]\n";
        return 2;
    }

    QTemporaryDir temp;
    const QDir dir(keep.isEmpty() ? temp.path() : keep);
    QDir().mkpath(dir.path());
    const QString asOf = QStringLiteral("2026-11-23");
    const QString demoDb = dir.filePath(QStringLiteral("demo.sqlite"));
    const QString importDb = dir.filePath(QStringLiteral("import.sqlite"));
    const QString accountsCsv = dir.filePath(QStringLiteral("accounts.csv"));
    const QString ledgerCsv = dir.filePath(QStringLiteral("ledger.csv"));
    // The same ledger as the agency's accounting program exports it (FEC),
    // imported into a database of its own for the figure beside the CSV's.
    const QString fecDb = dir.filePath(QStringLiteral("import-fec.sqlite"));
    const QString fec = dir.filePath(QStringLiteral("FEC.txt"));
    for (const QString& f : {demoDb, importDb, accountsCsv, ledgerCsv, fecDb, fec})
        QFile::remove(f);

    out << "bench_foundation: " << accounts << " accounts x " << months << " months, as of " << asOf
        << ", relance-cli " << cli << "\n"
        << Qt::flush;

    const Measure demo = runProcess(
        {cli, QStringLiteral("--db"), demoDb, QStringLiteral("demo"), QStringLiteral("--accounts"),
         QString::number(accounts), QStringLiteral("--months"), QString::number(months),
         QStringLiteral("--seed"), seed, QStringLiteral("--as-of"), asOf},
        dir.filePath(QStringLiteral("demo.log")));
    if (!demo.ok()) {
        out << "demo failed, see " << dir.filePath(QStringLiteral("demo.log")) << "\n";
        return 1;
    }

    // The same agency as CSV, the way another program would export it.
    DemoOptions options;
    options.accounts = accounts;
    options.months = months;
    options.seed = seed.toULongLong();
    options.asOf = QDate::fromString(asOf, Qt::ISODate);
    QElapsedTimer csvTimer;
    csvTimer.start();
    const DemoAgency agency(options);
    auto counts = DemoCsvWriter::write(agency, accountsCsv, ledgerCsv);
    if (!counts) {
        out << counts.error() << "\n";
        return 1;
    }
    const double csvSeconds = double(csvTimer.nsecsElapsed()) / 1e9;
    auto fecLines = DemoFecWriter::write(agency, fec);
    if (!fecLines) {
        out << fecLines.error() << "\n";
        return 1;
    }

    const Measure init = runProcess({cli, QStringLiteral("--db"), importDb, QStringLiteral("init")},
                                    dir.filePath(QStringLiteral("init.log")));
    const Measure importAccounts =
        runProcess({cli, QStringLiteral("--db"), importDb, QStringLiteral("import"),
                    QStringLiteral("accounts"), accountsCsv},
                   dir.filePath(QStringLiteral("import-accounts.log")));
    const Measure importLedger =
        runProcess({cli, QStringLiteral("--db"), importDb, QStringLiteral("import"),
                    QStringLiteral("ledger"), ledgerCsv},
                   dir.filePath(QStringLiteral("import-ledger.log")));

    runProcess({cli, QStringLiteral("--db"), fecDb, QStringLiteral("init")},
               dir.filePath(QStringLiteral("init-fec.log")));
    runProcess({cli, QStringLiteral("--db"), fecDb, QStringLiteral("import"),
                QStringLiteral("accounts"), accountsCsv},
               dir.filePath(QStringLiteral("import-accounts-fec.log")));
    const Measure importFec = runProcess(
        {cli, QStringLiteral("--db"), fecDb, QStringLiteral("import"), QStringLiteral("fec"), fec},
        dir.filePath(QStringLiteral("import-fec.log")));

    const double importSeconds = importAccounts.seconds + importLedger.seconds;
    const double peak = std::max({demo.peakMb(), importAccounts.peakMb(), importLedger.peakMb()});
    const bool demoMet = demo.seconds <= 10.0;
    const bool importMet = importAccounts.ok() && importLedger.ok() && importSeconds <= 15.0;
    const bool peakMet = peak <= 500.0;

    auto line = [&](const char* what, const Measure& m) {
        out << QStringLiteral("  %1 %2 s (cpu %3 s)  peak %4 MB%5\n")
                   .arg(QLatin1String(what), -22)
                   .arg(m.seconds, 7, 'f', 2)
                   .arg(m.cpuSeconds, 6, 'f', 2)
                   .arg(m.peakMb(), 6, 'f', 0)
                   .arg(m.ok() ? QString() : QStringLiteral("  (FAILED)"));
    };
    out << QStringLiteral("  rows: %1 accounts, %2 ledger entries (CSV %3 MB + %4 MB, written in "
                          "%5 s)\n")
               .arg(counts->accounts)
               .arg(counts->entries)
               .arg(double(QFileInfo(accountsCsv).size()) / 1e6, 0, 'f', 1)
               .arg(double(QFileInfo(ledgerCsv).size()) / 1e6, 0, 'f', 1)
               .arg(csvSeconds, 0, 'f', 2);
    line("demo", demo);
    line("init (new database)", init);
    line("import accounts", importAccounts);
    line("import ledger", importLedger);
    out << QStringLiteral("  FEC: %1 lines, %2 MB\n")
               .arg(*fecLines)
               .arg(double(QFileInfo(fec).size()) / 1e6, 0, 'f', 1);
    line("import fec (same ledger)", importFec);
    double load[1] = {0};
    if (getloadavg(load, 1) == 1)
        out << QStringLiteral("  load average now: %1 (timings are wall clock; on a busy machine "
                              "compare the cpu figures)\n")
                   .arg(load[0], 0, 'f', 1);
    out << QStringLiteral("  demo    %1 s  (target <= 10 s)   %2\n")
               .arg(demo.seconds, 0, 'f', 2)
               .arg(verdict(demoMet));
    out << QStringLiteral("  import  %1 s  (target <= 15 s)   %2\n")
               .arg(importSeconds, 0, 'f', 2)
               .arg(verdict(importMet));
    out << QStringLiteral("  peak    %1 MB (target <= 500 MB) %2\n")
               .arg(peak, 0, 'f', 0)
               .arg(verdict(peakMet));
    if (!importAccounts.ok() || !importLedger.ok())
        out << "  an import failed: see the logs in " << dir.path()
            << (keep.isEmpty() ? " (use --keep DIR to keep them)" : "") << "\n";
    return demoMet && importMet && peakMet ? 0 : 1;
}

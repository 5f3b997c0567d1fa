// The demo's FEC (DemoFecWriter) imported with relance-cli import fec after
// its accounts.csv gives the same debtors as the demo's ledger.csv: the same
// positions, amounts, due dates, labels and matched payments.
#include "TestSupport.h"

#include "demo/DemoAgency.h"
#include "demo/DemoCsvWriter.h"
#include "demo/DemoFecWriter.h"
#include "import/FecSettings.h"
#include "storage/Database.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace TestSupport;

namespace {

QString importInto(const QString& db, const QString& what, const QString& file)
{
    const CliResult r = runCli({QStringLiteral("--lang"), QStringLiteral("en"),
                                QStringLiteral("--db"), db, QStringLiteral("import"), what, file});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.err;
}

QString debtors(const QString& db)
{
    const CliResult r =
        runCli({QStringLiteral("--db"), db, QStringLiteral("debtors"), QStringLiteral("--json"),
                QStringLiteral("--as-of"), QStringLiteral("2026-11-23")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out;
}

} // namespace

TEST_CASE("The demo's FEC gives the same debtors as its CSV ledger")
{
    QTemporaryDir dir;
    const QString csvDb = dir.filePath(QStringLiteral("csv.sqlite"));
    const QString fecDb = dir.filePath(QStringLiteral("fec.sqlite"));
    const QString accountsCsv = dir.filePath(QStringLiteral("accounts.csv"));
    const QString ledgerCsv = dir.filePath(QStringLiteral("ledger.csv"));
    const QString fec = dir.filePath(QStringLiteral("FEC.txt"));
    DemoOptions options;
    options.accounts = 120;
    options.months = 12;
    options.seed = 7;
    options.asOf = QDate(2026, 11, 23);
    const DemoAgency demo(options);
    REQUIRE(DemoCsvWriter::write(demo, accountsCsv, ledgerCsv).ok());
    auto lines = DemoFecWriter::write(demo, fec);
    REQUIRE(lines.ok());

    for (const QString& db : {csvDb, fecDb})
        REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
    importInto(csvDb, QStringLiteral("accounts"), accountsCsv);
    importInto(csvDb, QStringLiteral("ledger"), ledgerCsv);
    importInto(fecDb, QStringLiteral("accounts"), accountsCsv);
    {
        // The agency's own rule: its credit notes are in journal AV.
        auto db = Database::open(DatabaseConfig::sqlite(fecDb), Database::OpenMode::ExistingOnly);
        REQUIRE(db.ok());
        FecSettings settings = FecSettings::defaults();
        FecKindRule avoirs;
        avoirs.field = FecKindRule::Field::Journal;
        avoirs.words = {QStringLiteral("AV")};
        avoirs.side = FecKindRule::OnSide::Credit;
        avoirs.kind = EntryKind::CreditNote;
        settings.kindRules.prepend(avoirs);
        REQUIRE(
            (*db)
                ->setSetting(FecSettings::settingsKey(),
                             QString::fromUtf8(
                                 QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact)))
                .ok());
    }
    const QString report = importInto(fecDb, QStringLiteral("fec"), fec);
    CHECK(report.contains(QStringLiteral("tenant lines: %1 (%1 added").arg(*lines / 2)));
    CHECK(report.contains(QStringLiteral("class 7: ")));
    CHECK_FALSE(report.contains(QStringLiteral("accounts created")));

    // A FEC's entry refs are JournalCode/EcritureNum; the demo's own ref is
    // the PieceRef beside it.
    QHash<QString, QString> pieceRefs;
    QFile f(fec);
    REQUIRE(f.open(QIODevice::ReadOnly));
    f.readLine();
    while (!f.atEnd()) {
        const QStringList c = QString::fromUtf8(f.readLine()).split(u'|');
        REQUIRE(c.size() == 18);
        pieceRefs.insert(c.at(0) + u'/' + c.at(2), c.at(8));
    }
    QString fecDebtors = debtors(fecDb);
    static const QRegularExpression ref(QStringLiteral("\"(entry_ref|matches)\": \"([^\"]+)\""));
    QString mapped;
    qsizetype at = 0;
    for (auto it = ref.globalMatch(fecDebtors); it.hasNext();) {
        const auto m = it.next();
        mapped += fecDebtors.mid(at, m.capturedStart(2) - at) +
                  pieceRefs.value(m.captured(2), m.captured(2));
        at = m.capturedEnd(2);
    }
    mapped += fecDebtors.mid(at);
    const QString csvDebtors = debtors(csvDb);
    CHECK(csvDebtors.count(QStringLiteral("\"entry_ref\"")) > 20);
    CHECK(mapped == csvDebtors);
}

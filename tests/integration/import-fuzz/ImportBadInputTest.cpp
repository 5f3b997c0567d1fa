// Targeted bad inputs that need a generated file or a look at what the agency
// sees next (issue 10): a 1 MB name, 93 huge debits.
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace TestSupport;

namespace {

QStringList cli(const QString& dbPath, QStringList args)
{
    return QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"),
                       dbPath} +
           args;
}

QStringList stderrLines(const CliResult& r)
{
    return r.err.split(u'\n', Qt::SkipEmptyParts);
}

const QByteArray accountsCsv = "ref;name;email;address1;postal_code;city;property;monthly_rent\n"
                               "LOC0001;M. Jean Dupont;jean.dupont@example.fr;12 rue des Lilas;"
                               "69003;Lyon;Appt 3B;850,00\n";

} // namespace

TEST_CASE("A 1 MB name is refused with its line and column, and nothing is written")
{
    QTemporaryDir tmp;
    const QString db = tmp.filePath(QStringLiteral("relance.sqlite"));
    createDatabase(tmp);
    const QString accounts = tmp.filePath(QStringLiteral("accounts.csv"));
    writeFile(accounts, accountsCsv);
    REQUIRE(runCli(cli(db, {QStringLiteral("import"), QStringLiteral("accounts"), accounts}))
                .exitCode == 0);

    const QString huge = tmp.filePath(QStringLiteral("huge.csv"));
    for (const bool quoted : {false, true}) {
        const QByteArray name(1024 * 1024, 'A');
        writeFile(huge, "ref;name;email\n"
                        "LOC0001;M. Jean Dupont;jean.dupont@example.fr\n"
                        "LOC0002;" +
                            (quoted ? QByteArray('"' + name + '"') : name) + ";\n");
        for (const bool dryRun : {true, false}) {
            QStringList args{QStringLiteral("import"), QStringLiteral("accounts"), huge};
            if (dryRun)
                args << QStringLiteral("--dry-run");
            const CliResult r = runCli(cli(db, args));
            INFO(r.err.left(2000).toStdString());
            CHECK(r.exitCode == 1);
            CHECK(stderrLines(r) ==
                  QStringList{QStringLiteral("huge.csv:3: name: this value is longer than 200 "
                                             "characters; shorten it"),
                              QStringLiteral("huge.csv: 1 error, nothing was written")});
        }
    }
    const CliResult list =
        runCli(cli(db, {QStringLiteral("debtors"), QStringLiteral("--json"),
                        QStringLiteral("--as-of"), QStringLiteral("2026-11-23")}));
    CHECK(list.exitCode == 0);
    CHECK_FALSE(list.out.contains(QStringLiteral("LOC0002")));
}

TEST_CASE("93 huge debits are refused and the account stays in the debtors list")
{
    QTemporaryDir tmp;
    const QString db = tmp.filePath(QStringLiteral("relance.sqlite"));
    createDatabase(tmp);
    const QString accounts = tmp.filePath(QStringLiteral("accounts.csv"));
    const QString ledger = tmp.filePath(QStringLiteral("ledger.csv"));
    writeFile(accounts, accountsCsv);
    writeFile(ledger, "account_ref;entry_ref;date;due_date;debit;credit\n"
                      "LOC0001;AE-2026-06;2026-06-01;2026-06-05;850,00;\n");
    REQUIRE(runCli(cli(db, {QStringLiteral("import"), QStringLiteral("accounts"), accounts}))
                .exitCode == 0);
    REQUIRE(
        runCli(cli(db, {QStringLiteral("import"), QStringLiteral("ledger"), ledger})).exitCode ==
        0);
    const QStringList debtorsArgs =
        cli(db, {QStringLiteral("debtors"), QStringLiteral("--json"), QStringLiteral("--as-of"),
                 QStringLiteral("2026-11-23")});
    const CliResult before = runCli(debtorsArgs);
    REQUIRE(before.exitCode == 0);
    REQUIRE(before.out.contains(QStringLiteral("LOC0001")));

    // 93 × 999 999 999 999 999,99 € overflows a 64-bit count of cents: the
    // sum wrapped around to a credit and the tenant vanished from the list.
    QByteArray huge = "account_ref;entry_ref;date;due_date;debit;credit\n";
    for (int i = 1; i <= 93; ++i)
        huge += "LOC0001;HUGE-" + QByteArray::number(i) +
                ";2026-06-01;2026-06-05;999 999 999 999 999,99;\n";
    const QString hugePath = tmp.filePath(QStringLiteral("huge.csv"));
    writeFile(hugePath, huge);
    const CliResult r =
        runCli(cli(db, {QStringLiteral("import"), QStringLiteral("ledger"), hugePath}));
    CHECK(r.exitCode == 1);
    const QStringList lines = stderrLines(r);
    REQUIRE(lines.size() == 94);
    CHECK(lines.first().startsWith(QStringLiteral("huge.csv:2: debit: “999 999 999 999 999,99” is "
                                                  "too large: an amount is at most ")));
    CHECK(lines.at(92).startsWith(QStringLiteral("huge.csv:94: debit: ")));
    CHECK(lines.last() == QStringLiteral("huge.csv: 93 errors, nothing was written"));

    const CliResult after = runCli(debtorsArgs);
    CHECK(after.exitCode == 0);
    CHECK(after.out == before.out);
}

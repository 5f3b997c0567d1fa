#include "ReportAgency.h"

#include "storage/AgencyRepository.h"

using namespace TestSupport;

namespace {

QByteArray accounts()
{
    return "ref,name,email,address1,postal_code,city,property,lease_type,payment_method,status,"
           "payment_plan,litigation,program\n"
           "LOC0001,Mme Alice Arnaud,,1 rue des Lilas,69003,Lyon,Lot 11 Les "
           "Lilas,residential,transfer,active,no,"
           "no,global\n"
           "LOC0002,M. Bruno Bernard,,2 rue des Lilas,69003,Lyon,Lot 12 Les "
           "Lilas,residential,transfer,active,no,"
           "no,global\n"
           "LOC0003,Mme Chloé Colin,,3 rue des Lilas,69003,Lyon,Lot 13 Les "
           "Lilas,residential,transfer,active,no,"
           "no,global\n"
           "LOC0004,M. David Durand,,4 rue des Lilas,69003,Lyon,Lot 14 Les "
           "Lilas,residential,transfer,active,no,"
           "no,global\n";
}

QByteArray ledger()
{
    QByteArray csv = "account_ref,entry_ref,date,due_date,label,debit,credit,kind,matches\n";
    const auto rent = [&](const char* ref, int month, const char* amount) {
        const QByteArray m = QByteArray::number(month).rightJustified(2, '0');
        csv += QByteArray(ref) + ",AE-" + ref + '-' + m + ",2026-" + m + "-01,2026-" + m +
               "-05,Loyer " + m + "/2026," + amount + ",,rent,\n";
    };
    rent("LOC0001", 11, "1013.50");
    for (int m = 9; m <= 11; ++m)
        rent("LOC0002", m, "800.00");
    for (int m = 3; m <= 11; ++m)
        rent("LOC0003", m, "500.00");
    for (int m = 9; m <= 11; ++m) {
        rent("LOC0004", m, "700.00");
        const QByteArray mm = QByteArray::number(m).rightJustified(2, '0');
        csv += "LOC0004,VIR-" + mm + ",2026-" + mm + "-03,,VIR-" + mm + ",,700.00,payment,\n";
    }
    return csv;
}

} // namespace

ReportAgency::ReportAgency()
{
    REQUIRE(cli({QStringLiteral("init")}).exitCode == 0);
    const QString a = dir.filePath(QStringLiteral("accounts.csv"));
    const QString l = dir.filePath(QStringLiteral("ledger.csv"));
    writeFile(a, accounts());
    writeFile(l, ledger());
    auto imported = cli({QStringLiteral("import"), QStringLiteral("accounts"), a});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    imported = cli({QStringLiteral("import"), QStringLiteral("ledger"), l});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    auto d = open();
    AgencyIdentity agency = *AgencyRepository(*d).load();
    agency.name = QStringLiteral("Agence du Parc");
    agency.address1 = QStringLiteral("12 place Bellecour");
    agency.postalCode = QStringLiteral("69002");
    agency.city = QStringLiteral("Lyon");
    agency.siret = QStringLiteral("73282932000074");
    REQUIRE(AgencyRepository(*d).save(agency).ok());
}

CliResult ReportAgency::cli(QStringList args, const QProcessEnvironment& env) const
{
    args.prepend(db);
    args.prepend(QStringLiteral("--db"));
    return runCli(args, {}, env);
}

std::unique_ptr<Database> ReportAgency::open() const
{
    auto d = Database::open(DatabaseConfig::sqlite(db), Database::OpenMode::ExistingOnly);
    REQUIRE(d.ok());
    return std::move(d).value();
}

// The recovery settings (GLI contract, deadlines turned off, CCAPEX and
// prescription switches, payment plans' grace days) kept in the database on
// SQLite and PostgreSQL, and carried by `config export` / `config import`
// under the rules of the Settings page.
#include "ConfigTestSupport.h"
#include "PostgresFixture.h"

#include "storage/Database.h"
#include "storage/RecoverySettingsRepository.h"

#include <QJsonDocument>

using namespace TestSupport;
using namespace ConfigTest;

namespace {

// An agency whose contracts differ from the defaults in every setting.
RecoverySettings agencyChoices()
{
    RecoverySettings s;
    s.gli.name = QStringLiteral("Contrat Loyers Sûrs n° 42");
    s.gli.noticeDays = 20;
    s.gli.claimDays = 90;
    s.disabled = {DeadlineKind::GliClaim, DeadlineKind::VisaleNotice};
    s.ccapexEnabled = false;
    s.prescriptionEnabled = false;
    s.graceDays = 30;
    return s;
}

void checkAgencyChoices(const RecoverySettings& s)
{
    CHECK(s.gli.name == QStringLiteral("Contrat Loyers Sûrs n° 42"));
    CHECK(s.gli.noticeDays == 20);
    CHECK(s.gli.claimDays == 90);
    CHECK(s.disabled == QSet<DeadlineKind>{DeadlineKind::GliClaim, DeadlineKind::VisaleNotice});
    CHECK_FALSE(s.enabled(DeadlineKind::GliClaim));
    CHECK(s.enabled(DeadlineKind::GliNotice));
    CHECK_FALSE(s.ccapexEnabled);
    CHECK_FALSE(s.prescriptionEnabled);
    CHECK(s.graceDays == 30);
}

void checkDefaults(const RecoverySettings& s)
{
    CHECK(s.gli.name == QStringLiteral("Contrat GLI"));
    CHECK(s.gli.noticeDays == 35);
    CHECK(s.gli.claimDays == 45);
    CHECK(s.disabled.isEmpty());
    CHECK(s.ccapexEnabled);
    CHECK(s.prescriptionEnabled);
    CHECK(s.graceDays == 15);
}

RecoverySettings loaded(const Database& db)
{
    auto s = RecoverySettingsRepository::load(db);
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
    return *s;
}

void save(const Database& db, const RecoverySettings& settings)
{
    REQUIRE(db.write([&](QSqlDatabase& conn) {
                  return RecoverySettingsRepository::saveIn(conn, settings);
              }).ok());
}

std::unique_ptr<Database> open(const DatabaseConfig& config)
{
    auto db = Database::open(config, Database::OpenMode::ExistingOnly);
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    return std::move(*db);
}

// The agency's choices stored, then read by another connection: what the
// next start of the application sees.
void checkRoundTrip(const DatabaseConfig& config)
{
    {
        auto db = open(config);
        checkDefaults(loaded(*db));
        save(*db, agencyChoices());
    }
    {
        auto db = open(config);
        checkAgencyChoices(loaded(*db));
        // Saving again replaces: every rule back on.
        RecoverySettings back = agencyChoices();
        back.disabled.clear();
        back.ccapexEnabled = true;
        save(*db, back);
    }
    auto db = open(config);
    CHECK(loaded(*db).disabled.isEmpty());
    CHECK(loaded(*db).ccapexEnabled);
    CHECK(loaded(*db).gli.claimDays == 90);
}

struct TwoAgencies
{
    QTemporaryDir dir;
    QString from = dir.filePath(QStringLiteral("from.sqlite"));
    QString to = dir.filePath(QStringLiteral("to.sqlite"));
    QString file = dir.filePath(QStringLiteral("config.json"));

    TwoAgencies()
    {
        makeDemo(from);
        makeDemo(to);
    }
};

} // namespace

TEST_CASE("Recovery settings saved in a SQLite file are read back as saved, defaults before")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("agency.sqlite"));
    createDatabase(dir, QStringLiteral("agency.sqlite"));
    checkRoundTrip(DatabaseConfig::sqlite(path));
}

TEST_CASE("Recovery settings saved in PostgreSQL are read back as saved, defaults before")
{
    PostgresFixture pg;
    pg.createDatabase(QStringLiteral("agency"));
    REQUIRE(Database::open(pg.config(QStringLiteral("agency"))).ok());
    checkRoundTrip(pg.config(QStringLiteral("agency")));
}

TEST_CASE("config export writes the recovery settings and config import into another database "
          "restores them")
{
    TwoAgencies a;
    save(*open(DatabaseConfig::sqlite(a.from)), agencyChoices());

    auto r = cli(a.from, {QStringLiteral("config"), QStringLiteral("export"), a.file});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject recovery = QJsonDocument::fromJson(readFile(a.file).toUtf8())
                                     .object()
                                     .value(QStringLiteral("recovery"))
                                     .toObject();
    CHECK(recovery ==
          QJsonObject{{QStringLiteral("gli_name"), QStringLiteral("Contrat Loyers Sûrs n° 42")},
                      {QStringLiteral("gli_notice_days"), 20},
                      {QStringLiteral("gli_claim_days"), 90},
                      {QStringLiteral("disabled"), QStringLiteral("visale_notice,gli_claim")},
                      {QStringLiteral("ccapex"), 0},
                      {QStringLiteral("prescription"), 0},
                      {QStringLiteral("grace_days"), 30}});

    checkDefaults(loaded(*open(DatabaseConfig::sqlite(a.to))));
    r = importFile(a.to, a.file);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    checkAgencyChoices(loaded(*open(DatabaseConfig::sqlite(a.to))));
    CHECK(exportObject(a.to).value(QStringLiteral("recovery")) == recovery);
}

TEST_CASE("config import takes only the recovery keys the file gives and keeps the others")
{
    TwoAgencies a;
    save(*open(DatabaseConfig::sqlite(a.to)), agencyChoices());
    QJsonObject root = exportObject(a.to);
    root.insert(QStringLiteral("recovery"), QJsonObject{{QStringLiteral("gli_claim_days"), 60}});
    writeJson(a.file, root);
    auto r = importFile(a.to, a.file);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    RecoverySettings expected = agencyChoices();
    expected.gli.claimDays = 60;
    const RecoverySettings s = loaded(*open(DatabaseConfig::sqlite(a.to)));
    CHECK(s.gli.claimDays == 60);
    CHECK(s.gli.noticeDays == 20);
    CHECK(s.gli.name == QStringLiteral("Contrat Loyers Sûrs n° 42"));
    CHECK(s.disabled == expected.disabled);
    CHECK(s.graceDays == 30);
}

TEST_CASE("config import refuses a bad recovery value, naming the field, and changes nothing")
{
    TwoAgencies a;
    save(*open(DatabaseConfig::sqlite(a.to)), agencyChoices());
    const QByteArray before = fingerprint(a.to);
    const QJsonObject exported = exportObject(a.from);

    const auto refused = [&](const char* key, const QJsonValue& value, const QString& message) {
        QJsonObject recovery = exported.value(QStringLiteral("recovery")).toObject();
        recovery.insert(QLatin1String(key), value);
        QJsonObject root = exported;
        root.insert(QStringLiteral("recovery"), recovery);
        writeJson(a.file, root);
        auto r = importFile(a.to, a.file);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(a.file + QStringLiteral(": recovery.") + QLatin1String(key) +
                             QStringLiteral(": ") + message));
        CHECK(r.err.contains(QStringLiteral("Nothing was imported.")));
        CHECK(fingerprint(a.to) == before);
    };
    refused("gli_notice_days", 0,
            QStringLiteral("The GLI formal notice delay must be from 1 to 365 days"));
    refused("gli_claim_days", 366,
            QStringLiteral("The GLI declaration delay must be from 1 to 365 days"));
    refused("gli_claim_days", QStringLiteral("45"),
            QStringLiteral("expected a whole number of days"));
    refused("grace_days", 91,
            QStringLiteral("The grace days of payment plans must be from 0 to 90 days"));
    refused("gli_name", QStringLiteral("  "), QStringLiteral("Enter the name of the GLI contract"));
    refused("gli_name", QString(101, u'x'),
            QStringLiteral("The name of the GLI contract is 101 characters long"));
    refused("disabled", QStringLiteral("gli_claim,visa_notice"),
            QStringLiteral("The deadlines turned off name “visa_notice”, which is no deadline"));
    refused("ccapex", 2, QStringLiteral("must be 0 or 1"));
    refused("grace", 15, QStringLiteral("unknown setting"));
}

TEST_CASE("A configuration exported by the first release still imports and keeps the recovery "
          "settings as they are")
{
    TwoAgencies a;
    save(*open(DatabaseConfig::sqlite(a.to)), agencyChoices());
    const QString old =
        sourcePath(QStringLiteral("tests/fixtures/schema1/expected/config.sqlite.json"));
    REQUIRE_FALSE(QJsonDocument::fromJson(readFile(old).toUtf8())
                      .object()
                      .contains(QStringLiteral("recovery")));
    auto r = importFile(a.to, old);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    checkAgencyChoices(loaded(*open(DatabaseConfig::sqlite(a.to))));
}

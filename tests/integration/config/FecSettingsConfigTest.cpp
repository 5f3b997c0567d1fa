// How the agency's FEC is read (Settings › Import: tenant prefixes, kind
// rules, due date) kept in the settings table, refused by the Settings
// page's rules when wrong, and carried by `config export` / `config import`
// all or nothing.
#include "ConfigTestSupport.h"

#include "import/FecSettings.h"
#include "import/FecSettingsSave.h"
#include "setup/SettingsSave.h"
#include "storage/Database.h"
#include "storage/RecoverySettingsRepository.h"
#include "storage/SettingsRepository.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace TestSupport;
using namespace ConfigTest;

namespace {

// An agency whose accounting program differs from the defaults everywhere:
// two tenant accounts, its own words, and the entry date as due date.
FecSettings agencyChoices()
{
    FecSettings s;
    s.tenantPrefixes = {QStringLiteral("4111"), QStringLiteral("4112")};
    FecKindRule journal;
    journal.field = FecKindRule::Field::Journal;
    journal.words = {QStringLiteral("BQ"), QStringLiteral("banque")};
    journal.side = FecKindRule::OnSide::Credit;
    journal.kind = EntryKind::Payment;
    FecKindRule costs;
    costs.words = {QStringLiteral("frais de relance")};
    costs.side = FecKindRule::OnSide::Debit;
    costs.kind = EntryKind::Fee;
    FecKindRule refund;
    refund.words = {QStringLiteral("remboursement")};
    refund.side = FecKindRule::OnSide::Credit;
    refund.kind = EntryKind::CreditNote;
    s.kindRules = {costs, journal, refund};
    s.dueDate = FecDueDate::EntryDate;
    return s;
}

std::unique_ptr<Database> open(const QString& path)
{
    auto db = Database::open(DatabaseConfig::sqlite(path), Database::OpenMode::ExistingOnly);
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    return std::move(*db);
}

FecSettings loaded(const Database& db)
{
    auto s = FecSettings::load(db);
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
    return *s;
}

std::optional<QString> storedText(const Database& db)
{
    std::optional<QString> value;
    REQUIRE(db.write([&](QSqlDatabase& conn) -> Status {
                  auto v = SettingsRepository::valueIn(conn, FecSettings::settingsKey());
                  if (!v)
                      return Status::failure(v.error());
                  value = *v;
                  return {};
              }).ok());
    return value;
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

TEST_CASE("FEC settings saved with the Settings page come back as saved, stored as compact JSON")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("agency.sqlite"));
    makeDemo(path);
    {
        auto db = open(path);
        CHECK(loaded(*db) == FecSettings::defaults());
        CHECK_FALSE(storedText(*db).has_value());
        AgencySettings all;
        auto recovery = RecoverySettingsRepository::load(*db);
        REQUIRE(recovery.ok());
        all.recovery = *recovery;
        all.fec = agencyChoices();
        // The page gives every tab; only the FEC part matters here.
        auto agencyWindow = SettingsRepository::envelopeWindow(*db);
        REQUIRE(agencyWindow.ok());
        all.window = *agencyWindow;
        Status s = SettingsSave::save(*db, all);
        INFO(s.error().toStdString());
        REQUIRE(s.ok());
    }
    auto db = open(path);
    CHECK(loaded(*db) == agencyChoices());
    const QString text = storedText(*db).value_or(QString());
    CHECK(text.startsWith(QStringLiteral("{\"due_date\":\"entry_date\"")));
    CHECK_FALSE(text.contains(u'\n'));
}

TEST_CASE("Saving a FEC rule with no word or a kind of the other side is refused, naming the rule, "
          "and nothing is saved")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("agency.sqlite"));
    makeDemo(path);
    auto db = open(path);
    REQUIRE(FecSettingsSave::save(*db, agencyChoices()).ok());

    FecSettings noWord = FecSettings::defaults();
    noWord.kindRules[1].words = {QStringLiteral("  "), QStringLiteral("-")};
    Status s = FecSettingsSave::save(*db, noWord);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error() ==
          QStringLiteral("Kind rule 2: give at least one word to look for in the label."));

    FecSettings wrongSide = FecSettings::defaults();
    wrongSide.kindRules[2].side = FecKindRule::OnSide::Debit; // « avoir » → credit note
    s = FecSettingsSave::save(*db, wrongSide);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().startsWith(
        QStringLiteral("Kind rule 3: « Credit note » is money received and cannot be given to "
                       "a debit")));

    FecSettings letters = FecSettings::defaults();
    letters.tenantPrefixes = {QStringLiteral("411"), QStringLiteral("41A")};
    s = FecSettingsSave::save(*db, letters);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("Tenant account prefixes: « 41A »")));

    FecSettings none = FecSettings::defaults();
    none.tenantPrefixes = {QStringLiteral(" ")};
    CHECK_FALSE(FecSettingsSave::save(*db, none).ok());

    CHECK(loaded(*db) == agencyChoices());
}

TEST_CASE("config export carries the FEC settings and config import restores them elsewhere")
{
    TwoAgencies a;
    REQUIRE(FecSettingsSave::save(*open(a.from), agencyChoices()).ok());

    auto r = cli(a.from, {QStringLiteral("config"), QStringLiteral("export"), a.file});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject fec = QJsonDocument::fromJson(readFile(a.file).toUtf8())
                                .object()
                                .value(QStringLiteral("import"))
                                .toObject()
                                .value(QStringLiteral("fec"))
                                .toObject();
    CHECK(fec.value(QStringLiteral("tenant_prefixes")) ==
          QJsonArray{QStringLiteral("4111"), QStringLiteral("4112")});
    CHECK(fec.value(QStringLiteral("due_date")) == QStringLiteral("entry_date"));
    CHECK(fec.value(QStringLiteral("kind_rules")).toArray().size() == 3);

    CHECK(loaded(*open(a.to)) == FecSettings::defaults());
    r = importFile(a.to, a.file);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(loaded(*open(a.to)) == agencyChoices());
    CHECK(exportObject(a.to)
              .value(QStringLiteral("import"))
              .toObject()
              .value(QStringLiteral("fec")) == fec);

    // The same file again is recognised as already there.
    const qint64 audits = auditRows(a.to);
    r = importFile(a.to, a.file);
    REQUIRE(r.exitCode == 0);
    CHECK(auditRows(a.to) == audits);
}

TEST_CASE("config import refuses a bad FEC rule with the Settings page's message and changes "
          "nothing")
{
    TwoAgencies a;
    REQUIRE(FecSettingsSave::save(*open(a.to), agencyChoices()).ok());
    const QByteArray before = fingerprint(a.to);
    const QJsonObject exported = exportObject(a.from);

    const auto refused = [&](const std::function<void(QJsonObject&)>& change, const QString& where,
                             const QString& message) {
        QJsonObject fec = exported.value(QStringLiteral("import"))
                              .toObject()
                              .value(QStringLiteral("fec"))
                              .toObject();
        change(fec);
        QJsonObject root = exported;
        // Other sections changed too: all or nothing.
        QJsonObject recovery = root.value(QStringLiteral("recovery")).toObject();
        recovery.insert(QStringLiteral("grace_days"), 42);
        root.insert(QStringLiteral("recovery"), recovery);
        root.insert(QStringLiteral("import"), QJsonObject{{QStringLiteral("fec"), fec}});
        writeJson(a.file, root);
        auto r = importFile(a.to, a.file);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(a.file + QStringLiteral(": import.fec") + where +
                             QStringLiteral(": ") + message));
        CHECK(r.err.contains(QStringLiteral("Nothing was imported.")));
        CHECK(fingerprint(a.to) == before);
    };
    const auto rule = [](QJsonObject& fec, int i, const char* key, const QJsonValue& value) {
        QJsonArray rules = fec.value(QStringLiteral("kind_rules")).toArray();
        QJsonObject r = rules.at(i).toObject();
        r.insert(QLatin1String(key), value);
        rules.replace(i, r);
        fec.insert(QStringLiteral("kind_rules"), rules);
    };
    refused([&](QJsonObject& fec) { rule(fec, 0, "words", QJsonArray{QStringLiteral(" ")}); },
            QStringLiteral(".kind_rules[0].words"),
            QStringLiteral("Kind rule 1: give at least one word to look for in the label"));
    refused([&](QJsonObject& fec) { rule(fec, 2, "kind", QStringLiteral("rent")); },
            QStringLiteral(".kind_rules[2].kind"),
            QStringLiteral("Kind rule 3: « Rent » is money owed and cannot be given to a credit"));
    refused([&](QJsonObject& fec) { rule(fec, 1, "kind", QStringLiteral("loyer")); }, QString(),
            QStringLiteral("FEC kind rule 2: unknown kind « loyer »"));
    refused(
        [](QJsonObject& fec) {
            fec.insert(QStringLiteral("tenant_prefixes"), QJsonArray{QStringLiteral("411 ")});
            fec.insert(QStringLiteral("tenant_prefixes"), QJsonArray{});
        },
        QStringLiteral(".tenant_prefixes"),
        QStringLiteral("Tenant account prefixes: give at least one"));
    refused(
        [](QJsonObject& fec) {
            fec.insert(QStringLiteral("due_date"), QStringLiteral("tomorrow"));
        },
        QString(), QStringLiteral("FEC due date: unknown value « tomorrow »"));
}

TEST_CASE("A configuration without import settings keeps the stored FEC settings")
{
    TwoAgencies a;
    REQUIRE(FecSettingsSave::save(*open(a.to), agencyChoices()).ok());
    QJsonObject root = exportObject(a.from);
    root.remove(QStringLiteral("import"));
    writeJson(a.file, root);
    auto r = importFile(a.to, a.file);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(loaded(*open(a.to)) == agencyChoices());
}

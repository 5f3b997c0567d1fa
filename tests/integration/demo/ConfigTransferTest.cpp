// relance-cli config export / import, as an agency moves its settings from
// one database to another.
#include "TestSupport.h"

#include "storage/AccountRepository.h"
#include "storage/LedgerRepository.h"
#include "storage/ProgramRepository.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace TestSupport;

namespace {

CliResult cli(const QString& db, const QStringList& args)
{
    return runCli(QStringList{QStringLiteral("--db"), db} + args);
}

QByteArray tinyPng()
{
    QImage image(4, 2, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// What an agency would have set up: its identity with a logo, the global
// program and a custom one with a fee, templates in two languages, its mail
// server.
QByteArray agencyConfig()
{
    QJsonObject agency{
        {QStringLiteral("name"), QStringLiteral("Agence du Parc")},
        {QStringLiteral("address1"), QStringLiteral("3 place Bellecour")},
        {QStringLiteral("postal_code"), QStringLiteral("69002")},
        {QStringLiteral("city"), QStringLiteral("Lyon")},
        {QStringLiteral("siret"), QStringLiteral("812 345 676 00017")},
        {QStringLiteral("professional_card"), QStringLiteral("CPI 6901 2026 000 012 345")},
        {QStringLiteral("logo"), QString::fromLatin1(tinyPng().toBase64())}};
    auto level = [](int position, const QString& name, int delay, const QString& recipients) {
        QJsonArray templates{
            QJsonObject{{QStringLiteral("name"), QStringLiteral("Standard")},
                        {QStringLiteral("language"), QStringLiteral("fr")},
                        {QStringLiteral("is_default"), 1},
                        {QStringLiteral("body"),
                         QStringLiteral(
                             "Madame, Monsieur,\nsauf erreur de notre part, {{reminder.overdue}} "
                             "restent dus.")},
                        {QStringLiteral("email_subject"), QStringLiteral("Loyer impayé")}},
            QJsonObject{{QStringLiteral("name"), QStringLiteral("Standard")},
                        {QStringLiteral("language"), QStringLiteral("en")},
                        {QStringLiteral("body"),
                         QStringLiteral("Dear tenant, {{reminder.overdue}} is due.")}}};
        return QJsonObject{{QStringLiteral("position"), position},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("delay_days"), delay},
                           {QStringLiteral("threshold"), 1000},
                           {QStringLiteral("recipients"), recipients},
                           {QStringLiteral("channels"), QStringLiteral("letter,email")},
                           {QStringLiteral("templates"), templates}};
    };
    QJsonArray programs{
        QJsonObject{
            {QStringLiteral("name"), QStringLiteral("Programme de l'agence")},
            {QStringLiteral("is_global"), 1},
            {QStringLiteral("levels"),
             QJsonArray{level(1, QStringLiteral("Première relance"), 5, QStringLiteral("tenant")),
                        level(2, QStringLiteral("Mise en demeure"), 30,
                              QStringLiteral("tenant,guarantor"))}}},
        QJsonObject{
            {QStringLiteral("name"), QStringLiteral("Commerces")},
            {QStringLiteral("is_global"), 0},
            {QStringLiteral("levels"), QJsonArray{level(1, QStringLiteral("Relance commerciale"),
                                                        10, QStringLiteral("tenant"))}}}};
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("relance-config")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("agency"), agency},
                     {QStringLiteral("programs"), programs},
                     {QStringLiteral("settings"),
                      QJsonObject{{QStringLiteral("smtp.host"), QStringLiteral("127.0.0.1")},
                                  {QStringLiteral("smtp.port"), QStringLiteral("2525")},
                                  {QStringLiteral("smtp.from_address"),
                                   QStringLiteral("relance@agence-du-parc.example")},
                                  {QStringLiteral("smtp.user"), QStringLiteral("agence")}}}};
    return QJsonDocument(root).toJson();
}

QList<qint64> levelIds(const QString& path)
{
    auto db = Database::open(DatabaseConfig::sqlite(path), Database::OpenMode::ExistingOnly);
    REQUIRE(db.ok());
    auto programs = ProgramRepository(**db).all();
    REQUIRE(programs.ok());
    QList<qint64> ids;
    for (const Program& p : *programs)
        for (const Level& l : p.levels)
            ids << l.id;
    return ids;
}

} // namespace

TEST_CASE("config export, import into another database, export again: the same JSON")
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.sqlite"));
    const QString second = dir.filePath(QStringLiteral("second.sqlite"));
    const QString input = dir.filePath(QStringLiteral("agency.json"));
    const QString exported = dir.filePath(QStringLiteral("exported.json"));
    writeFile(input, agencyConfig());

    REQUIRE(cli(first, {QStringLiteral("init")}).exitCode == 0);
    auto r = cli(first, {QStringLiteral("config"), QStringLiteral("import"), input});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    {
        // A password stored by an older version, or by hand: never exported.
        auto db = Database::open(DatabaseConfig::sqlite(first), Database::OpenMode::ExistingOnly);
        REQUIRE(db.ok());
        REQUIRE((*db)->setSetting(QStringLiteral("smtp.password"), QStringLiteral("hunter2")));
    }
    r = cli(first, {QStringLiteral("config"), QStringLiteral("export"), exported});
    REQUIRE(r.exitCode == 0);
    const QString json = readFile(exported);
    CHECK_FALSE(json.contains(QStringLiteral("hunter2")));
    CHECK_FALSE(json.contains(QStringLiteral("password"), Qt::CaseInsensitive));
    CHECK(json.contains(QStringLiteral("Mise en demeure")));
    CHECK(json.contains(QStringLiteral("CPI 6901 2026 000 012 345")));
    CHECK(json.contains(QString::fromLatin1(tinyPng().toBase64())));

    // Into a database that already holds a demo agency: the configuration
    // changes, the accounts and their ledgers do not.
    REQUIRE(cli(second, {QStringLiteral("demo"), QStringLiteral("--accounts"), QStringLiteral("20"),
                         QStringLiteral("--months"), QStringLiteral("3")})
                .exitCode == 0);
    qint64 accountsBefore = 0, entriesBefore = 0;
    {
        auto db = Database::open(DatabaseConfig::sqlite(second), Database::OpenMode::ExistingOnly);
        REQUIRE(db.ok());
        accountsBefore = *AccountRepository(**db).count();
        entriesBefore = *LedgerRepository(**db).count();
    }
    r = cli(second, {QStringLiteral("config"), QStringLiteral("import"), exported});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = cli(second, {QStringLiteral("config"), QStringLiteral("export")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out == json);
    {
        auto db = Database::open(DatabaseConfig::sqlite(second), Database::OpenMode::ExistingOnly);
        REQUIRE(db.ok());
        CHECK(*AccountRepository(**db).count() == accountsBefore);
        CHECK(*LedgerRepository(**db).count() == entriesBefore);
    }

    // Importing again changes nothing, and levels keep their ids (reminders
    // already issued point at them).
    const QList<qint64> ids = levelIds(second);
    CHECK(ids.size() == 3);
    REQUIRE(cli(second, {QStringLiteral("config"), QStringLiteral("import"), exported}).exitCode ==
            0);
    CHECK(levelIds(second) == ids);
    CHECK(cli(second, {QStringLiteral("config"), QStringLiteral("export")}).out == json);
}

TEST_CASE("config import refuses a broken file and says where, changing nothing")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("agency.sqlite"));
    const QString good = dir.filePath(QStringLiteral("good.json"));
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    const QString typo = dir.filePath(QStringLiteral("typo.json"));
    const QString secret = dir.filePath(QStringLiteral("secret.json"));
    REQUIRE(cli(db, {QStringLiteral("init")}).exitCode == 0);
    writeFile(good, agencyConfig());
    REQUIRE(cli(db, {QStringLiteral("config"), QStringLiteral("import"), good}).exitCode == 0);
    const QString before = cli(db, {QStringLiteral("config"), QStringLiteral("export")}).out;

    writeFile(broken, "{\n  \"format\": \"relance-config\",\n  \"version\": 1,,\n}\n");
    auto r = cli(db, {QStringLiteral("config"), QStringLiteral("import"), broken});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(broken));
    CHECK(r.err.contains(QStringLiteral("line 3")));

    QByteArray text = agencyConfig();
    text.replace("\"delay_days\"", "\"delay_dayz\"");
    writeFile(typo, text);
    r = cli(db, {QStringLiteral("config"), QStringLiteral("import"), typo});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("programs[0].levels[0].delay_dayz")));

    text = agencyConfig();
    text.replace("\"smtp.user\"", "\"smtp.password\"");
    writeFile(secret, text);
    r = cli(db, {QStringLiteral("config"), QStringLiteral("import"), secret});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("smtp.password")));
    // Core names no command: the same sentence reads right in the window.
    CHECK(r.err.contains(QStringLiteral("remove it, and give the password with the mail server "
                                        "settings")));

    CHECK(cli(db, {QStringLiteral("config"), QStringLiteral("export")}).out == before);
}

TEST_CASE("config import keeps a program that accounts follow, and takes only PNG pictures")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("agency.sqlite"));
    const QString good = dir.filePath(QStringLiteral("good.json"));
    const QString dropped = dir.filePath(QStringLiteral("dropped.json"));
    const QString jpeg = dir.filePath(QStringLiteral("jpeg.json"));
    REQUIRE(cli(db, {QStringLiteral("init")}).exitCode == 0);
    writeFile(good, agencyConfig());
    REQUIRE(cli(db, {QStringLiteral("config"), QStringLiteral("import"), good}).exitCode == 0);
    {
        auto opened = Database::open(DatabaseConfig::sqlite(db), Database::OpenMode::ExistingOnly);
        REQUIRE(opened.ok());
        Account shop;
        shop.ref = QStringLiteral("LOC0100");
        shop.name = QStringLiteral("SARL Fleuriste Martin");
        shop.leaseType = LeaseType::Commercial;
        shop.programMode = ProgramMode::Custom;
        shop.programName = QStringLiteral("Commerces");
        auto saved = AccountRepository(**opened).save(shop);
        INFO(saved.error().toStdString());
        REQUIRE(saved.ok());
    }
    const QString before = cli(db, {QStringLiteral("config"), QStringLiteral("export")}).out;

    QJsonObject root = QJsonDocument::fromJson(agencyConfig()).object();
    QJsonArray programs = root.value(QStringLiteral("programs")).toArray();
    programs.removeLast(); // "Commerces"
    root.insert(QStringLiteral("programs"), programs);
    writeFile(dropped, QJsonDocument(root).toJson());
    auto r = cli(db, {QStringLiteral("config"), QStringLiteral("import"), dropped});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("Commerces")));

    root = QJsonDocument::fromJson(agencyConfig()).object();
    QJsonObject agency = root.value(QStringLiteral("agency")).toObject();
    agency.insert(QStringLiteral("logo"),
                  QString::fromLatin1(QByteArray("\xff\xd8\xff\xe0 not a png").toBase64()));
    root.insert(QStringLiteral("agency"), agency);
    writeFile(jpeg, QJsonDocument(root).toJson());
    r = cli(db, {QStringLiteral("config"), QStringLiteral("import"), jpeg});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("agency.logo")));

    CHECK(cli(db, {QStringLiteral("config"), QStringLiteral("export")}).out == before);
}

// `event add|list|cancel` end to end on a real SQLite file: what the case
// file keeps, the JSON of the spec, the litigation flag, and refusals that
// record nothing.
#include "TestSupport.h"

#include "storage/AccountRepository.h"
#include "storage/CaseEventRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace TestSupport;

namespace {

struct Agency
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("agency.sqlite"));

    Agency()
    {
        REQUIRE(cli({QStringLiteral("init")}).exitCode == 0);
        auto demo = cli({QStringLiteral("demo"), QStringLiteral("--accounts"), QStringLiteral("5"),
                         QStringLiteral("--as-of"), QStringLiteral("2026-11-23")});
        INFO(demo.err.toStdString());
        REQUIRE(demo.exitCode == 0);
    }
    CliResult cli(QStringList args) const
    {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return runCli(args);
    }
    QJsonObject list(const char* ref) const
    {
        auto r = cli({QStringLiteral("event"), QStringLiteral("list"), QString::fromLatin1(ref),
                      QStringLiteral("--json")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    std::unique_ptr<Database> open() const
    {
        auto d = Database::open(DatabaseConfig::sqlite(db), Database::OpenMode::ExistingOnly);
        REQUIRE(d.ok());
        return std::move(d).value();
    }
};

} // namespace

TEST_CASE("event add records events that event list gives back by date with every key, and "
          "keeps the PDF")
{
    Agency a;
    const QString pdf = a.dir.filePath(QStringLiteral("recu-caf.pdf"));
    const QByteArray bytes = QByteArrayLiteral("%PDF-1.4\n% a CAF receipt\n%%EOF\n");
    writeFile(pdf, bytes);

    auto later = a.cli({QStringLiteral("event"), QStringLiteral("add"), QStringLiteral("LOC0002"),
                        QStringLiteral("caf_reported"), QStringLiteral("2026-11-15"),
                        QStringLiteral("--note"), QStringLiteral("Déclaré en ligne"),
                        QStringLiteral("--file"), pdf});
    INFO(later.err.toStdString());
    REQUIRE(later.exitCode == 0);
    CHECK(later.out.trimmed() == QStringLiteral("1"));
    auto earlier = a.cli({QStringLiteral("event"), QStringLiteral("add"), QStringLiteral("LOC0002"),
                          QStringLiteral("note"), QStringLiteral("2026-11-02")});
    REQUIRE(earlier.exitCode == 0);
    CHECK(earlier.out.trimmed() == QStringLiteral("2"));

    // The user is who ran relance-cli: RELANCE_USER, else the login name.
    const QString user = Database::currentUserName();
    const QJsonObject expected =
        QJsonDocument::fromJson(QStringLiteral(R"({"ref": "LOC0002", "events": [
        {"id": 2, "kind": "note", "date": "2026-11-02", "note": "", "user": "%1",
         "document": null, "cancelled": false},
        {"id": 1, "kind": "caf_reported", "date": "2026-11-15", "note": "Déclaré en ligne",
         "user": "%1", "document": "recu-caf.pdf", "cancelled": false}]})")
                                    .arg(user)
                                    .toUtf8())
            .object();
    const QJsonObject listed = a.list("LOC0002");
    INFO(QJsonDocument(listed).toJson().toStdString());
    CHECK(listed == expected);
    // Another account's file is its own.
    CHECK(a.list("LOC0001")[QStringLiteral("events")].toArray().isEmpty());

    auto db = a.open();
    auto stored = CaseEventRepository(*db).byId(1);
    REQUIRE(stored.ok());
    CHECK(stored->document == bytes);
}

TEST_CASE("A commandement served puts the account in litigation; cancelling it keeps the event "
          "and the flag")
{
    Agency a;
    {
        auto db = a.open();
        REQUIRE_FALSE(AccountRepository(*db).byRef(QStringLiteral("LOC0003"))->litigation);
    }
    auto added = a.cli({QStringLiteral("event"), QStringLiteral("add"), QStringLiteral("LOC0003"),
                        QStringLiteral("commandement_served"), QStringLiteral("2026-11-20")});
    REQUIRE(added.exitCode == 0);
    CHECK(added.err.contains(QStringLiteral("LOC0003 is now in litigation")));
    {
        auto db = a.open();
        CHECK(AccountRepository(*db).byRef(QStringLiteral("LOC0003"))->litigation);
    }

    const QString id = added.out.trimmed();
    auto cancelled = a.cli({QStringLiteral("event"), QStringLiteral("cancel"), id});
    INFO(cancelled.err.toStdString());
    REQUIRE(cancelled.exitCode == 0);
    const QJsonArray events = a.list("LOC0003")[QStringLiteral("events")].toArray();
    REQUIRE(events.size() == 1);
    CHECK(events[0][QStringLiteral("cancelled")].toBool());
    {
        auto db = a.open();
        CHECK(AccountRepository(*db).byRef(QStringLiteral("LOC0003"))->litigation);
    }
    // Twice is refused, and says by whom it was.
    auto again = a.cli({QStringLiteral("event"), QStringLiteral("cancel"), id});
    CHECK(again.exitCode == 1);
    CHECK(
        again.err.contains(QStringLiteral("already cancelled by ") + Database::currentUserName()));
}

TEST_CASE("event add refuses an unknown account, kind or date, and a document that is no PDF, "
          "recording nothing")
{
    Agency a;
    const QString notPdf = a.dir.filePath(QStringLiteral("scan.png"));
    writeFile(notPdf, QByteArrayLiteral("\x89PNG\r\n\x1a\n"));
    struct Case
    {
        QStringList args;
        int exitCode;
        const char* says;
    };
    const QList<Case> cases = {
        {{QStringLiteral("LOC9999"), QStringLiteral("note"), QStringLiteral("2026-11-20")},
         1,
         "LOC9999"},
        {{QStringLiteral("LOC0001"), QStringLiteral("huissier"), QStringLiteral("2026-11-20")},
         2,
         "not a kind of event"},
        {{QStringLiteral("LOC0001"), QStringLiteral("note"), QStringLiteral("2026-02-30")},
         2,
         "not a date"},
        {{QStringLiteral("LOC0001"), QStringLiteral("caf_reported"), QStringLiteral("2026-11-20"),
          QStringLiteral("--file"), notPdf},
         1,
         "not a PDF"},
    };
    for (const Case& c : cases) {
        QStringList args{QStringLiteral("event"), QStringLiteral("add")};
        args << c.args;
        auto r = a.cli(args);
        INFO(args.join(u' ').toStdString() + ": " + r.err.toStdString());
        CHECK(r.exitCode == c.exitCode);
        CHECK(r.err.contains(QString::fromLatin1(c.says)));
    }
    CHECK(a.list("LOC0001")[QStringLiteral("events")].toArray().isEmpty());
    auto unknown = a.cli({QStringLiteral("event"), QStringLiteral("cancel"), QStringLiteral("7")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("no event number 7")));
}

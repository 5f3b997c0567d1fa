// `config import` holds a file to the rules the screens enforce: one case per
// rule, each refusing with the file and the JSON path and leaving the
// database exactly as it was.
#include "ConfigTestSupport.h"

#include "letters/TemplateEngine.h"
#include "storage/ProgramRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace TestSupport;
using namespace ConfigTest;

namespace {

struct Agency
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("agency.sqlite"));
    QString file = dir.filePath(QStringLiteral("config.json"));
    QJsonObject exported;
    QByteArray before;

    Agency()
    {
        makeDemo(db);
        exported = exportObject(db);
        before = fingerprint(db);
    }

    // Imports the export with the value at `dotted` replaced (removed when
    // undefined); returns what the command said.
    CliResult importWith(const QString& dotted, const QJsonValue& value)
    {
        return importRoot(setAt(exported, path(dotted), value).toObject());
    }
    CliResult importRoot(const QJsonObject& root)
    {
        writeJson(file, root);
        return importFile(db, file);
    }
};

// Refused with exit 1, naming the file and `where`, with no SQL in sight, and
// nothing written.
void checkRefused(Agency& a, const CliResult& r, const QString& where)
{
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(a.file + QStringLiteral(": ") + where));
    CHECK(r.err.contains(QStringLiteral("Nothing was imported.")));
    CHECK_FALSE(r.err.contains(QStringLiteral("constraint"), Qt::CaseInsensitive));
    CHECK_FALSE(r.err.contains(QStringLiteral("refused a request")));
    CHECK(fingerprint(a.db) == a.before);
}

QString nested(int depth)
{
    QString text = QStringLiteral("<p>");
    for (int i = 0; i < depth; ++i)
        text += QStringLiteral("{{#account.address2}}");
    text += QStringLiteral("x");
    for (int i = 0; i < depth; ++i)
        text += QStringLiteral("{{/account.address2}}");
    return text + QStringLiteral("</p>");
}

} // namespace

TEST_CASE("config import refuses a template with a Mustache error, naming where it is")
{
    Agency a;
    const QString body = QStringLiteral("programs.0.levels.0.templates.0.body");
    checkRefused(a, a.importWith(body, QStringLiteral("<p>{{#account.ref}}Bonjour</p>")),
                 QStringLiteral("programs[0].levels[0].templates[0].body: In the letter body, "
                                "line 1, column 4: the section « account.ref » is never closed"));
    checkRefused(a, a.importWith(body, QStringLiteral("<p>{{account.nom}}</p>")),
                 QStringLiteral("programs[0].levels[0].templates[0].body"));
    // An empty body would print a blank letter and count it as issued.
    checkRefused(a, a.importWith(body, QString()),
                 QStringLiteral("programs[0].levels[0].templates[0].body"));
}

TEST_CASE("config import refuses a template nested 1000 sections deep, or larger than 256 KB")
{
    Agency a;
    const QString body = QStringLiteral("programs.0.levels.0.templates.0.body");
    checkRefused(a, a.importWith(body, nested(1000)),
                 QStringLiteral("programs[0].levels[0].templates[0].body: In the letter body, "
                                "line 1, column 424: sections are nested more than 20 deep"));
    checkRefused(a,
                 a.importWith(body, QString(QStringLiteral("<p>") + QString(300 * 1024, u'a') +
                                            QStringLiteral("</p>"))),
                 QStringLiteral("programs[0].levels[0].templates[0].body: In the letter body, "
                                "line 1, column 1: the text is 301 KB long; a template holds at "
                                "most 256 KB"));
    // The same bounds hold wherever a template is checked (editor, save).
    CHECK_FALSE(TemplateEngine::check(nested(20), TemplateEngine::Part::LetterBody));
    CHECK(TemplateEngine::check(nested(21), TemplateEngine::Part::LetterBody));
}

TEST_CASE("config import never removes or demotes the global program")
{
    Agency a;
    checkRefused(a, a.importWith(QStringLiteral("programs"), QJsonValue::Undefined),
                 QStringLiteral("programs: the file has no programs"));
    checkRefused(a, a.importWith(QStringLiteral("programs"), QJsonArray()),
                 QStringLiteral("programs: exactly one program must be the global program"));
    checkRefused(a, a.importWith(QStringLiteral("programs.0.is_global"), 0),
                 QStringLiteral("programs: exactly one program must be the global program "
                                "(\"is_global\": 1), the one every account follows by default; "
                                "the file has 0."));
    checkRefused(a, a.importWith(QStringLiteral("programs.0.levels"), QJsonArray()),
                 QStringLiteral("programs[0].levels: the global program needs at least one "
                                "level"));
    auto db = Database::open(DatabaseConfig::sqlite(a.db), Database::OpenMode::ExistingOnly);
    REQUIRE(db.ok());
    auto global = ProgramRepository(**db).global();
    REQUIRE(global.ok());
    CHECK(global->levels.size() == 4);
}

TEST_CASE("config import checks every level value as the level dialog does")
{
    Agency a;
    const QString level = QStringLiteral("programs.0.levels.1.");
    const QString at = QStringLiteral("programs[0].levels[1].");
    // An unknown word would drop every exclusion: tenants in litigation
    // would get letters.
    checkRefused(a, a.importWith(level + QStringLiteral("exclusions"), QStringLiteral("foo")),
                 at + QStringLiteral("exclusions: “foo” is not an exclusion"));
    checkRefused(a, a.importWith(level + QStringLiteral("fee_amount"), -500),
                 at + QStringLiteral("fee_amount: must be an amount in cents"));
    checkRefused(a, a.importWith(level + QStringLiteral("delay_days"), -1),
                 at + QStringLiteral("delay_days: must be a whole number of days from 0 to 3650"));
    checkRefused(a, a.importWith(level + QStringLiteral("delay_days"), QStringLiteral("ten")),
                 at + QStringLiteral("delay_days: must be a whole number of days"));
    checkRefused(a, a.importWith(level + QStringLiteral("threshold"), 1e300),
                 at + QStringLiteral("threshold: must be an amount in cents"));
    checkRefused(a, a.importWith(level + QStringLiteral("payment_deadline_days"), -8),
                 at + QStringLiteral("payment_deadline_days"));
    checkRefused(a, a.importWith(level + QStringLiteral("channels"), QStringLiteral("fax")),
                 at + QStringLiteral("channels: must be letter, email or letter,email"));
    checkRefused(a, a.importWith(level + QStringLiteral("recipients"), QStringLiteral("bailiff")),
                 at + QStringLiteral("recipients"));
    checkRefused(a, a.importWith(level + QStringLiteral("recipients"), QString()),
                 at + QStringLiteral("recipients: Choose who receives it"));
    // Values the database's own checks used to refuse with raw SQL.
    checkRefused(a, a.importWith(level + QStringLiteral("automation_day"), 0),
                 at + QStringLiteral("automation_day"));
    checkRefused(a, a.importWith(level + QStringLiteral("name"), QJsonValue::Null),
                 at + QStringLiteral("name: expected text"));
    checkRefused(a,
                 a.importWith(QStringLiteral("programs.0.levels.0.templates.0.language"),
                              QStringLiteral("de")),
                 QStringLiteral("programs[0].levels[0].templates[0].language: must be fr or en"));
    checkRefused(a, a.importWith(level + QStringLiteral("repeat_every_days"), 30),
                 at + QStringLiteral("repeat_every_days: "));
    // Two levels one cannot tell apart in a list (same name but for case and
    // spaces), as the level dialog refuses them.
    const QString first = a.exported[QStringLiteral("programs")][0][QStringLiteral("levels")][0]
                                    [QStringLiteral("name")]
                                        .toString();
    REQUIRE_FALSE(first.isEmpty());
    checkRefused(a, a.importWith(level + QStringLiteral("name"), QString(u' ' + first.toUpper())),
                 at + QStringLiteral("name: Another level of this program is already called"));
}

TEST_CASE("config import refuses line breaks in one-line settings, with their path")
{
    Agency a;
    checkRefused(a,
                 a.importWith(QStringLiteral("agency.name"), QStringLiteral("Agence\u2028du Parc")),
                 QStringLiteral("agency.name: must hold on one line"));
    checkRefused(
        a,
        a.importWith(QStringLiteral("agency.address1"), QStringLiteral("3 place\u0085Bellecour")),
        QStringLiteral("agency.address1: must hold on one line"));
    checkRefused(a,
                 a.importWith(QStringLiteral("programs.0.levels.0.name"),
                              QStringLiteral("Relance\r\nBcc: x@example.org")),
                 QStringLiteral("programs[0].levels[0].name: must hold on one line"));
    checkRefused(a,
                 a.importWith(QStringLiteral("programs.0.levels.0.templates.0.email_subject"),
                              QStringLiteral("Loyer\u2029impayé")),
                 QStringLiteral("programs[0].levels[0].templates[0].email_subject"));
    QJsonObject root = a.exported;
    QJsonObject smtp{{QStringLiteral("smtp.host"), QStringLiteral("127.0.0.1")},
                     {QStringLiteral("smtp.from_address"), QStringLiteral("relance@parc.example")},
                     {QStringLiteral("smtp.from_name"), QStringLiteral("Agence\rBcc: x")}};
    root.insert(QStringLiteral("settings"), smtp);
    checkRefused(a, a.importRoot(root),
                 QStringLiteral("settings.smtp.from_name: must hold on one line"));
    // The mail settings are judged by SmtpSettings::problems, as `smtp set` is.
    smtp.insert(QStringLiteral("smtp.from_name"), QStringLiteral("Agence du Parc"));
    smtp.insert(QStringLiteral("smtp.reply_to"), QStringLiteral("not an address"));
    root.insert(QStringLiteral("settings"), smtp);
    checkRefused(a, a.importRoot(root),
                 QStringLiteral("settings: The reply-to address “not an address” is not a valid "
                                "e-mail address."));
}

TEST_CASE("config import refuses a device or an oversized file before reading it")
{
    Agency a;
    // /dev/zero never ends: reading it whole would eat the memory.
    CliResult r = importFile(a.db, QStringLiteral("/dev/zero"));
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("/dev/zero is not a regular file")));

    const QString big = a.dir.filePath(QStringLiteral("big.json"));
    QFile file(big);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.resize(17 * 1024 * 1024));
    file.close();
    r = importFile(a.db, big);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(big + QStringLiteral(" is 17 MB: a configuration file is at most 16 MB")));
    CHECK(fingerprint(a.db) == a.before);
}

TEST_CASE("config import of the configuration already in place writes nothing, not even an "
          "audit row")
{
    Agency a;
    writeFile(a.file, exportJson(a.db));
    const qint64 audits = auditRows(a.db);
    const CliResult r = importFile(a.db, a.file);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.contains(QStringLiteral("holds the configuration already in place: nothing was "
                                        "changed")));
    CHECK(auditRows(a.db) == audits);
    CHECK(fingerprint(a.db) == a.before);

    // A real change is written, and audited once.
    const CliResult changed =
        a.importWith(QStringLiteral("agency.name"), QStringLiteral("Agence du Parc"));
    REQUIRE(changed.exitCode == 0);
    CHECK(auditRows(a.db) == audits + 1);
}

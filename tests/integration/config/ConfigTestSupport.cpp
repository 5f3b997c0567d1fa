#include "ConfigTestSupport.h"

#include "letters/TemplateEngine.h"
#include "reminders/LevelValidator.h"
#include "setup/ConfigExport.h"
#include "storage/ProgramRepository.h"
#include "storage/TemplateRepository.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace TestSupport;

namespace ConfigTest {

namespace {
std::unique_ptr<Database> openExisting(const QString& path)
{
    auto db = Database::open(DatabaseConfig::sqlite(path), Database::OpenMode::ExistingOnly);
    REQUIRE(db.ok());
    return std::move(*db);
}
} // namespace

CliResult cli(const QString& db, const QStringList& args)
{
    return runCli(QStringList{QStringLiteral("--db"), db} + args);
}

CliResult importFile(const QString& db, const QString& file)
{
    return cli(db, {QStringLiteral("config"), QStringLiteral("import"), file});
}

void makeDemo(const QString& path)
{
    const CliResult r =
        cli(path, {QStringLiteral("demo"), QStringLiteral("--accounts"), QStringLiteral("6"),
                   QStringLiteral("--months"), QStringLiteral("2")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

QByteArray exportJson(const QString& db)
{
    auto opened = openExisting(db);
    auto json = ConfigExport(*opened).exportJson();
    REQUIRE(json.ok());
    return *json;
}

QJsonObject exportObject(const QString& db)
{
    return QJsonDocument::fromJson(exportJson(db)).object();
}

QByteArray fingerprint(const QString& db)
{
    auto opened = openExisting(db);
    auto json = ConfigExport(*opened).exportJson();
    REQUIRE(json.ok());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlDatabase conn = opened->connection();
    for (const QString& table : conn.tables()) {
        QSqlQuery q(conn);
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY 1")));
        hash.addData(table.toUtf8());
        while (q.next()) {
            const QSqlRecord r = q.record();
            for (int i = 0; i < r.count(); ++i) {
                hash.addData(r.value(i).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f"));
            }
            hash.addData(QByteArrayView("\x1e"));
        }
    }
    return *json + "\n" + hash.result().toHex();
}

qint64 auditRows(const QString& db)
{
    auto opened = openExisting(db);
    QSqlQuery q(opened->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log")));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QStringList storedProblems(const QString& db)
{
    auto opened = openExisting(db);
    QStringList problems;
    auto programs = ProgramRepository(*opened).all();
    REQUIRE(programs.ok());
    int globals = 0;
    for (const Program& p : *programs) {
        globals += p.isGlobal ? 1 : 0;
        if (p.isGlobal && p.levels.isEmpty())
            problems << QStringLiteral("the global program has no level");
        for (qsizetype i = 0; i < p.levels.size(); ++i) {
            QStringList others;
            for (qsizetype j = 0; j < p.levels.size(); ++j)
                if (j != i)
                    others << p.levels.at(j).name.trimmed();
            for (const auto& problem :
                 LevelValidator(others, i == p.levels.size() - 1).check(p.levels.at(i)))
                problems << p.levels.at(i).name + QStringLiteral(": ") + problem.message;
        }
    }
    if (globals != 1)
        problems << QStringLiteral("%1 global programs").arg(globals);
    auto templates = TemplateRepository(*opened).all();
    REQUIRE(templates.ok());
    for (const LetterTemplate& t : *templates)
        if (Status s = TemplateEngine::validate(t); !s)
            problems << s.error();
    return problems;
}

void writeJson(const QString& path, const QJsonObject& root)
{
    writeFile(path, QJsonDocument(root).toJson());
}

QJsonValue setAt(const QJsonValue& root, const JsonPath& path, const QJsonValue& value,
                 qsizetype from)
{
    if (from == path.size())
        return value;
    const QVariant& step = path.at(from);
    if (step.typeId() == QMetaType::Int) {
        QJsonArray list = root.toArray();
        const int i = step.toInt();
        if (from + 1 == path.size() && value.isUndefined())
            list.removeAt(i);
        else
            list[i] = setAt(list.at(i), path, value, from + 1);
        return list;
    }
    QJsonObject o = root.toObject();
    const QString key = step.toString();
    if (from + 1 == path.size() && value.isUndefined())
        o.remove(key);
    else
        o.insert(key, setAt(o.value(key), path, value, from + 1));
    return o;
}

JsonPath path(const QString& dotted)
{
    JsonPath out;
    for (const QString& part : dotted.split(u'.')) {
        bool isIndex = false;
        const int i = part.toInt(&isIndex);
        out << (isIndex ? QVariant(i) : QVariant(part));
    }
    return out;
}

} // namespace ConfigTest

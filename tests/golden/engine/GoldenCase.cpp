#include "GoldenCase.h"

#include "TestSupport.h"

#include "ledger/Account.h"
#include "reminders/ReminderRecord.h"
#include "reminders/RunRecord.h"
#include "storage/AccountRepository.h"
#include "storage/PositionLoader.h"
#include "storage/ProgramRepository.h"
#include "storage/ReminderRepository.h"
#include "storage/RunRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace TestSupport;

namespace GoldenCase {

namespace {

QString caseFile(const QString& name, const QString& file)
{
    return QDir(casesDir()).filePath(name + u'/' + file);
}

bool commandAvailable(const QString& words)
{
    static const QString help = runCli({QStringLiteral("--help")}).out;
    return help.contains(QStringLiteral("  ") + words + u' ');
}

// Amounts are written as strings ("15.00"): a JSON number is a double, and
// money never goes through one.
Money money(const QJsonValue& v)
{
    INFO("amount " << QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).toStdString());
    REQUIRE(v.isString());
    const auto parsed = Money::parse(v.toString());
    REQUIRE(parsed.has_value());
    return *parsed;
}

std::optional<int> optionalInt(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    return v.toInt();
}

void applyLevel(Level& l, const QJsonObject& o)
{
    auto has = [&o](const char* k) {
        return o.contains(QLatin1String(k));
    };
    auto val = [&o](const char* k) {
        return o.value(QLatin1String(k));
    };
    if (has("name"))
        l.name = val("name").toString();
    if (has("delay_days"))
        l.delayDays = val("delay_days").toInt();
    if (has("min_gap_days"))
        l.minGapDays = optionalInt(val("min_gap_days"));
    if (has("threshold"))
        l.threshold = money(val("threshold"));
    if (has("exclusions")) {
        QStringList keys;
        for (const QJsonValue& e : val("exclusions").toArray())
            keys.append(e.toString());
        l.exclusions = LevelKeys::exclusionsFromKeys(keys.join(u','));
    }
    auto list = [&](const char* k) {
        QStringList keys;
        for (const QJsonValue& e : val(k).toArray())
            keys.append(e.toString());
        return keys.join(u',');
    };
    if (has("recipients"))
        REQUIRE(LevelKeys::recipientsFromKeys(list("recipients"), &l.toTenant, &l.toGuarantor));
    if (has("channels"))
        REQUIRE(LevelKeys::channelsFromKeys(list("channels"), &l.byLetter, &l.byEmail));
    if (has("payment_deadline_days"))
        l.paymentDeadlineDays = val("payment_deadline_days").toInt();
    if (has("registered"))
        l.registered = val("registered").toBool();
    if (has("fee_amount"))
        l.feeAmount = money(val("fee_amount"));
    if (has("fee_supplier_account"))
        l.feeSupplierAccount = val("fee_supplier_account").toString();
    if (has("fee_expense_account"))
        l.feeExpenseAccount = val("fee_expense_account").toString();
    if (has("fee_auto_validate"))
        l.feeAutoValidate = val("fee_auto_validate").toBool();
    if (has("automation_enabled"))
        l.automationEnabled = val("automation_enabled").toBool();
    if (has("automation_order"))
        l.automationOrder = val("automation_order").toInt();
    if (has("automation_day"))
        l.automationDay = val("automation_day").toInt();
    if (has("repeat_every_days"))
        l.repeatEveryDays = optionalInt(val("repeat_every_days"));
    if (has("repeat_max"))
        l.repeatMax = optionalInt(val("repeat_max"));
}

QList<Level> levelsFrom(const QJsonArray& array)
{
    QList<Level> levels;
    int position = 1;
    for (const QJsonValue& v : array) {
        Level l;
        l.position = position++;
        applyLevel(l, v.toObject());
        levels.append(l);
    }
    return levels;
}

// config.json: {"settings": {key: value}, "global_levels": [level, …] (replaces
// the default levels), "level_overrides": {"2": {field: value}} (changes some
// fields of the global program's levels), "custom_programs": [{"name": …,
// "levels": [level, …]}]}. Level fields are the schema's column names.
void applyConfig(Database& db, const QJsonObject& config)
{
    const QJsonObject settings = config.value(QLatin1String("settings")).toObject();
    for (auto it = settings.begin(); it != settings.end(); ++it)
        REQUIRE(db.setSetting(it.key(), it.value().toVariant().toString()).ok());

    ProgramRepository programs(db);
    auto global = programs.global();
    REQUIRE(global.ok());
    Program g = *global;
    if (config.contains(QLatin1String("global_levels"))) {
        g.levels = levelsFrom(config.value(QLatin1String("global_levels")).toArray());
    }
    const QJsonObject overrides = config.value(QLatin1String("level_overrides")).toObject();
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        const int position = it.key().toInt();
        for (Level& l : g.levels)
            if (l.position == position)
                applyLevel(l, it.value().toObject());
    }
    auto saved = programs.save(g);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());

    for (const QJsonValue& v : config.value(QLatin1String("custom_programs")).toArray()) {
        Program p;
        p.name = v.toObject().value(QLatin1String("name")).toString();
        p.levels = levelsFrom(v.toObject().value(QLatin1String("levels")).toArray());
        auto id = programs.save(p);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
    }
}

// history.csv (ref,date,level[,repeat[,registered[,recipients]]]): reminders
// issued before the case starts, recorded as a run would record them;
// `registered` 1 for a level that goes by registered letter, `recipients`
// `tenant` (default), `guarantor` or `tenant+guarantor`.
void applyHistory(Database& db, const QString& path)
{
    const QStringList lines = readFile(path).split(u'\n', Qt::SkipEmptyParts);
    AccountRepository accounts(db);
    PositionLoader loader(db);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList f = lines.at(i).trimmed().split(u',');
        REQUIRE(f.size() >= 3);
        auto account = accounts.byRef(f.at(0));
        INFO(account.error().toStdString());
        REQUIRE(account.ok());
        const QDate date = QDate::fromString(f.at(1), Qt::ISODate);
        REQUIRE(date.isValid());
        auto position = loader.position(account->id, date);
        REQUIRE(position.ok());
        Status s = db.write([&](QSqlDatabase& conn) {
            RunRecord run;
            run.asOf = date;
            run.userName = QStringLiteral("golden");
            auto runId = RunRepository::insertIn(conn, run);
            if (!runId)
                return Status::failure(runId.error());
            ReminderRecord r;
            r.runId = *runId;
            r.accountId = account->id;
            r.levelPosition = f.at(2).toInt();
            r.levelName = QStringLiteral("level %1").arg(r.levelPosition);
            r.repeat = f.size() > 3 ? f.at(3).toInt() : 0;
            r.date = date;
            r.episodeStart = position->episodeStart;
            r.overdue = position->overdue;
            r.balance = position->balance;
            r.oldestDueDate = position->oldestDueDate;
            r.registered = f.size() > 4 && f.at(4).trimmed() == QLatin1String("1");
            r.recipients = f.size() > 5 && !f.at(5).trimmed().isEmpty()
                               ? f.at(5).trimmed().split(u'+')
                               : QStringList{QStringLiteral("tenant")};
            r.channels = {QStringLiteral("letter")};
            r.userName = QStringLiteral("golden");
            auto id = ReminderRepository::insertIn(conn, r);
            return id ? Status() : Status::failure(id.error());
        });
        INFO(s.error().toStdString());
        REQUIRE(s.ok());
    }
}

QString pretty(const QJsonDocument& d)
{
    return QString::fromUtf8(d.toJson(QJsonDocument::Indented));
}

} // namespace

QString casesDir()
{
    return QStringLiteral(RELANCE_TESTS_DIR "/golden/engine/cases");
}

QStringList caseNames()
{
    return QDir(casesDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

void run(const QString& name)
{
    const bool update = qEnvironmentVariableIntValue("RELANCE_GOLDEN_UPDATE") == 1;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString dbPath = dir.filePath(QStringLiteral("relance.sqlite"));
    const QStringList dbArgs{QStringLiteral("--db"), dbPath};

    auto init = runCli(QStringList{QStringLiteral("init")} + dbArgs);
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    {
        auto db = Database::open(DatabaseConfig::sqlite(dbPath));
        REQUIRE(db.ok());
        const QString config = caseFile(name, QStringLiteral("config.json"));
        if (QFile::exists(config)) {
            QJsonParseError error;
            const auto doc = QJsonDocument::fromJson(readFile(config).toUtf8(), &error);
            INFO(error.errorString().toStdString());
            REQUIRE(doc.isObject());
            applyConfig(**db, doc.object());
        }
    }
    for (const QString& kind : {QStringLiteral("accounts"), QStringLiteral("ledger")}) {
        const QString file = caseFile(name, kind + QStringLiteral(".csv"));
        if (!QFile::exists(file))
            continue;
        auto r = runCli(QStringList{QStringLiteral("import"), kind, file} + dbArgs);
        INFO("import " << kind.toStdString() << ": " << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    if (QFile::exists(caseFile(name, QStringLiteral("history.csv")))) {
        auto db = Database::open(DatabaseConfig::sqlite(dbPath));
        REQUIRE(db.ok());
        applyHistory(**db, caseFile(name, QStringLiteral("history.csv")));
    }

    const QStringList steps =
        readFile(caseFile(name, QStringLiteral("steps"))).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(!steps.isEmpty());
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    int number = 0;
    for (const QString& line : steps) {
        if (line.trimmed().startsWith(u'#'))
            continue;
        ++number;
        QStringList args = line.split(u' ', Qt::SkipEmptyParts);
        const QString command = args.first();
        // "plan 2026-11-23" is short for "plan --as-of 2026-11-23 --json".
        if (args.size() > 1 && date.match(args.at(1)).hasMatch())
            args.insert(1, command == QLatin1String("run-due") ? QStringLiteral("--today")
                                                               : QStringLiteral("--as-of"));
        if ((command == QLatin1String("plan") || command == QLatin1String("debtors") ||
             command == QLatin1String("history") || command == QLatin1String("deadlines")) &&
            !args.contains(QStringLiteral("--json")))
            args.append(QStringLiteral("--json"));
        // A case names a command relance-cli must have: a missing one is a
        // failure, never a skipped step.
        INFO("case " << name.toStdString() << ", step " << number);
        REQUIRE(commandAvailable(command));
        const QString stem =
            QStringLiteral("expected/%1-%2").arg(number, 2, 10, QChar(u'0')).arg(command);
        const CliResult r = runCli(args + dbArgs);
        INFO("case " << name.toStdString() << ", step " << number << ": " << line.toStdString()
                     << "\nstderr: " << r.err.toStdString());

        const QString exitFile = caseFile(name, stem + QStringLiteral(".exit"));
        const int expectedExit = QFile::exists(exitFile) ? readFile(exitFile).trimmed().toInt() : 0;
        CHECK(r.exitCode == expectedExit);

        const QString jsonFile = caseFile(name, stem + QStringLiteral(".json"));
        if (!args.contains(QStringLiteral("--json")))
            continue;
        QJsonParseError error;
        const QJsonDocument actual = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        INFO("stdout: " << r.out.toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        if (!QFile::exists(jsonFile)) {
            if (update) {
                writeFile(jsonFile, r.out.toUtf8());
                continue;
            }
            FAIL("missing " << jsonFile.toStdString()
                            << " (RELANCE_GOLDEN_UPDATE=1 writes it from this output)");
        }
        const QJsonDocument expected = QJsonDocument::fromJson(readFile(jsonFile).toUtf8());
        if (expected != actual && update) {
            writeFile(jsonFile, r.out.toUtf8());
            continue;
        }
        INFO("expected " << jsonFile.toStdString() << ":\n"
                         << pretty(expected).toStdString() << "\nactual:\n"
                         << pretty(actual).toStdString());
        CHECK(expected == actual);
    }
}

} // namespace GoldenCase

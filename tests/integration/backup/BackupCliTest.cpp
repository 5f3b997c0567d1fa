// relance-cli backup and restore on database files: a backup made while
// another process writes opens and is whole; a restored backup says what the
// original said; restore never writes over a database nor takes a file that
// is not a Relance database.
#include "TestSupport.h"

#include "storage/Schema.h"
#include "storage/SqliteBackup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace TestSupport;

namespace {

CliResult cli(const QString& db, QStringList args)
{
    args.prepend(db);
    args.prepend(QStringLiteral("--db"));
    return runCli(args);
}

void makeDemo(const QString& db, int accounts)
{
    auto r = cli(db, {QStringLiteral("demo"), QStringLiteral("--accounts"),
                      QString::number(accounts), QStringLiteral("--months"), QStringLiteral("12"),
                      QStringLiteral("--as-of"), QStringLiteral("2026-11-23")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

// What a user reads of an agency: its debtors, its history, its settings.
QStringList agencyOutputs(const QString& db)
{
    QStringList outputs;
    for (const QStringList& args :
         {QStringList{QStringLiteral("debtors"), QStringLiteral("--as-of"),
                      QStringLiteral("2026-12-01"), QStringLiteral("--json")},
          QStringList{QStringLiteral("history"), QStringLiteral("--json")},
          QStringList{QStringLiteral("config"), QStringLiteral("export")}}) {
        auto r = cli(db, args);
        INFO(args.join(u' ').toStdString() + ": " + r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        outputs << r.out;
    }
    return outputs;
}

// Rows of the audit log, read with SQLite's own tool so that nothing of
// this process keeps the file open.
qint64 auditRows(const QString& db)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {db, QStringLiteral("SELECT count(*) FROM audit_log")});
    REQUIRE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed().toLongLong();
}

// Another program writing to the database until the file `stop` appears (at
// most two minutes): one small transaction after another, as a run or the
// desktop application does.
QProcess* startWriter(const QString& db, const QString& stop, QObject* parent)
{
    auto* p = new QProcess(parent);
    const QString script = QString::fromLatin1(R"py(
import os, sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], timeout=30, isolation_level=None)
end = time.time() + 120
n = 0
while time.time() < end and not os.path.exists(sys.argv[2]):
    db.execute('BEGIN IMMEDIATE')
    for i in range(50):
        db.execute("INSERT INTO audit_log (at, user_name, action, entity, entity_ref, details) "
                   "VALUES (datetime('now'), 'writer', 'test', 'writer', ?, ?)",
                   (str(n), 'x' * 200))
        n += 1
    db.execute('COMMIT')
print(n)
)py");
    // Debian's interpreter (TECH-NOTES: another python3 may come first on PATH).
    p->start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, db, stop});
    REQUIRE(p->waitForStarted());
    return p;
}

QByteArray bytes(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("A backup made while other processes write opens and passes the integrity check")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("agency.sqlite"));
    makeDemo(db, 300);
    const qint64 before = auditRows(db);

    QObject owner;
    const QString stop = dir.filePath(QStringLiteral("stop-writing"));
    QProcess* writer = startWriter(db, stop, &owner);
    // A run of the same agency at the same time (letters, reminders, e-mails).
    QProcess run;
    run.start(QStringLiteral(RELANCE_CLI_PATH),
              {QStringLiteral("--db"), db, QStringLiteral("run"), QStringLiteral("--force"),
               QStringLiteral("--as-of"), QStringLiteral("2026-12-01"), QStringLiteral("--out"),
               dir.filePath(QStringLiteral("letters"))});
    REQUIRE(run.waitForStarted());

    QStringList backups;
    while (writer->state() != QProcess::NotRunning && backups.size() < 4) {
        const QString copy =
            dir.filePath(QStringLiteral("backup-%1.sqlite").arg(backups.size() + 1));
        auto r = cli(db, {QStringLiteral("backup"), copy});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(r.err.contains(QStringLiteral("written to")));
        backups << copy;
    }
    const bool writerStillRunning = writer->state() != QProcess::NotRunning;
    writeFile(stop, "done");
    REQUIRE(writer->waitForFinished(60000));
    REQUIRE(run.waitForFinished(120000));
    INFO(QString::fromUtf8(run.readAllStandardError()).toStdString());
    CHECK(run.exitCode() == 0);
    CHECK(writer->exitCode() == 0);
    const qint64 written =
        QString::fromUtf8(writer->readAllStandardOutput()).trimmed().toLongLong();
    // The backups really overlapped the writing.
    CHECK(writerStillRunning);
    REQUIRE(backups.size() >= 2);
    CHECK(written > 0);

    qint64 previous = before;
    for (const QString& copy : std::as_const(backups)) {
        INFO(copy.toStdString());
        // One file, no WAL beside it, whole.
        CHECK_FALSE(QFileInfo::exists(copy + QStringLiteral("-wal")));
        CHECK_FALSE(QFileInfo::exists(copy + QStringLiteral(".part")));
        Status whole = SqliteBackup::integrityCheck(copy);
        INFO(whole.error().toStdString());
        CHECK(whole.ok());
        // It opens in Relance, and holds a moment of the writer's work:
        // whole transactions of 50 rows, more in each later copy.
        auto r = cli(copy, {QStringLiteral("debtors"), QStringLiteral("--as-of"),
                            QStringLiteral("2026-12-01"), QStringLiteral("--json")});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        const qint64 rows = auditRows(copy);
        CHECK(rows >= previous);
        previous = rows;
    }
    CHECK(auditRows(db) >= previous);
}

TEST_CASE("A restored backup gives the same debtors, history and configuration")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("agency.sqlite"));
    makeDemo(db, 80);
    auto run = cli(db, {QStringLiteral("run"), QStringLiteral("--force"), QStringLiteral("--as-of"),
                        QStringLiteral("2026-12-01"), QStringLiteral("--out"),
                        dir.filePath(QStringLiteral("letters"))});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QStringList original = agencyOutputs(db);
    REQUIRE(original.at(1).contains(QStringLiteral("\"ref\"")));

    const QString copy = dir.filePath(QStringLiteral("agency-backup.sqlite"));
    REQUIRE(cli(db, {QStringLiteral("backup"), copy}).exitCode == 0);
    const QString restored = dir.filePath(QStringLiteral("restored.sqlite"));
    auto r = cli(restored, {QStringLiteral("restore"), copy});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.trimmed() == QStringLiteral("schema version %1").arg(Schema::currentVersion()));
    CHECK(agencyOutputs(restored) == original);

    // A second backup to the same name is refused and leaves the first one.
    const QByteArray firstBackup = bytes(copy);
    auto again = cli(db, {QStringLiteral("backup"), copy});
    CHECK(again.exitCode == 4);
    CHECK(again.err.contains(QStringLiteral("already exists")));
    CHECK(bytes(copy) == firstBackup);
}

TEST_CASE("Restore refuses an existing database, a file that is not Relance's and a newer schema")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("agency.sqlite"));
    makeDemo(db, 20);
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(cli(db, {QStringLiteral("backup"), copy}).exitCode == 0);

    SECTION("over an existing database")
    {
        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        makeDemo(other, 5);
        const QString before =
            cli(other, {QStringLiteral("debtors"), QStringLiteral("--json")}).out;
        auto r = cli(other, {QStringLiteral("restore"), copy});
        CHECK(r.exitCode == 4);
        CHECK(r.err.contains(QStringLiteral("already exists")));
        CHECK(r.err.contains(QStringLiteral("new database file")));
        CHECK(cli(other, {QStringLiteral("debtors"), QStringLiteral("--json")}).out == before);
    }
    SECTION("a text file, another program's SQLite database, a newer Relance")
    {
        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        writeFile(text, "loyers impayés\n");
        const QString foreign = dir.filePath(QStringLiteral("foreign.sqlite"));
        {
            QProcess p;
            p.start(QStringLiteral("sqlite3"),
                    {foreign, QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY)")});
            REQUIRE(p.waitForFinished(30000));
        }
        const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
        REQUIRE(QFile::copy(copy, newer));
        {
            QProcess p;
            p.start(QStringLiteral("sqlite3"),
                    {newer, QStringLiteral("UPDATE meta SET value = '99' WHERE key = "
                                           "'schema_version'")});
            REQUIRE(p.waitForFinished(30000));
        }
        for (const auto& [source, says] :
             {std::pair{text, QStringLiteral("not an SQLite file")},
              std::pair{foreign, QStringLiteral("no Relance schema version")},
              std::pair{newer, QStringLiteral("newer version of Relance")}}) {
            const QString target = dir.filePath(QStringLiteral("new.sqlite"));
            auto r = cli(target, {QStringLiteral("restore"), source});
            INFO(r.err.toStdString());
            CHECK(r.exitCode == 4);
            CHECK(r.err.contains(says));
            CHECK(r.err.contains(QStringLiteral("nothing was restored")));
            CHECK_FALSE(QFileInfo::exists(target));
            CHECK_FALSE(QFileInfo::exists(target + QStringLiteral(".part")));
        }
    }
}

TEST_CASE("A backup made by the first release is restored and upgraded, the backup untouched")
{
    QTemporaryDir dir;
    const QString fixture = sourcePath(QStringLiteral("tests/fixtures/schema1/agency.sqlite"));
    const QString copy = dir.filePath(QStringLiteral("release1.sqlite"));
    REQUIRE(QFile::copy(fixture, copy));
    const QByteArray before = bytes(copy);
    const QString restored = dir.filePath(QStringLiteral("restored.sqlite"));
    auto r = runCli({QStringLiteral("--db"), restored, QStringLiteral("restore"), copy});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.contains(QStringLiteral("older version (schema 1)")));
    CHECK(r.out.trimmed() == QStringLiteral("schema version %1").arg(Schema::currentVersion()));
    CHECK(bytes(copy) == before);
    auto debtors = cli(restored, {QStringLiteral("debtors"), QStringLiteral("--as-of"),
                                  QStringLiteral("2026-12-05"), QStringLiteral("--json")});
    CHECK(debtors.exitCode == 0);
    CHECK(QJsonDocument::fromJson(debtors.out.toUtf8())
              .object()
              .value(QStringLiteral("debtors"))
              .toArray()
              .size() > 0);
}

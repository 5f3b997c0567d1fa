#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/Schema.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace TestSupport;

namespace {
QByteArray fileHash(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

TEST_CASE("A new database gets the whole schema, and opening it again changes nothing")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("agency.sqlite"));
    {
        auto db = Database::open(DatabaseConfig::sqlite(path));
        REQUIRE(db.ok());
        CHECK(db.value()->wasCreated());
        CHECK(db.value()->schemaVersion() == Schema::currentVersion());
        const QStringList tables = db.value()->connection().tables();
        for (const char* t : {"agency", "accounts", "guarantors", "ledger_entries", "programs",
                              "levels", "templates", "runs", "reminders", "letters", "fee_invoices",
                              "outbox", "settings", "audit_log"})
            CHECK(tables.contains(QString::fromLatin1(t)));
        auto q = db.value()->exec(QStringLiteral("PRAGMA journal_mode"));
        REQUIRE(q.ok());
        REQUIRE(q->next());
        CHECK(q->value(0).toString() == QStringLiteral("wal"));
        auto fk = db.value()->exec(QStringLiteral("PRAGMA foreign_keys"));
        REQUIRE(fk->next());
        CHECK(fk->value(0).toInt() == 1);
    }
    auto again = Database::open(DatabaseConfig::sqlite(path));
    REQUIRE(again.ok());
    CHECK_FALSE(again.value()->wasCreated());
    CHECK(again.value()->backupPath().isEmpty());
}

TEST_CASE("A file that is not a database is refused and left untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    writeFile(path, "Loyer de juin : payé\n");
    const QByteArray before = fileHash(path);
    auto db = Database::open(DatabaseConfig::sqlite(path));
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().contains(QStringLiteral("not a Relance database")));
    CHECK(db.error().contains(path));
    CHECK(fileHash(path) == before);
}

TEST_CASE("A database written by a newer Relance is refused and left untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        auto db = createDatabase(dir, QStringLiteral("future.sqlite"));
        REQUIRE(
            db->exec(QStringLiteral("UPDATE meta SET value = '999' WHERE key = 'schema_version'"))
                .ok());
    }
    const QByteArray before = fileHash(path);
    auto db = Database::open(DatabaseConfig::sqlite(path));
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().contains(QStringLiteral("newer version")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("A locked database gives a clear message and is not changed")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE x (a INTEGER)")));
        REQUIRE(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO x VALUES (1)")));

        DatabaseConfig config = DatabaseConfig::sqlite(path);
        config.busyTimeoutMs = 200;
        auto db = Database::open(config);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().contains(QStringLiteral("locked")));
        q.exec(QStringLiteral("ROLLBACK"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
}

TEST_CASE("A missing database is not created when only an existing one is wanted")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
    auto db = Database::open(DatabaseConfig::sqlite(path), Database::OpenMode::ExistingOnly);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().contains(QStringLiteral("relance-cli init")));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("A failed change rolls back entirely")
{
    QTemporaryDir dir;
    auto db = createDatabase(dir);
    Status s = db->write([](QSqlDatabase& conn) -> Status {
        auto a =
            Database::exec(conn, QStringLiteral("INSERT INTO accounts (ref, name) VALUES (?, ?)"),
                           {QStringLiteral("LOC0001"), QStringLiteral("Mme Durand")});
        REQUIRE(a.ok());
        return Status::failure(QStringLiteral("stop"));
    });
    CHECK_FALSE(s.ok());
    auto q = db->exec(QStringLiteral("SELECT count(*) FROM accounts"));
    REQUIRE(q->next());
    CHECK(q->value(0).toInt() == 0);
}

TEST_CASE("relance-cli init creates the database and prints the schema version")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cli.sqlite"));
    auto r = runCli({QStringLiteral("--db"), path, QStringLiteral("init")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QString::number(Schema::currentVersion())));
    auto again = runCli({QStringLiteral("init"), QStringLiteral("--db"), path});
    CHECK(again.exitCode == 0);
    writeFile(dir.filePath(QStringLiteral("bad.sqlite")), "not a database");
    auto bad = runCli({QStringLiteral("init"), QStringLiteral("--db"),
                       dir.filePath(QStringLiteral("bad.sqlite"))});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("bad.sqlite")));
}

TEST_CASE("A PostgreSQL connection string is read whole and shown without its password")
{
    const DatabaseConfig c = DatabaseConfig::fromString(QStringLiteral(
        "postgresql://marie:p%40ss%2Fw%25rd@pgserver.agence.local:5433/agence%20lyon"));
    CHECK(c.kind == DatabaseConfig::Kind::PostgreSQL);
    CHECK(c.host == QStringLiteral("pgserver.agence.local"));
    CHECK(c.port == 5433);
    CHECK(c.user == QStringLiteral("marie"));
    CHECK(c.password == QStringLiteral("p@ss/w%rd"));
    CHECK(c.databaseName == QStringLiteral("agence lyon"));
    CHECK(c.displayName() ==
          QStringLiteral("postgresql://marie@pgserver.agence.local:5433/agence lyon"));

    const DatabaseConfig d = DatabaseConfig::fromString(QStringLiteral("postgres:///relance"));
    CHECK(d.kind == DatabaseConfig::Kind::PostgreSQL);
    CHECK(d.host == QStringLiteral("localhost"));
    CHECK(d.port == 5432);
    CHECK(d.password.isEmpty());
    CHECK(DatabaseConfig::fromString(QStringLiteral("/home/a/relance.sqlite")).kind ==
          DatabaseConfig::Kind::SQLite);
}

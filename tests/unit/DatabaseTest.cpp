#include "ProcLocks.h"
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/ThreadConnectionRelease.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <stdexcept>
#include <thread>

#include <unistd.h>

using namespace TestSupport;

namespace {
QByteArray fileHash(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
// What a user without administrator rights reads when opening `path`: as
// root (CI containers) permissions do not apply, so relance-cli is run as
// "nobody"; otherwise the database is opened here.
QString openingErrorAsUser(const QString& path)
{
    if (::getuid() != 0) {
        auto db = Database::open(DatabaseConfig::sqlite(path), Database::OpenMode::ExistingOnly);
        return db.ok() ? QString() : db.error();
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), QStringLiteral("/tmp"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("setpriv"),
            {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
             QStringLiteral("--clear-groups"), QStringLiteral(RELANCE_CLI_PATH),
             QStringLiteral("--db"), path, QStringLiteral("debtors")});
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitCode() != 0);
    return QString::fromUtf8(p.readAllStandardError());
}

// A Relance database of several pages, closed (no WAL left).
void createBiggerDatabase(const QTemporaryDir& dir, const QString& name)
{
    auto db = createDatabase(dir, name);
    REQUIRE(db->write([](QSqlDatabase& conn) -> Status {
                  for (int i = 0; i < 400; ++i) {
                      auto r = Database::exec(
                          conn, QStringLiteral("INSERT INTO accounts (ref, name) VALUES (?, ?)"),
                          {QStringLiteral("LOC%1").arg(i, 4, 10, QLatin1Char('0')),
                           QStringLiteral("Locataire numéro %1, résidence des Tilleuls").arg(i)});
                      if (!r)
                          return Status::failure(r.error());
                  }
                  return {};
              }).ok());
}

} // namespace

TEST_CASE("A database in a folder the user may not write to is not called « not a Relance "
          "database »: the message says what to do")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("readonly"));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("relance.sqlite"));
    createDatabase(dir, QStringLiteral("readonly/relance.sqlite")).reset();
    QFile::setPermissions(dir.path(),
                          QFile::permissions(dir.path()) | QFile::ReadOther | QFile::ExeOther);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther |
                                      QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
    const QByteArray before = fileHash(path);
    const QString error = openingErrorAsUser(path);
    QFile::setPermissions(folder, QFile::permissions(folder) | QFile::WriteOwner);
    CHECK_FALSE(error.contains(QStringLiteral("not a Relance database")));
    CHECK(error.contains(QStringLiteral("you may not write in its folder")));
    CHECK(error.contains(QStringLiteral("relance.sqlite-wal and relance.sqlite-shm")));
    CHECK(error.contains(QStringLiteral("Copy the database to a folder where you may save files")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("A read-only database file says it is read-only")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("shared"));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("relance.sqlite"));
    createDatabase(dir, QStringLiteral("shared/relance.sqlite")).reset();
    QFile::setPermissions(dir.path(),
                          QFile::permissions(dir.path()) | QFile::ReadOther | QFile::ExeOther);
    // Anyone may write in the folder, nobody but its owner in the file.
    QFile::setPermissions(folder, QFileDevice::Permissions(0x7777));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    const QString error = openingErrorAsUser(path);
    QFile::setPermissions(path, QFile::permissions(path) | QFile::WriteOwner);
    CHECK_FALSE(error.contains(QStringLiteral("not a Relance database")));
    CHECK(error.contains(QStringLiteral("is read-only: Relance records every change in it")));
}

TEST_CASE("Another program's SQLite database is named as such and left untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("places.sqlite"));
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("firefox"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE moz_places (id INTEGER, url TEXT)")));
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE moz_bookmarks (id INTEGER)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("firefox"));
    const QByteArray before = fileHash(path);
    auto db = Database::open(DatabaseConfig::sqlite(path));
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().contains(
        QStringLiteral("is a database of another program (its tables: moz_bookmarks, "
                       "moz_places), not a Relance database")));
    CHECK(db.error().contains(QStringLiteral("Relance did not touch it and will not")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("An empty database another program has marked as its own is not taken over")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("marked"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        REQUIRE(QSqlQuery(other).exec(QStringLiteral("PRAGMA user_version = 7")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("marked"));
    const QByteArray before = fileHash(path);
    auto db = Database::open(DatabaseConfig::sqlite(path));
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().contains(QStringLiteral("is an SQLite database of another program")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("A database cut short is found at open, and the message names the automatic copy "
          "and how to restore it")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("relance.sqlite"));
    createBiggerDatabase(dir, QStringLiteral("relance.sqlite"));
    REQUIRE_FALSE(QFile::exists(path + QLatin1String("-wal")));
    QFile file(path);
    const qint64 size = file.size();
    REQUIRE(size > 8 * 4096);
    REQUIRE(file.resize(size / 2));

    auto noCopy = Database::open(DatabaseConfig::sqlite(path));
    REQUIRE_FALSE(noCopy.ok());
    CHECK(noCopy.error().contains(QStringLiteral("is damaged (the file is shorter than it says")));
    CHECK(noCopy.error().contains(QStringLiteral("Relance did not change it")));
    CHECK(noCopy.error().contains(QStringLiteral("There is no automatic copy next to it")));

    // The copies an upgrade leaves: the newest is named.
    writeFile(path + QLatin1String(".v1-20260101-090000.bak"), "older");
    const QString newest = path + QLatin1String(".v2-20261101-090000.bak");
    writeFile(newest, "newer");
    {
        QFile copy(newest);
        REQUIRE(copy.open(QIODevice::ReadWrite));
        REQUIRE(copy.setFileTime(QDateTime::currentDateTime().addSecs(60),
                                 QFileDevice::FileModificationTime));
    }
    auto withCopy = Database::open(DatabaseConfig::sqlite(path));
    REQUIRE_FALSE(withCopy.ok());
    INFO(withCopy.error().toStdString());
    CHECK(withCopy.error().contains(QStringLiteral("Its newest automatic copy is %1").arg(newest)));
    CHECK(withCopy.error().contains(
        QStringLiteral("move the damaged file aside with its relance.sqlite-wal and "
                       "relance.sqlite-shm files, then copy %1 to %2")
            .arg(newest, path)));
}

TEST_CASE("A database whose first page is damaged is called damaged, not « not a Relance "
          "database »")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("relance.sqlite"));
    createBiggerDatabase(dir, QStringLiteral("relance.sqlite"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(100); // past the header: the list of tables
        file.write(QByteArray(3000, 'Z'));
    }
    auto db = Database::open(DatabaseConfig::sqlite(path));
    REQUIRE_FALSE(db.ok());
    CHECK_FALSE(db.error().contains(QStringLiteral("not a Relance database")));
    CHECK(db.error().contains(QStringLiteral("The database %1 is damaged").arg(path)));
    CHECK(db.error().contains(QStringLiteral("There is no automatic copy next to it")));
}

TEST_CASE("Opening the database again in the same process keeps the first connection's locks")
{
    QTemporaryDir dir;
    auto first = createDatabase(dir);
    const QString path = first->config().path;
    REQUIRE(first->setSetting(QStringLiteral("probe"), QStringLiteral("1")).ok());
    REQUIRE(posixLocksHeldOn(path) > 0);
    {
        // The window opening the file it already has open, for example.
        auto second = Database::open(DatabaseConfig::sqlite(path));
        REQUIRE(second.ok());
    }
    CHECK(posixLocksHeldOn(path) > 0);
    // Another process closing its connection must not believe it was the last.
    auto cli = runCli({QStringLiteral("--db"), path, QStringLiteral("debtors")});
    CHECK(cli.exitCode == 0);
    CHECK(QFile::exists(path + QLatin1String("-wal")));
    CHECK(first->setSetting(QStringLiteral("probe"), QStringLiteral("2")).ok());
}

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
    // Core names no command (the window shows it too); relance-cli adds how
    // to create one (ErrorKindTest).
    CHECK(db.kind() == ErrorKind::NotFound);
    CHECK(db.error().contains(QStringLiteral("does not exist. Check the path")));
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

TEST_CASE("A PostgreSQL connection string passes libpq's TLS and time-out options on")
{
    const DatabaseConfig c = DatabaseConfig::fromString(QStringLiteral(
        "postgresql://marie@pg.agence.fr/relance?sslmode=verify-full&sslrootcert=%2Fetc%2Fssl%"
        "2Fagence-ca.pem&connect_timeout=5&application_name=relance-accueil&options=ignored"));
    CHECK(c.sslMode == QStringLiteral("verify-full"));
    CHECK(c.sslRootCert == QStringLiteral("/etc/ssl/agence-ca.pem"));
    CHECK(c.connectTimeoutSeconds == 5);
    CHECK(c.applicationName == QStringLiteral("relance-accueil"));
    CHECK(c.postgresConnectOptions() ==
          QStringLiteral("connect_timeout=5;sslmode=verify-full;sslrootcert=/etc/ssl/"
                         "agence-ca.pem;application_name=relance-accueil"));
    CHECK_FALSE(c.mayBeUnencrypted());
    CHECK_FALSE(c.isLocalServer());
    // What the application remembers opens the same server the same way.
    const DatabaseConfig again = DatabaseConfig::fromString(c.displayName());
    CHECK(again.sslMode == c.sslMode);
    CHECK(again.sslRootCert == c.sslRootCert);
    CHECK(again.connectTimeoutSeconds == 5);
    CHECK(again.applicationName == c.applicationName);

    // Without options: our 10 s time-out, and a remote server may be in clear text.
    const DatabaseConfig plain =
        DatabaseConfig::fromString(QStringLiteral("postgresql://marie@pg.agence.fr/relance"));
    CHECK(plain.postgresConnectOptions() == QStringLiteral("connect_timeout=10"));
    CHECK(plain.mayBeUnencrypted());
    CHECK(plain.displayName() == QStringLiteral("postgresql://marie@pg.agence.fr:5432/relance"));
    for (const char* mode : {"disable", "allow", "prefer"})
        CHECK(DatabaseConfig::fromString(QStringLiteral("postgresql://m@pg/r?sslmode=") +
                                         QLatin1String(mode))
                  .mayBeUnencrypted());
    CHECK_FALSE(DatabaseConfig::fromString(QStringLiteral("postgresql://m@pg/r?sslmode=require"))
                    .mayBeUnencrypted());
    CHECK(DatabaseConfig::fromString(QStringLiteral("postgresql://m@127.0.0.1/r")).isLocalServer());
    CHECK(DatabaseConfig::fromString(QStringLiteral("postgresql://m@localhost/r")).isLocalServer());

    // A value libpq would read as two options is not passed on.
    const DatabaseConfig odd = DatabaseConfig::fromString(
        QStringLiteral("postgresql://m@pg/r?application_name=a%3Bsslmode%3Ddisable"));
    CHECK(odd.postgresConnectOptions() == QStringLiteral("connect_timeout=10"));
}

TEST_CASE("A worker thread that stops half-way with an exception leaves no database connection "
          "behind")
{
    QTemporaryDir dir;
    auto db = createDatabase(dir);
    const QStringList before = QSqlDatabase::connectionNames();
    bool opened = false;
    bool stopped = false;
    // Catch's macros are not for other threads: the worker only notes.
    std::thread worker([&] {
        try {
            const ThreadConnectionRelease release(*db);
            auto accounts = db->exec(QStringLiteral("SELECT count(*) FROM accounts"));
            opened = accounts.ok() && QSqlDatabase::connectionNames().size() == before.size() + 1;
            throw std::runtime_error("the work stopped half-way");
        } catch (const std::runtime_error&) {
            stopped = true;
        }
    });
    worker.join();
    CHECK(opened);
    CHECK(stopped);
    // Its connection went with it: none belongs to a thread that is gone.
    CHECK(QSqlDatabase::connectionNames() == before);
}

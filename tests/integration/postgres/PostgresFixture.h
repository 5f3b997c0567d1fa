#pragma once

#include "storage/DatabaseConfig.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A throwaway PostgreSQL server for one test: initdb into a temporary folder,
// a server listening only on 127.0.0.1 on a free port (and on a socket in
// that folder), stopped and removed by the destructor.
//
// PostgreSQL refuses to run as root: as root (CI), the server tools run as
// the `postgres` system user (Debian's package creates it) through runuser,
// and the folder belongs to that user.
//
// Authentication: trust for the superuser `relance` on 127.0.0.1 (nothing
// else can reach this server), and a password (SCRAM) for the role `clerk`,
// as an agency would set up a staff member.
//
// Missing server binaries or a missing Qt driver make the test fail with a
// sentence saying what to install: CI installs them, so a silent skip would
// only hide a broken setup.
class PostgresFixture
{
public:
    PostgresFixture();
    ~PostgresFixture();
    PostgresFixture(const PostgresFixture&) = delete;
    PostgresFixture& operator=(const PostgresFixture&) = delete;

    int port() const { return m_port; }
    static QString host() { return QStringLiteral("127.0.0.1"); }
    // The role with a password and that password.
    static QString clerk() { return QStringLiteral("clerk"); }
    static QString clerkPassword() { return QStringLiteral("Rent-Is-Due-42"); }

    // Creates an empty database `name` owned by `clerk` (who may create
    // tables in it).
    void createDatabase(const QString& name);
    // The connection string of the app and relance-cli, for the superuser
    // (trusted) or `user`; never with a password.
    QString url(const QString& database, const QString& user = QStringLiteral("relance")) const;
    DatabaseConfig config(const QString& database) const
    {
        return DatabaseConfig::fromString(url(database));
    }

    // Loads a plain SQL dump (pg_dump's format) into `database`, as the
    // superuser; stops at the first error.
    void restore(const QString& database, const QString& dumpFile);

    // The server's log, for failure messages.
    QString log() const;

    // Where initdb and pg_ctl are: $RELANCE_PG_BINDIR, the newest
    // /usr/lib/postgresql/*/bin, or PATH. Empty when not found.
    static QString binDir();

private:
    // Runs a server tool (as `postgres` when we are root); false with its
    // output in *output when it fails.
    bool runTool(const QString& tool, const QStringList& args, QString* output) const;
    bool start(QString* output);
    void stop();
    // Runs SQL as the superuser on database `database`.
    void superuserSql(const QString& database, const QStringList& statements);
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    QTemporaryDir m_dir;
    QString m_binDir;
    int m_port = 0;
    bool m_running = false;
};

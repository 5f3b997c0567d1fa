#pragma once

#include <QString>
#include <QStringList>

// The PostgreSQL server of the engine benchmark: set up like the tests'
// throwaway server (tests/integration/postgres/PostgresFixture: initdb, then
// pg_ctl on 127.0.0.1 and a socket, as the `postgres` user when we are
// root), but its data folder is kept under the benchmark's --dir, so that
// the 100,000-account copy (minutes to make) is made once. Started by
// start(), stopped by the destructor.
class BenchPostgres
{
public:
    explicit BenchPostgres(const QString& folder);
    ~BenchPostgres();
    BenchPostgres(const BenchPostgres&) = delete;
    BenchPostgres& operator=(const BenchPostgres&) = delete;

    // Where initdb, pg_ctl, psql are; empty when not installed.
    static QString binDir();

    // initdb if the folder has no server yet, then starts it on a free
    // port; false with a sentence in *error.
    bool start(QString* error);

    // The url relance-cli takes for `database`.
    QString url(const QString& database) const;

    // `database` holds a full copy of the SQLite file `sqliteFile`: made with
    // `cli migrate-to` (then VACUUM ANALYZE, as autovacuum would) unless a
    // finished copy is already there. *seconds: the copy's time, 0 if kept.
    bool ensureCopy(const QString& cli, const QString& sqliteFile, const QString& database,
                    double* seconds, QString* error);

    // The psql command line running `sql` on `database`, for the bare-scan
    // reference.
    QStringList psql(const QString& database, const QString& sql) const;

private:
    bool runTool(const QString& tool, const QStringList& args, QString* output) const;
    bool superuserSql(const QString& database, const QString& sql, QString* output) const;
    QString dataDir() const;

    QString m_folder;
    QString m_binDir;
    int m_port = 0;
    bool m_running = false;
};

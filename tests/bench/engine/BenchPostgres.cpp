#include "BenchPostgres.h"
#include "PostgresBinDir.h"

#include "ProcessMeasure.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof(addr);
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

// Nothing but this machine reaches the server.
const char* const hbaConf = "local all all trust\n"
                            "host all all 127.0.0.1/32 trust\n";

} // namespace

BenchPostgres::BenchPostgres(const QString& folder)
    : m_folder(folder)
    , m_binDir(binDir())
{}

BenchPostgres::~BenchPostgres()
{
    if (!m_running)
        return;
    QString output;
    runTool(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("fast"),
             QStringLiteral("-w"), QStringLiteral("stop")},
            &output);
}

QString BenchPostgres::binDir()
{
    return postgresBinDir();
}

QString BenchPostgres::dataDir() const
{
    return m_folder + QStringLiteral("/data");
}

bool BenchPostgres::runTool(const QString& tool, const QStringList& args, QString* output) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setStandardInputFile(QProcess::nullDevice());
    p.setWorkingDirectory(m_folder);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    p.setProcessEnvironment(env);
    const QString program = m_binDir + u'/' + tool;
    // PostgreSQL refuses to run as root: its tools run as `postgres` then.
    if (runningAsRoot() && tool != QLatin1String("psql"))
        p.start(QStringLiteral("/usr/sbin/runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                            program} +
                    args);
    else
        p.start(program, args);
    // A VACUUM ANALYZE of the 100,000-account ledger takes a while.
    if (!p.waitForFinished(30 * 60 * 1000)) {
        p.kill();
        p.waitForFinished(5000);
        *output = tool + QStringLiteral(" did not finish.\n") + QString::fromLocal8Bit(p.readAll());
        return false;
    }
    *output = QString::fromLocal8Bit(p.readAll());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool BenchPostgres::start(QString* error)
{
    if (m_binDir.isEmpty()) {
        *error = QStringLiteral("PostgreSQL's server tools (initdb, pg_ctl) were not found: "
                                "install the package postgresql or set RELANCE_PG_BINDIR.");
        return false;
    }
    QDir().mkpath(m_folder);
    if (runningAsRoot()) {
        const passwd* pw = ::getpwnam("postgres");
        if (!pw) {
            *error = QStringLiteral("Running as root needs the system user postgres.");
            return false;
        }
        // The user postgres must reach the folder (a temporary folder is 0700).
        QFile::setPermissions(QFileInfo(m_folder).absolutePath(),
                              QFile::permissions(QFileInfo(m_folder).absolutePath()) |
                                  QFile::ExeOther | QFile::ExeGroup);
        const QByteArray path = QFile::encodeName(m_folder);
        if (::chown(path.constData(), pw->pw_uid, pw->pw_gid) != 0) {
            *error = QStringLiteral("Could not give %1 to the user postgres.").arg(m_folder);
            return false;
        }
    }
    QString output;
    if (!QFileInfo::exists(dataDir() + QStringLiteral("/PG_VERSION"))) {
        if (!runTool(QStringLiteral("initdb"),
                     {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"),
                      QStringLiteral("relance"), QStringLiteral("-A"), QStringLiteral("trust"),
                      QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
                      QStringLiteral("--no-sync"), QStringLiteral("--no-instructions")},
                     &output)) {
            *error = QStringLiteral("initdb failed: ") + output;
            return false;
        }
        QFile hba(dataDir() + QStringLiteral("/pg_hba.conf"));
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate) || hba.write(hbaConf) < 0) {
            *error = QStringLiteral("Could not write pg_hba.conf.");
            return false;
        }
    }
    // A server left running by an interrupted run.
    runTool(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("fast"),
             QStringLiteral("-w"), QStringLiteral("stop")},
            &output);
    for (int attempt = 0; attempt < 3 && !m_running; ++attempt) {
        m_port = freePort();
        // The tests' settings: durability is not what is measured.
        const QString options =
            QStringLiteral("-c listen_addresses=127.0.0.1 -c port=%1 -c unix_socket_directories=%2 "
                           "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                           "-c max_connections=40")
                .arg(m_port)
                .arg(m_folder);
        m_running = runTool(QStringLiteral("pg_ctl"),
                            {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"),
                             m_folder + QStringLiteral("/server.log"), QStringLiteral("-o"),
                             options, QStringLiteral("-w"), QStringLiteral("-t"),
                             QStringLiteral("60"), QStringLiteral("start")},
                            &output);
    }
    if (!m_running)
        *error = QStringLiteral("The PostgreSQL server did not start: ") + output;
    return m_running;
}

QString BenchPostgres::url(const QString& database) const
{
    return QStringLiteral("postgresql://relance@127.0.0.1:%1/%2").arg(m_port).arg(database);
}

QStringList BenchPostgres::psql(const QString& database, const QString& sql) const
{
    return {m_binDir + QStringLiteral("/psql"),
            QStringLiteral("--no-psqlrc"),
            QStringLiteral("--quiet"),
            QStringLiteral("--set=ON_ERROR_STOP=1"),
            QStringLiteral("--host=127.0.0.1"),
            QStringLiteral("--port=%1").arg(m_port),
            QStringLiteral("--username=relance"),
            QStringLiteral("--dbname=") + database,
            QStringLiteral("--command=") + sql};
}

bool BenchPostgres::superuserSql(const QString& database, const QString& sql, QString* output) const
{
    const QStringList command = psql(database, sql);
    return runTool(QStringLiteral("psql"), command.mid(1), output);
}

bool BenchPostgres::ensureCopy(const QString& cli, const QString& sqliteFile,
                               const QString& database, double* seconds, QString* error)
{
    *seconds = 0;
    // Written once the copy and its ANALYZE are done: an interrupted copy
    // is made again.
    const QString done = m_folder + QStringLiteral("/%1.copied").arg(database);
    if (QFileInfo(done).lastModified() > QFileInfo(sqliteFile).lastModified())
        return true;
    QString output;
    if (!superuserSql(QStringLiteral("postgres"),
                      QStringLiteral("DROP DATABASE IF EXISTS \"%1\"").arg(database), &output) ||
        !superuserSql(QStringLiteral("postgres"),
                      QStringLiteral("CREATE DATABASE \"%1\"").arg(database), &output)) {
        *error = output;
        return false;
    }
    const QString log = m_folder + QStringLiteral("/migrate-to.out");
    const ProcessMeasure copy = ProcessMeasure::run(
        {cli, QStringLiteral("migrate-to"), url(database), QStringLiteral("--db"), sqliteFile}, log,
        log);
    if (!copy.ok()) {
        QFile f(log);
        *error = QStringLiteral("migrate-to failed: ") +
                 (f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString());
        return false;
    }
    // What autovacuum does on a real server soon after such a copy.
    if (!superuserSql(database, QStringLiteral("VACUUM ANALYZE"), &output)) {
        *error = output;
        return false;
    }
    QFile mark(done);
    if (!mark.open(QIODevice::WriteOnly) || mark.write("copied\n") < 0) {
        *error = QStringLiteral("Could not write ") + done;
        return false;
    }
    *seconds = copy.seconds;
    return true;
}

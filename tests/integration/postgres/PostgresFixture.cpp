#include "PostgresFixture.h"
#include "PostgresBinDir.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

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

// A port nobody listens on right now. Another program may take it before
// the server binds it: start() then tries again with another one.
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof(addr);
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

// Only the superuser is trusted, only from this machine; the staff role
// proves its password as on an agency's server.
const char* const hbaConf = "local all all trust\n"
                            "host all clerk 127.0.0.1/32 scram-sha-256\n"
                            "host all relance 127.0.0.1/32 trust\n";

} // namespace

QString PostgresFixture::binDir()
{
    return postgresBinDir();
}

PostgresFixture::PostgresFixture()
{
    m_binDir = binDir();
    if (m_binDir.isEmpty())
        FAIL("The PostgreSQL server tools (initdb, pg_ctl) were not found. Install the Debian "
             "package postgresql (scripts/install-deps --test does) or set RELANCE_PG_BINDIR "
             "to the folder that holds them.");
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        FAIL("Qt's PostgreSQL driver (QPSQL) is missing. Install the Debian package "
             "libqt6sql6-psql (scripts/install-deps does).");
    REQUIRE(m_dir.isValid());
    if (runningAsRoot()) {
        const passwd* pw = ::getpwnam("postgres");
        if (!pw)
            FAIL("This test runs as root, and PostgreSQL refuses to: it needs the system user "
                 "postgres (created by the Debian package postgresql) to run the server.");
        const QByteArray path = QFile::encodeName(m_dir.path());
        REQUIRE(::chown(path.constData(), pw->pw_uid, pw->pw_gid) == 0);
    }

    QString output;
    const bool initialised =
        runTool(QStringLiteral("initdb"),
                {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QStringLiteral("relance"),
                 QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"),
                 QStringLiteral("UTF8"), QStringLiteral("--locale=C"), QStringLiteral("--no-sync"),
                 QStringLiteral("--no-instructions")},
                &output);
    INFO(output.toStdString());
    REQUIRE(initialised);
    {
        // initdb's file keeps its owner when rewritten.
        QFile hba(dataDir() + QStringLiteral("/pg_hba.conf"));
        REQUIRE(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
        hba.write(hbaConf);
    }

    bool started = false;
    for (int attempt = 0; attempt < 3 && !started; ++attempt)
        started = start(&output);
    INFO(output.toStdString());
    INFO(log().toStdString());
    REQUIRE(started);

    superuserSql(QStringLiteral("postgres"),
                 {QStringLiteral("CREATE ROLE clerk LOGIN PASSWORD '%1'").arg(clerkPassword())});
}

PostgresFixture::~PostgresFixture()
{
    stop();
}

bool PostgresFixture::runTool(const QString& tool, const QStringList& args, QString* output) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setStandardInputFile(QProcess::nullDevice());
    // The user postgres may not enter the folder we were started from.
    p.setWorkingDirectory(m_dir.path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    p.setProcessEnvironment(env);
    const QString program = m_binDir + u'/' + tool;
    if (runningAsRoot()) {
        const QString runuser = QStandardPaths::findExecutable(
            QStringLiteral("runuser"),
            {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin")});
        if (runuser.isEmpty()) {
            *output = QStringLiteral("runuser was not found (package util-linux).");
            return false;
        }
        QStringList all = {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                           program};
        all << args;
        p.start(runuser, all);
    } else {
        p.start(program, args);
    }
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished(5000);
        *output = tool + QStringLiteral(" did not finish in two minutes.\n") +
                  QString::fromLocal8Bit(p.readAll());
        return false;
    }
    *output = QString::fromLocal8Bit(p.readAll());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool PostgresFixture::start(QString* output)
{
    m_port = freePort();
    if (m_port == 0) {
        *output = QStringLiteral("No free port on 127.0.0.1.");
        return false;
    }
    // A scratch server: durability is not needed, speed is.
    const QString options =
        QStringLiteral("-c listen_addresses=127.0.0.1 -c port=%1 -c unix_socket_directories=%2 "
                       "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                       "-c max_connections=40")
            .arg(m_port)
            .arg(m_dir.path());
    m_running = runTool(QStringLiteral("pg_ctl"),
                        {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"),
                         m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-o"),
                         options, QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                         QStringLiteral("start")},
                        output);
    return m_running;
}

void PostgresFixture::stop()
{
    if (!m_running)
        return;
    QString output;
    // The data is thrown away: no need for a clean checkpoint.
    runTool(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("immediate"),
             QStringLiteral("-w"), QStringLiteral("stop")},
            &output);
    m_running = false;
}

QString PostgresFixture::log() const
{
    return TestSupport::readFile(m_dir.filePath(QStringLiteral("server.log")));
}

QString PostgresFixture::url(const QString& database, const QString& user) const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host()).arg(m_port).arg(database);
}

void PostgresFixture::superuserSql(const QString& database, const QStringList& statements)
{
    const QString name = QStringLiteral("fixture-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(host());
        db.setPort(m_port);
        db.setDatabaseName(database);
        db.setUserName(QStringLiteral("relance"));
        const bool opened = db.open();
        INFO(db.lastError().text().toStdString());
        REQUIRE(opened);
        for (const QString& sql : statements) {
            QSqlQuery q(db);
            const bool ok = q.exec(sql);
            INFO(sql.toStdString() + ": " + q.lastError().text().toStdString());
            REQUIRE(ok);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void PostgresFixture::createDatabase(const QString& name)
{
    // CREATE DATABASE cannot run in a transaction, hence one statement each.
    superuserSql(QStringLiteral("postgres"),
                 {QStringLiteral("CREATE DATABASE \"%1\" OWNER clerk").arg(name)});
}

void PostgresFixture::restore(const QString& database, const QString& dumpFile)
{
    // psql is a client: it may run as root, unlike the server.
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setStandardInputFile(dumpFile);
    p.start(m_binDir + QStringLiteral("/psql"),
            {QStringLiteral("--quiet"), QStringLiteral("--no-psqlrc"),
             QStringLiteral("--set=ON_ERROR_STOP=1"), QStringLiteral("--host=") + host(),
             QStringLiteral("--port=%1").arg(m_port), QStringLiteral("--username=relance"),
             QStringLiteral("--dbname=") + database});
    const bool finished = p.waitForFinished(120000);
    const QString output = QString::fromLocal8Bit(p.readAll());
    INFO(dumpFile.toStdString() + ": " + output.toStdString());
    REQUIRE(finished);
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
}

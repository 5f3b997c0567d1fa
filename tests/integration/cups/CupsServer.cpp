#include "CupsServer.h"

#include "TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <unistd.h>

using namespace TestSupport;

CupsServer::CupsServer(const QString& root)
    : m_root(root)
    , m_queue(QStringLiteral("RelanceTest%1").arg(QCoreApplication::applicationPid()))
{}

CupsServer::~CupsServer()
{
    if (m_cupsd.state() != QProcess::NotRunning) {
        m_cupsd.terminate();
        if (!m_cupsd.waitForFinished(5000))
            m_cupsd.kill();
        m_cupsd.waitForFinished(2000);
    }
    QFile::remove(queueConfig());
}

QString CupsServer::start()
{
    const QString cupsd =
        QStandardPaths::findExecutable(QStringLiteral("cupsd"), {QStringLiteral("/usr/sbin")});
    const QString lpadmin =
        QStandardPaths::findExecutable(QStringLiteral("lpadmin"), {QStringLiteral("/usr/sbin")});
    if (cupsd.isEmpty() || lpadmin.isEmpty())
        return QStringLiteral("cupsd or lpadmin is not installed (apt install cups)");
    if (!QFile::exists(QStringLiteral("/usr/lib/cups/backend/cups-pdf")))
        return QStringLiteral("the CUPS-PDF backend is not installed "
                              "(apt install printer-driver-cups-pdf)");
    if (geteuid() != 0)
        return QStringLiteral("cupsd and the CUPS-PDF queue need root");
    for (const char* sub : {"spool", "tmp", "cache", "state", "log", "out"}) {
        QDir().mkpath(m_root + u'/' + QLatin1String(sub));
        // CUPS filters run as the lp user.
        QFile::setPermissions(m_root + u'/' + QLatin1String(sub), QFileDevice::Permissions(0x7777));
    }
    QFile::setPermissions(m_root, QFileDevice::Permissions(0x7755));
    writeFile(m_root + QStringLiteral("/cups-files.conf"),
              QStringLiteral("ServerRoot %1\nRequestRoot %1/spool\nTempDir %1/tmp\n"
                             "CacheDir %1/cache\nStateDir %1/state\nErrorLog %1/log/error_log\n"
                             "AccessLog %1/log/access_log\nPageLog %1/log/page_log\n"
                             "SystemGroup root\n")
                  .arg(m_root)
                  .toUtf8());
    writeFile(m_root + QStringLiteral("/cupsd.conf"),
              QStringLiteral("Listen %1\nBrowsing No\nWebInterface No\nDefaultAuthType None\n"
                             "LogLevel warn\n<Location />\n  Order allow,deny\n  Allow all\n"
                             "</Location>\n<Location /admin>\n  Order allow,deny\n  Allow all\n"
                             "</Location>\n<Policy default>\n  <Limit All>\n    Order "
                             "deny,allow\n  </Limit>\n</Policy>\n")
                  .arg(socket())
                  .toUtf8());
    QFile config(queueConfig());
    if (!config.open(QIODevice::WriteOnly))
        return QStringLiteral("%1 cannot be written").arg(queueConfig());
    config.write(QStringLiteral("Out %1\nAnonDirName %1\nLog %2/log\nUserUMask 0000\n")
                     .arg(outDir(), m_root)
                     .toUtf8());
    config.close();

    m_cupsd.setProcessChannelMode(QProcess::MergedChannels);
    m_cupsd.start(cupsd, {QStringLiteral("-f"), QStringLiteral("-c"),
                          m_root + QStringLiteral("/cupsd.conf"), QStringLiteral("-s"),
                          m_root + QStringLiteral("/cups-files.conf")});
    if (!m_cupsd.waitForStarted(5000))
        return QStringLiteral("cupsd did not start: %1").arg(m_cupsd.errorString());
    QElapsedTimer timer;
    timer.start();
    while (!QFileInfo::exists(socket()) && timer.elapsed() < 10000) {
        if (m_cupsd.state() == QProcess::NotRunning)
            return QStringLiteral("cupsd stopped: %1")
                .arg(QString::fromUtf8(m_cupsd.readAll()) +
                     readFile(m_root + QStringLiteral("/log/error_log")));
        QThread::msleep(100);
    }
    if (!QFileInfo::exists(socket()))
        return QStringLiteral("cupsd did not open its socket");

    // Poppler's renderer keeps the text extractable in the PDF that
    // CUPS-PDF writes (Ghostscript's turns it into unreadable glyphs).
    QProcess admin;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CUPS_SERVER"), socket());
    admin.setProcessEnvironment(env);
    admin.setProcessChannelMode(QProcess::MergedChannels);
    admin.start(lpadmin,
                {QStringLiteral("-p"), m_queue, QStringLiteral("-E"), QStringLiteral("-v"),
                 QStringLiteral("cups-pdf:/") + m_queue, QStringLiteral("-P"),
                 QStringLiteral("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"), QStringLiteral("-o"),
                 QStringLiteral("pdftops-renderer-default=pdftocairo")});
    admin.waitForFinished(30000);
    if (admin.exitCode() != 0)
        return QStringLiteral("lpadmin failed: %1").arg(QString::fromUtf8(admin.readAll()));
    return {};
}

QString CupsServer::waitForOutput(int timeoutMs) const
{
    QElapsedTimer timer;
    timer.start();
    qint64 lastSize = -1;
    while (timer.elapsed() < timeoutMs) {
        const QFileInfoList files =
            QDir(outDir()).entryInfoList({QStringLiteral("*.pdf")}, QDir::Files);
        if (!files.isEmpty()) {
            const qint64 size = files.first().size();
            // Ghostscript writes the file in steps: wait until it settles.
            if (size > 0 && size == lastSize)
                return files.first().absoluteFilePath();
            lastSize = size;
        }
        QThread::msleep(300);
    }
    return {};
}

QString CupsServer::queueConfig() const
{
    return QStringLiteral("/etc/cups/cups-pdf-") + m_queue + QStringLiteral(".conf");
}

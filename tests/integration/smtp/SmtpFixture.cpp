#include "SmtpFixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QThread>

#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>

int SmtpFixture::freePort()
{
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
    const int port = socket.address().port();
    socket.close();
    return port;
}

SmtpFixture::SmtpFixture(const QStringList& args)
{
    for (int attempt = 0; attempt < 3 && !m_ready; ++attempt) {
        m_port = freePort();
        QStringList all = {QStringLiteral(RELANCE_SMTP_FIXTURE), QStringLiteral("--port"),
                           QString::number(m_port), QStringLiteral("--dir"), m_dir.path()};
        all << args;
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        // Debian's interpreter: the one first on PATH may lack aiosmtpd.
        m_process.start(QStringLiteral("/usr/bin/python3"), all);
        const QString readyFile = m_dir.filePath(QStringLiteral("ready"));
        QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
            if (QFileInfo::exists(readyFile)) {
                m_ready = true;
                break;
            }
            m_process.waitForFinished(50);
        }
        if (!m_ready)
            stop();
    }
}

SmtpFixture::~SmtpFixture()
{
    stop();
}

void SmtpFixture::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QString SmtpFixture::log() const
{
    return QString::fromUtf8(const_cast<QProcess&>(m_process).readAll());
}

QList<QJsonObject> SmtpFixture::messages() const
{
    QList<QJsonObject> list;
    const QStringList files =
        QDir(m_dir.path()).entryList({QStringLiteral("msg-*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        QFile f(m_dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            list << QJsonDocument::fromJson(f.readAll()).object();
    }
    return list;
}

bool SmtpFixture::waitForMessages(int count, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (QDir(m_dir.path()).entryList({QStringLiteral("msg-*.json")}, QDir::Files).size() >=
            count)
            return true;
        QThread::msleep(20);
    }
    return false;
}

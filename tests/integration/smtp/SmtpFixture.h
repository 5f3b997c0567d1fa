#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A real aiosmtpd server on 127.0.0.1 for one test (smtp_fixture.py): a free
// port, a throwaway CA, and every message it accepts as JSON we can read.
class SmtpFixture
{
public:
    // `args`: the fixture's own options (--security, --user, --fault …).
    explicit SmtpFixture(const QStringList& args);
    ~SmtpFixture();
    SmtpFixture(const SmtpFixture&) = delete;
    SmtpFixture& operator=(const SmtpFixture&) = delete;

    bool ready() const { return m_ready; }
    int port() const { return m_port; }
    QString caFile() const { return m_dir.filePath(QStringLiteral("ca.pem")); }
    QString dir() const { return m_dir.path(); }
    QString log() const;

    // Every message accepted so far, in the order received.
    QList<QJsonObject> messages() const;
    // Waits until at least `count` messages arrived (false on time-out).
    bool waitForMessages(int count, int timeoutMs = 20000) const;
    void stop();

    static int freePort();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    bool m_ready = false;
};

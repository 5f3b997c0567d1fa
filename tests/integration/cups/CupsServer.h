#pragma once

#include <QProcess>
#include <QString>

// A private CUPS server with one CUPS-PDF queue whose output goes to a
// temporary folder: letters printed come back as a PDF we can read.
// CUPS-PDF reads its settings only from /etc/cups, per queue
// (cups-pdf-<queue>.conf): the queue name is unique to this process and the
// file is removed afterwards. Needs root, cups and printer-driver-cups-pdf.
class CupsServer
{
public:
    explicit CupsServer(const QString& root);
    ~CupsServer();

    QString queue() const { return m_queue; }
    QString socket() const { return m_root + QStringLiteral("/cups.sock"); }
    QString outDir() const { return m_root + QStringLiteral("/out"); }

    // Empty when the server runs, else why it cannot run here.
    QString start();
    // The first PDF CUPS-PDF writes, once complete.
    QString waitForOutput(int timeoutMs) const;

private:
    QString queueConfig() const;

    QString m_root;
    QString m_queue;
    QProcess m_cupsd;
};

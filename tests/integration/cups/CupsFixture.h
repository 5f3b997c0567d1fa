#pragma once

#include "CupsServer.h"

#include <QString>
#include <QTemporaryDir>

// What every CUPS test starts from: a scratch folder under /tmp (a CUPS
// socket path must stay short) with a private CupsServer running in it.
// Where no CUPS server can run (no root, no cups-pdf), available() is false
// and the test has been warned why; the test then returns:
//
//     CupsFixture cups;
//     if (!cups.available())
//         return;
class CupsFixture
{
public:
    CupsFixture();

    bool available() const { return m_available; }
    CupsServer& server() { return m_server; }
    const QTemporaryDir& dir() const { return m_dir; }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    // libcups reads CUPS_SERVER once: call it before Qt or the core asks
    // for printers in this process.
    void useInThisProcess() const;

private:
    QTemporaryDir m_dir;
    CupsServer m_server;
    bool m_available = false;
};

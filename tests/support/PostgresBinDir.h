#pragma once

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QString>
#include <QVersionNumber>

// Where the PostgreSQL server tools (initdb, pg_ctl) are, for the tests'
// and the benchmarks' throwaway servers: RELANCE_PG_BINDIR, else the newest
// of Debian's /usr/lib/postgresql/<version>/bin (kept out of PATH), else
// PATH. Empty when there is no server to start.
inline QString postgresBinDir()
{
    const QString fromEnv = qEnvironmentVariable("RELANCE_PG_BINDIR");
    if (!fromEnv.isEmpty())
        return QFileInfo::exists(fromEnv + QStringLiteral("/initdb")) ? fromEnv : QString();
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QString best;
    QVersionNumber bestVersion;
    for (const QString& version : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString dir = root.filePath(version + QStringLiteral("/bin"));
        const QVersionNumber v = QVersionNumber::fromString(version);
        if (QFileInfo::exists(dir + QStringLiteral("/initdb")) && v > bestVersion) {
            best = dir;
            bestVersion = v;
        }
    }
    if (!best.isEmpty())
        return best;
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
}

#include "PdfScratch.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <atomic>
#include <cerrno>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <signal.h>
#include <unistd.h>
#endif

namespace PdfScratch {

namespace {
const QLatin1String stem(".relance-");

bool processRuns(qint64 pid)
{
#ifdef Q_OS_UNIX
    if (pid <= 0)
        return true;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid);
    return true; // unsure: keep it
#endif
}
} // namespace

QString prefix()
{
    return stem + QString::number(QCoreApplication::applicationPid()) + u'-';
}

QString tempPathFor(const QString& finalPath)
{
    const QFileInfo info(finalPath);
    return info.absoluteDir().filePath(prefix() +
                                       QString::number(QRandomGenerator::global()->generate(), 36) +
                                       QStringLiteral(".part"));
}

bool commit(const QString& tempPath, const QString& finalPath)
{
    // POSIX rename replaces the target in one step; QFile::rename refuses
    // an existing target.
    return std::rename(QFile::encodeName(tempPath).constData(),
                       QFile::encodeName(finalPath).constData()) == 0;
}

void removeStale(const QString& dir)
{
    const QDir folder(dir);
    const QFileInfoList entries =
        folder.entryInfoList({stem + QStringLiteral("*")},
                             QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo& entry : entries) {
        // .relance-<pid>-…: anything else (another naming) is not ours to remove.
        const QString rest = entry.fileName().mid(stem.size());
        const qsizetype dash = rest.indexOf(u'-');
        bool ok = false;
        const qint64 pid = dash > 0 ? rest.left(dash).toLongLong(&ok) : 0;
        if (!ok || processRuns(pid))
            continue;
        if (entry.isDir())
            QDir(entry.absoluteFilePath()).removeRecursively();
        else
            QFile::remove(entry.absoluteFilePath());
    }
}

void testAbortPoint()
{
    static const int abortAt = qEnvironmentVariableIntValue("RELANCE_TEST_ABORT_AFTER_LETTERS");
    static std::atomic<int> steps = 0;
    if (abortAt <= 0)
        return;
#ifdef Q_OS_UNIX
    if (++steps == abortAt)
        ::kill(::getpid(), SIGKILL);
#endif
}

} // namespace PdfScratch

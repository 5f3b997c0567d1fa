#include "OpenDatabaseFiles.h"

#include <QFileInfo>
#include <QHash>

#include <mutex>

namespace {
std::mutex& guard()
{
    static std::mutex m;
    return m;
}

// Database object → the canonical path of its file.
QHash<const void*, QString>& openFiles()
{
    static QHash<const void*, QString> files;
    return files;
}

QString canonical(const QString& path)
{
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    return resolved.isEmpty() ? info.absoluteFilePath() : resolved;
}
} // namespace

void OpenDatabaseFiles::add(const void* owner, const QString& databasePath)
{
    const QString file = canonical(databasePath);
    std::lock_guard lock(guard());
    openFiles().insert(owner, file);
}

void OpenDatabaseFiles::remove(const void* owner)
{
    std::lock_guard lock(guard());
    openFiles().remove(owner);
}

bool OpenDatabaseFiles::contains(const QString& path)
{
    if (path.isEmpty())
        return false;
    const QString file = canonical(path);
    std::lock_guard lock(guard());
    for (const QString& database : std::as_const(openFiles())) {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            if (file == database + QLatin1String(suffix))
                return true;
    }
    return false;
}

#pragma once

#include <QFile>
#include <QString>
#include <QStringList>

#include <sys/stat.h>
#include <unistd.h>

// How many POSIX locks this process holds on the file at `path`, as the
// kernel lists them in /proc/locks: what another process sees. SQLite's
// locks are of this kind; -1 when the file or the list cannot be read.
inline int posixLocksHeldOn(const QString& path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return -1;
    const QString pid = QString::number(::getpid());
    const QString inode = QString::number(st.st_ino);
    int count = 0;
    for (const QByteArray& raw : locks.readAll().split('\n')) {
        // "1: POSIX  ADVISORY  READ  4242 08:01:123456 128 128"
        const QStringList f = QString::fromLatin1(raw).simplified().split(u' ');
        if (f.size() >= 6 && f.at(1) == QLatin1String("POSIX") && f.at(4) == pid &&
            f.at(5).section(u':', 2) == inode)
            ++count;
    }
    return count;
}

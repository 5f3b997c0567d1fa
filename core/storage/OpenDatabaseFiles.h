#pragma once

#include <QString>

// The SQLite files this process has open. SQLite locks them with POSIX
// locks, which belong to the process: when anything else in the process
// opens one of these files and closes it again (a file dialog guessing a
// type, an image or CSV reader handed the wrong file), the kernel releases
// every lock SQLite holds on it, and another process then believes it is
// alone and deletes the WAL under us (sqlite.org/howtocorrupt.html §2.2).
// Code that opens a file the user chose asks here first.
class OpenDatabaseFiles
{
public:
    // A Database (`owner`) registers its file while it has connections on
    // it; remove() is harmless for an owner that never registered.
    static void add(const void* owner, const QString& databasePath);
    static void remove(const void* owner);
    // True when `path` is an open database of this process, or its -wal,
    // -shm or -journal file (symbolic links resolved).
    static bool contains(const QString& path);
};

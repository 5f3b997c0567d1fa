#pragma once

#include "Database.h"

// Closes the calling thread's connection to `db` when the scope ends,
// however it ends (a return half-way, an exception): a worker thread opens
// its own connection on first use (Database::connection) and must never
// leave it behind, or Qt warns that it is « still in use » and a later
// thread with the same id would find a connection that belongs to a thread
// that is gone. Make it the first thing a worker's function holds.
class ThreadConnectionRelease
{
public:
    explicit ThreadConnectionRelease(const Database& db)
        : m_db(db)
    {}
    ~ThreadConnectionRelease() { m_db.releaseThreadConnection(); }
    ThreadConnectionRelease(const ThreadConnectionRelease&) = delete;
    ThreadConnectionRelease& operator=(const ThreadConnectionRelease&) = delete;

private:
    const Database& m_db;
};

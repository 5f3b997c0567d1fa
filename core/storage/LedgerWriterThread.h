#pragma once

#include "LedgerRepository.h"

#include <future>

class QSqlDatabase;

// Writes batches of ledger entries on a thread of its own while the caller
// prepares the next (a large import, the demo): one batch in writing at a
// time, through SQLite's handle of the caller's connection. The caller does
// not touch that connection between write() and the next wait(), which
// every other use of the connection and every way out must come first to
// (the destructor waits too). On another engine, or without a handle,
// write() writes at once, in line.
class LedgerWriterThread
{
public:
    LedgerWriterThread(QSqlDatabase& conn, LedgerRepository::BulkLoad* load);
    ~LedgerWriterThread();
    LedgerWriterThread(const LedgerWriterThread&) = delete;
    LedgerWriterThread& operator=(const LedgerWriterThread&) = delete;

    // Waits for the batch in writing, then starts this one; `batch` is
    // taken (left empty, its room kept for the next). The error of the
    // batch before, if any.
    Status write(QList<LedgerEntry>& batch);
    // The batch in writing done: its result; the connection is the
    // caller's again.
    Status wait();

private:
    QSqlDatabase& m_conn;
    LedgerRepository::BulkLoad* m_load;
    sqlite3* m_handle;
    QList<LedgerEntry> m_writing;
    std::future<Status> m_writer;
};

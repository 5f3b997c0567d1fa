#include "LedgerWriterThread.h"

#include "SqliteHandle.h"

LedgerWriterThread::LedgerWriterThread(QSqlDatabase& conn, LedgerRepository::BulkLoad* load)
    : m_conn(conn)
    , m_load(load)
    , m_handle(sqliteHandle(conn))
{}

LedgerWriterThread::~LedgerWriterThread()
{
    std::ignore = wait();
}

Status LedgerWriterThread::wait()
{
    if (!m_writer.valid())
        return {};
    Status s = m_writer.get();
    m_writing.clear();
    return s;
}

Status LedgerWriterThread::write(QList<LedgerEntry>& batch)
{
    if (Status s = wait(); !s)
        return s;
    if (!m_handle) {
        Status s = LedgerRepository::insertMany(m_conn, batch, m_load);
        batch.clear();
        return s;
    }
    m_writing.swap(batch);
    m_writer = std::async(std::launch::async, [this] {
        return LedgerRepository::insertMany(m_handle, m_writing, m_load);
    });
    return {};
}

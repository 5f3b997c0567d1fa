#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

class SqlDialect;

// Settings for one large write (the demo, an import of a million ledger
// rows), held for the lifetime of this object.
//
// Why: SQLite's default page cache is 2 MB. A million-row insert touches the
// (side, date) index all over, so dirty pages are spilled to the WAL and
// written again and again — measured: 5 writes per inserted row, most of the
// demo's time. A 64 MB cache for the duration of the write keeps the index in
// memory; the previous size is restored afterwards.
class BulkWrite
{
    Q_DECLARE_TR_FUNCTIONS(BulkWrite)

public:
    BulkWrite(QSqlDatabase& conn, const SqlDialect& dialect);
    ~BulkWrite();
    BulkWrite(const BulkWrite&) = delete;
    BulkWrite& operator=(const BulkWrite&) = delete;

private:
    QSqlDatabase& m_conn;
    bool m_sqlite = false;
    qint64 m_previousCacheSize = 0;
};

#include "BulkWrite.h"

#include "Database.h"
#include "SqlDialect.h"

namespace {

// 32 MB: the ledger import's peak stays under issue 17's 400 MB (64 MB
// took it to 421 MB once the secondary index is built at the end of a
// load, and measured no faster on this machine).
constexpr qint64 kBulkCacheKiB = 32 * 1024;

} // namespace

BulkWrite::BulkWrite(QSqlDatabase& conn, const SqlDialect& dialect)
    : m_conn(conn)
    , m_sqlite(dialect.isSQLite())
{
    if (!m_sqlite)
        return; // PostgreSQL sizes its buffers server-side
    auto q = Database::exec(m_conn, QStringLiteral("PRAGMA cache_size"));
    if (q && q->next())
        m_previousCacheSize = q->value(0).toLongLong();
    // A negative size is in KiB. PRAGMA values cannot be bound parameters.
    // Only a speed-up: refused, the load runs as fast as the usual cache lets it.
    std::ignore =
        Database::exec(m_conn, QStringLiteral("PRAGMA cache_size = -%1").arg(kBulkCacheKiB));
}

BulkWrite::~BulkWrite()
{
    if (m_sqlite && m_previousCacheSize != 0)
        // Only a speed setting, and the connection's next user does not depend on it.
        std::ignore = Database::exec(
            m_conn, QStringLiteral("PRAGMA cache_size = %1").arg(m_previousCacheSize));
}

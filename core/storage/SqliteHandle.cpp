#include "SqliteHandle.h"

#include <QSqlDriver>
#include <QVariant>

sqlite3* sqliteHandle(QSqlDatabase& conn)
{
    const QVariant v = conn.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

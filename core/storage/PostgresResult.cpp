#include "PostgresResult.h"

#include <QSqlQuery>
#include <QSqlResult>
#include <QVariant>

#include <libpq-fe.h>

const pg_result* postgresResult(const QSqlQuery& query)
{
    if (query.isForwardOnly() || !query.result())
        return nullptr;
    const QVariant v = query.result()->handle();
    // Qt 6 names the type after the struct behind libpq's typedef.
    if (!v.isValid() ||
        (qstrcmp(v.typeName(), "PGresult*") != 0 && qstrcmp(v.typeName(), "pg_result*") != 0))
        return nullptr;
    return *static_cast<const PGresult* const*>(v.constData());
}

qint64 postgresInt64(const pg_result* result, int row, int column)
{
    const char* text = PQgetvalue(result, row, column);
    const bool negative = *text == '-';
    if (negative)
        ++text;
    qint64 n = 0;
    for (; *text >= '0' && *text <= '9'; ++text)
        n = n * 10 + (*text - '0');
    return negative ? -n : n;
}

#pragma once

#include <QtGlobal>

class QSqlQuery;
struct pg_result;

// The libpq result under a query of Qt's PostgreSQL driver, every row of it
// (the query must not be forward-only: Qt then keeps one row at a time), or
// null for another engine. The readers that go through many ledger rows read
// it with libpq's own accessors: Qt's driver makes a QVariant, and a QString,
// of every value of every row, which costs more than the server's work.
const pg_result* postgresResult(const QSqlQuery& query);

// libpq's text of an integer column, without a QVariant.
qint64 postgresInt64(const pg_result* result, int row, int column);

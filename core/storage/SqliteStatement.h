#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

// One prepared statement on SQLite's own API, bound from the same
// QVariantList as Database::exec (a null QString as '', a null QVariant as
// NULL, booleans as 0/1). For the writers that run it thousands of times in
// one transaction (the demo's and the imports' accounts): Qt's QSqlQuery
// looks each positional value up by a generated name and copies it through
// QVariant twice, which cost more than SQLite's own insert (measured: 1.4 s
// of the 20,000-account demo's 9 s).
class SqliteStatement
{
public:
    SqliteStatement(sqlite3* db, const QString& sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    // SQLite's message for the last failure.
    QString errorText() const;

    // Binds `values` and runs the statement to its first row or its end;
    // false on an error. The values are kept until the next exec(), as
    // SQLite reads them while it steps.
    bool exec(const QVariantList& values = {});
    // To the next row; false on an error.
    bool advance();
    // Whether the statement stands on a row, and that row's columns (from 0).
    bool hasRow() const { return m_hasRow; }
    qint64 int64(int column) const;
    QString text(int column) const;
    // Done with the result: the statement no longer holds its reads.
    void reset();

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_hasRow = false;
    std::vector<QByteArray> m_texts;
};

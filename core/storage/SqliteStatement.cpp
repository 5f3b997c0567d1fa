#include "SqliteStatement.h"

#include <sqlite3.h>

SqliteStatement::SqliteStatement(sqlite3* db, const QString& sql)
    : m_db(db)
{
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) != SQLITE_OK)
        m_stmt = nullptr;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

QString SqliteStatement::errorText() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

bool SqliteStatement::exec(const QVariantList& values)
{
    if (!m_stmt)
        return false;
    sqlite3_reset(m_stmt);
    m_hasRow = false;
    m_texts.resize(size_t(values.size()));
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        const int index = int(i + 1);
        int rc = SQLITE_OK;
        switch (v.typeId()) {
        case QMetaType::UnknownType:
            rc = sqlite3_bind_null(m_stmt, index);
            break;
        case QMetaType::Bool:
            rc = sqlite3_bind_int(m_stmt, index, v.toBool() ? 1 : 0);
            break;
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
            rc = sqlite3_bind_int64(m_stmt, index, v.toLongLong());
            break;
        default:
            if (v.isNull() && v.typeId() != QMetaType::QString) {
                rc = sqlite3_bind_null(m_stmt, index);
                break;
            }
            // Our text columns are NOT NULL with '' for nothing (as
            // Database::bindValues): a null QString is bound as ''.
            m_texts[size_t(i)] = v.toString().toUtf8();
            rc = sqlite3_bind_text(m_stmt, index, m_texts[size_t(i)].constData(),
                                   int(m_texts[size_t(i)].size()), SQLITE_STATIC);
            break;
        }
        if (rc != SQLITE_OK)
            return false;
    }
    return advance();
}

bool SqliteStatement::advance()
{
    const int rc = sqlite3_step(m_stmt);
    m_hasRow = rc == SQLITE_ROW;
    return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString SqliteStatement::text(int column) const
{
    return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column)),
                             sqlite3_column_bytes(m_stmt, column));
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    m_hasRow = false;
}

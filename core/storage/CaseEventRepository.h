#pragma once

#include "recovery/CaseEvent.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

class Database;

// The case file's events in the database (table case_events). It stores;
// what may be recorded or cancelled is decided by CaseFile.
class CaseEventRepository
{
    Q_DECLARE_TR_FUNCTIONS(CaseEventRepository)

public:
    explicit CaseEventRepository(const Database& db)
        : m_db(db)
    {}

    // One account's events, by date then id, without the documents' bytes.
    Result<QList<CaseEvent>> forAccount(qint64 accountId) const;
    // Every account's events, by account, without the documents' bytes (the
    // deadlines of every account are computed at once).
    Result<QHash<qint64, QList<CaseEvent>>> byAccount() const;
    // One event with its document's bytes.
    Result<CaseEvent> byId(qint64 id) const;

    // Inside the caller's transaction.
    static Result<qint64> insertIn(QSqlDatabase& conn, const CaseEvent& event);
    static Result<CaseEvent> byIdIn(QSqlDatabase& conn, qint64 id);
    static Status markCancelledIn(QSqlDatabase& conn, qint64 id, const QString& user,
                                  const QDateTime& at);

private:
    const Database& m_db;
};

#pragma once

#include "reminders/HistoryEntry.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

class Database;

// Reads issued reminders with the current state of their letters and
// e-mails, for one account or for the whole agency.
class HistoryRepository
{
    Q_DECLARE_TR_FUNCTIONS(HistoryRepository)

public:
    explicit HistoryRepository(const Database& db)
        : m_db(db)
    {}

    // accountId 0: every account. Unsorted: History orders the entries.
    Result<QList<HistoryEntry>> load(qint64 accountId = 0) const;

private:
    const Database& m_db;
};

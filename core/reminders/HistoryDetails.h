#pragma once

#include "HistoryDetail.h"
#include "util/Result.h"

#include <QList>

class Database;

// Reads the history with the details of each reminder, newest first (the
// order people look for "what did we send lately"), for one account or all.
class HistoryDetails
{
public:
    // accountId 0: every account.
    static Result<QList<HistoryDetail>> load(const Database& db, qint64 accountId = 0);
};

#pragma once

#include "HistoryEntry.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

class Database;

// The reminders issued, per account or for the whole agency, in the order of
// cli.md: by date, then account ref (by Unicode code point), then level.
class History
{
    Q_DECLARE_TR_FUNCTIONS(History)

public:
    // An empty ref gives every account; an unknown ref is an error that
    // names it.
    static Result<QList<HistoryEntry>> load(const Database& db, const QString& accountRef = {});
    static void sort(QList<HistoryEntry>& entries);
    // `history --json` exactly as cli.md shows it.
    static QJsonObject toJson(const QList<HistoryEntry>& entries);
};

#include "History.h"

#include "storage/AccountRepository.h"
#include "storage/HistoryRepository.h"

#include <QJsonArray>

#include <algorithm>

namespace {

// QString compares UTF-16 code units; refs outside the BMP would sort
// differently from the code-point order cli.md promises.
bool refLess(const QString& a, const QString& b)
{
    const QList<uint> ua = a.toUcs4();
    const QList<uint> ub = b.toUcs4();
    return std::lexicographical_compare(ua.begin(), ua.end(), ub.begin(), ub.end());
}

QJsonArray strings(const QStringList& list)
{
    QJsonArray array;
    for (const QString& s : list)
        array.append(s);
    return array;
}

} // namespace

Result<QList<HistoryEntry>> History::load(const Database& db, const QString& accountRef)
{
    qint64 accountId = 0;
    if (!accountRef.isEmpty()) {
        auto account = AccountRepository(db).byRef(accountRef);
        if (!account)
            return Result<QList<HistoryEntry>>::failure(account.error());
        accountId = account->id;
    }
    auto entries = HistoryRepository(db).load(accountId);
    if (entries)
        sort(*entries);
    return entries;
}

void History::sort(QList<HistoryEntry>& entries)
{
    std::stable_sort(entries.begin(), entries.end(),
                     [](const HistoryEntry& a, const HistoryEntry& b) {
                         if (a.date != b.date)
                             return a.date < b.date;
                         if (a.ref != b.ref)
                             return refLess(a.ref, b.ref);
                         if (a.level != b.level)
                             return a.level < b.level;
                         return a.repeat < b.repeat;
                     });
}

QJsonObject History::toJson(const QList<HistoryEntry>& entries)
{
    QJsonArray list;
    for (const HistoryEntry& e : entries) {
        QJsonObject o;
        o[QStringLiteral("ref")] = e.ref;
        o[QStringLiteral("level")] = e.level;
        o[QStringLiteral("level_name")] = e.levelName;
        o[QStringLiteral("repeat")] = e.repeat;
        o[QStringLiteral("date")] = e.date.toString(Qt::ISODate);
        o[QStringLiteral("overdue")] = e.overdue.toPlainString();
        o[QStringLiteral("run")] = e.runId;
        o[QStringLiteral("manual")] = e.manual;
        o[QStringLiteral("recipients")] = strings(e.recipients);
        o[QStringLiteral("channels")] = strings(e.channels);
        o[QStringLiteral("letter")] =
            e.letter ? QJsonValue(LetterStates::toKey(*e.letter)) : QJsonValue(QJsonValue::Null);
        o[QStringLiteral("email")] =
            e.email.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.email);
        o[QStringLiteral("tracking")] =
            e.tracking.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.tracking);
        list.append(o);
    }
    QJsonObject root;
    root[QStringLiteral("reminders")] = list;
    return root;
}

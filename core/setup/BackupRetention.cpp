#include "BackupRetention.h"

#include <algorithm>
#include <utility>

QList<qsizetype> BackupRetention::toRemove(const QList<QDateTime>& madeAt, int days, int weeks)
{
    QList<qsizetype> newestFirst;
    for (qsizetype i = 0; i < madeAt.size(); ++i)
        newestFirst << i;
    std::stable_sort(newestFirst.begin(), newestFirst.end(),
                     [&](qsizetype a, qsizetype b) { return madeAt.at(a) > madeAt.at(b); });

    QList<QDate> keptDays;
    QList<std::pair<int, int>> keptWeeks; // (ISO year, week)
    QList<qsizetype> removed;
    for (const qsizetype i : std::as_const(newestFirst)) {
        const QDate day = madeAt.at(i).date();
        if (keptDays.contains(day)) {
            // The newest copy of a day is kept; an older one of that day is not.
            removed << i;
            continue;
        }
        if (keptDays.size() < days) {
            keptDays << day;
            continue;
        }
        int year = 0;
        const int week = day.weekNumber(&year);
        const std::pair<int, int> key(year, week);
        if (!keptWeeks.contains(key) && keptWeeks.size() < weeks) {
            keptWeeks << key;
            continue;
        }
        removed << i;
    }
    std::sort(removed.begin(), removed.end(),
              [&](qsizetype a, qsizetype b) { return madeAt.at(a) < madeAt.at(b); });
    return removed;
}

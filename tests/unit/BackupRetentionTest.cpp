// Which automatic copies are kept: the newest of each of the last 7 days
// that have one, then the newest of each of the 4 weeks before (ISO weeks).
#include "TestSupport.h"

#include "setup/BackupRetention.h"

#include <QDateTime>

#include <algorithm>
#include <functional>
#include <initializer_list>

namespace {

QDateTime at(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// The copies left once the rule has run, as ISO text, newest first.
QStringList kept(const QList<QDateTime>& copies)
{
    const QList<qsizetype> removed = BackupRetention::toRemove(copies);
    QList<QDateTime> left;
    for (qsizetype i = 0; i < copies.size(); ++i)
        if (!removed.contains(i))
            left << copies.at(i);
    std::sort(left.begin(), left.end(), std::greater<>());
    QStringList out;
    for (const QDateTime& t : left)
        out << t.toString(Qt::ISODate);
    return out;
}

QStringList isoList(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* item : items)
        out << QString::fromLatin1(item);
    return out;
}

} // namespace

TEST_CASE("Seven daily copies are kept and the eighth day's becomes a weekly copy")
{
    // One copy a day from Monday 2026-11-02 to Sunday 2026-12-06 (35 days).
    QList<QDateTime> copies;
    for (QDate d(2026, 11, 2); d <= QDate(2026, 12, 6); d = d.addDays(1))
        copies << QDateTime(d, QTime(9, 0));
    CHECK(kept(copies) ==
          isoList({// the last 7 days
                   "2026-12-06T09:00:00", "2026-12-05T09:00:00", "2026-12-04T09:00:00",
                   "2026-12-03T09:00:00", "2026-12-02T09:00:00", "2026-12-01T09:00:00",
                   "2026-11-30T09:00:00",
                   // the newest of each of the 4 weeks before:
                   // Sunday 11-29 (week 48), 11-22, 11-15, 11-08
                   "2026-11-29T09:00:00", "2026-11-22T09:00:00", "2026-11-15T09:00:00",
                   "2026-11-08T09:00:00"}));
    // 35 copies, 11 kept: the 24 removed are given oldest first.
    const QList<qsizetype> removed = BackupRetention::toRemove(copies);
    REQUIRE(removed.size() == 24);
    CHECK(copies.at(removed.first()) == at("2026-11-02T09:00:00"));
    CHECK(copies.at(removed.last()) == at("2026-11-28T09:00:00"));
}

TEST_CASE("Two copies the same day keep only the newest, and days without a copy do not count")
{
    const QList<QDateTime> copies = {
        at("2026-12-06T08:00:00"), at("2026-12-06T17:30:00"), // a copy before an upgrade
        at("2026-12-01T09:00:00"), at("2026-11-20T09:00:00"), at("2026-10-01T09:00:00"),
    };
    // Days off (holidays) leave fewer than 7 dailies: the older copies stay
    // as dailies rather than being removed.
    CHECK(kept(copies) == isoList({"2026-12-06T17:30:00", "2026-12-01T09:00:00",
                                   "2026-11-20T09:00:00", "2026-10-01T09:00:00"}));
}

TEST_CASE("Weekly copies stop at four weeks and the oldest are removed")
{
    QList<QDateTime> copies;
    // 7 daily copies, then one copy a week for 10 weeks before.
    for (int i = 0; i < 7; ++i)
        copies << QDateTime(QDate(2026, 12, 6).addDays(-i), QTime(9, 0));
    for (int w = 1; w <= 10; ++w)
        copies << QDateTime(QDate(2026, 11, 29).addDays(-7 * (w - 1)).addDays(-1), QTime(9, 0));
    const QStringList left = kept(copies);
    REQUIRE(left.size() == 11);
    CHECK(left.last() == QStringLiteral("2026-11-07T09:00:00"));
    CHECK(BackupRetention::toRemove(copies).size() == 6);
    CHECK(BackupRetention::toRemove({}).isEmpty());
}

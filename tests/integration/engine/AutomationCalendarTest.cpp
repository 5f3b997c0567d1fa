#include "TestSupport.h"

#include "reminders/AutomationCalendar.h"

using namespace AutomationCalendar;

TEST_CASE("Day 31 means the last day of a shorter month")
{
    CHECK(dueDate(31, 2026, 11) == QDate(2026, 11, 30));
    CHECK(dueDate(31, 2026, 12) == QDate(2026, 12, 31));
    CHECK(dueDate(30, 2026, 2) == QDate(2026, 2, 28));
    CHECK(dueDate(29, 2028, 2) == QDate(2028, 2, 29));
    CHECK(dueDate(5, 2026, 2) == QDate(2026, 2, 5));
}

TEST_CASE("A level is due from its day until it has run that month; a missed day is caught up")
{
    // Day 10: not before the 10th, due on the 10th, and still due on the 14th
    // if the machine was off from the 10th to the 13th.
    CHECK_FALSE(isDue(10, QDate(2026, 11, 9), false));
    CHECK(isDue(10, QDate(2026, 11, 10), false));
    CHECK(isDue(10, QDate(2026, 11, 14), false));
    CHECK_FALSE(isDue(10, QDate(2026, 11, 14), true));
    // A new month starts over.
    CHECK_FALSE(isDue(10, QDate(2026, 12, 1), false));
    // Day 31 in November is due on the 30th.
    CHECK_FALSE(isDue(31, QDate(2026, 11, 29), false));
    CHECK(isDue(31, QDate(2026, 11, 30), false));
    CHECK(monthKey(QDate(2026, 1, 31)) == QStringLiteral("2026-01"));
}

#include "AutomationCalendar.h"

#include <algorithm>

namespace AutomationCalendar {

QDate dueDate(int dayOfMonth, int year, int month)
{
    const QDate first(year, month, 1);
    return QDate(year, month, std::clamp(dayOfMonth, 1, first.daysInMonth()));
}

QString monthKey(const QDate& date)
{
    return date.toString(QStringLiteral("yyyy-MM"));
}

bool isDue(int dayOfMonth, const QDate& today, bool ranThisMonth)
{
    return !ranThisMonth && today >= dueDate(dayOfMonth, today.year(), today.month());
}

QDate nextRun(int dayOfMonth, const QDate& today, bool ranThisMonth)
{
    if (!ranThisMonth)
        return std::max(today, dueDate(dayOfMonth, today.year(), today.month()));
    const QDate next = today.addMonths(1);
    return dueDate(dayOfMonth, next.year(), next.month());
}

} // namespace AutomationCalendar

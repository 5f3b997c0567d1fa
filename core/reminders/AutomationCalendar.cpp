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

} // namespace AutomationCalendar

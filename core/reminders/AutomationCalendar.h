#pragma once

#include <QDate>
#include <QString>

// When an automated level is due (reminder-rules.md, Automation): once per
// calendar month, on the first day D with D.day ≥ its day of month, a day
// beyond the month's length meaning its last day. A day missed (the machine
// was off) is caught up on the next run-due of the same month.
namespace AutomationCalendar {

// The level's day in that month: 31 in a 30-day month is the 30th, 29–31 in
// February its last day.
QDate dueDate(int dayOfMonth, int year, int month);
// "2026-11": the key of automation_runs (one automated run per level and month).
QString monthKey(const QDate& date);
// True when `today` is on or after this month's due date and the level has
// not yet run this month.
bool isDue(int dayOfMonth, const QDate& today, bool ranThisMonth);
// The day run-due will next run the level, as seen on `today`: today when it
// is due (a missed day is caught up at once), this month's due date when it
// is still ahead, next month's when the level already ran this month.
QDate nextRun(int dayOfMonth, const QDate& today, bool ranThisMonth);

} // namespace AutomationCalendar

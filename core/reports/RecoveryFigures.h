#pragma once

#include "money/Money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// How long a debtor has been in arrears (days_in_arrears, reminder-rules.md
// « Episodes »): the five bands managers read their arrears by.
enum class AgeBucket
{
    Days0To30,
    Days31To60,
    Days61To90,
    Days91To180,
    Over180
};

namespace AgeBuckets {
// Every bucket, youngest first.
QList<AgeBucket> all();
// "0-30", "31-60", "61-90", "91-180", "181+" (the JSON of `report recovery`).
QString key(AgeBucket bucket);
std::optional<AgeBucket> fromKey(const QString& key);
AgeBucket of(int daysInArrears);
// The days_in_arrears the bucket covers (maxDays: none for the last one).
int minDays(AgeBucket bucket);
std::optional<int> maxDays(AgeBucket bucket);
} // namespace AgeBuckets

struct AgeingRow
{
    AgeBucket bucket = AgeBucket::Days0To30;
    Money amount; // Σ overdue of the debtors in the bucket
    int count = 0;
};

// The agency's total overdue as of one month end.
struct MonthEndOverdue
{
    QDate monthEnd;
    Money overdue;
    int debtors = 0;
};

// Of the reminders of one level issued in the period, how many were
// followed by the end of their arrears period (overdue back to zero) within
// 15 and within 30 days of their date.
struct LevelEffectiveness
{
    int level = 0;
    QString name; // the level's name in the global program ("" when none)
    int issued = 0;
    int cleared15 = 0;
    int cleared30 = 0;
};

// Credits that reduced the overdue amount in one month (the part of each
// payment or credit note that paid what was already overdue on its day).
struct MonthRecovered
{
    QDate month; // the first day of the month
    Money amount;
};

// What the dashboard and the monthly recovery report show, as of one date,
// for one period [from, asOf]. Computed by RecoveryDashboard in one pass over
// the ledger.
struct RecoveryFigures
{
    QDate asOf;
    QDate from; // the period's first day (reminders and recoveries counted)

    Money totalOverdue;
    int debtors = 0;
    QDate monthAgo; // asOf one month earlier
    Money totalOverdueMonthAgo;
    int debtorsMonthAgo = 0;

    QList<AgeingRow> ageing;          // the five buckets, youngest first
    QList<MonthEndOverdue> monthly;   // the 24 month ends ≤ asOf, oldest first
    QList<LevelEffectiveness> levels; // by level
    QList<MonthRecovered> recovered;  // each month of the period, oldest first

    int lateDeadlines = 0; // recovery-path deadlines late as of asOf
    int latePlans = 0;     // payment plans late as of asOf
    int brokenPlans = 0;   // payment plans broken as of asOf
};

#pragma once

#include "RecoveryFigures.h"

#include <QString>

// The fixed words of the reports, in the report's language ("fr", "en"),
// like the letters' (LetterRenderer): a report is a document in the
// agency's language, whatever the language of whoever prints it, and its
// words are part of it like the letters' text.
struct RecoveryReportWords
{
    QString title; // « Rapport de recouvrement au %1 »
    QString period;
    QString keyFigures, indicator, asOfColumn, monthAgoColumn, change;
    QString totalOverdue, debtors, lateDeadlines, latePlans, brokenPlans;
    QString ageing, bucket, count, amount, share, total;
    QString monthly, monthEnd, overdue;
    QString effectiveness, level, name, issued, cleared15, cleared30;
    QString recovered, month, recoveredAmount;
    QString debtorList, ref, tenant, daysInArrears, lastLevel, noDebtor, bucketHeading;
    QString noReminder;
    QString subject;
};

// A landlord's statement and its covering e-mail.
struct OwnerStatementWords
{
    QString title; // « Relevé des impayés au %1 »
    QString owner, intro, tenants, ref, tenant, property, overdue, days, total;
    QString remindersOf, reminders, noReminder, nextStep;
    QString nextLevel, nextDeadline, lateDeadline, waiting, subject;
};

namespace ReportWords {
const RecoveryReportWords& recovery(const QString& language);
const OwnerStatementWords& owners(const QString& language);
// « 0 à 30 jours », « plus de 180 jours » / "0 to 30 days", "over 180 days".
QString bucket(AgeBucket bucket, const QString& language);
// « 66,7 % » / "66.7%": tenths of a percent of `part` in `whole` (rounded).
QString percent(qint64 part, qint64 whole, const QString& language);
} // namespace ReportWords

#pragma once

#include "IssuedReminder.h"
#include "LedgerEntry.h"
#include "money/Money.h"

#include <QDate>
#include <QList>
#include <QString>

// One overdue debit as a tenant would read it on a letter.
struct PositionItem
{
    qint64 entryId = 0;
    QString entryRef;
    QString label;
    EntryKind kind = EntryKind::Rent;
    QDate date;
    QDate dueDate;
    Money amount;
    Money remaining;
};

// What one account owes as of one date (reminder-rules.md, "What is owed" and
// "Episodes"). Computed from posting dates only, never the wall clock.
struct AccountPosition
{
    qint64 accountId = 0;
    QString ref;
    QString name;
    QDate asOf;

    Money balance;       // Σ debits − Σ credits; negative when in credit
    Money overdue;       // Σ remaining of overdue items
    QDate oldestDueDate; // null when nothing is overdue
    int daysLate = 0;
    QDate episodeStart; // E
    QDate arrearsSince; // E + 1 (null when nothing is overdue)
    int daysInArrears = 0;
    int lastLevel = 0;        // highest level issued in the episode, 0 if none
    int lastLevelRepeats = 0; // highest repeat of lastLevel in the episode
    QDate lastReminderDate;   // null when the episode has no reminder
    QList<IssuedReminder> episodeReminders;
    QList<PositionItem> items; // overdue items, in allocation order

    bool isDebtor() const { return overdue.isPositive(); }
    // A rejected direct debit still unpaid among the overdue items: the
    // direct_debit exclusion then does not apply.
    bool hasUnpaidReversal() const;

    // The position of the account whose ledger is `entries` (any posting
    // dates) and whose issued reminders are `reminders` (any dates).
    static AccountPosition compute(const QList<LedgerEntry>& entries,
                                   const QList<IssuedReminder>& reminders, QDate asOf);
};

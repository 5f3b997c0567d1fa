#pragma once

#include "Level.h"
#include "SkipReason.h"
#include "ledger/Account.h"
#include "ledger/AccountPosition.h"
#include "money/Money.h"
#include "recovery/PaymentPlan.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One reminder a run would issue: an account at a level (or a repeat of it).
struct PlannedReminder
{
    qint64 accountId = 0;
    QString ref;
    int level = 0; // position in the program
    QString levelName;
    int repeat = 0; // 0 for the level's first issue, n for its n-th repeat
    Money overdue;
    Money balance;
    QStringList recipients; // used ones, in order: "tenant", "guarantor"
    QStringList channels;   // used ones, in order: "letter", "email"
    Money fee;              // what will be charged (zero when none or blocked)
    QString feeBlocked;     // "residential_lease" or empty
    QDate deadline;         // asOf + payment_deadline_days
    QDate episodeStart;     // E: part of the exactly-once key

    // What the run needs to record and address it.
    Level levelSettings;
    Account account;             // with every guarantor
    QList<Guarantor> guarantors; // the reachable ones that receive it
    bool tenantByLetter = false; // the tenant gets a letter
    bool tenantByEmail = false;  // the tenant gets an e-mail (usable address)
    AccountPosition position;    // amounts and overdue items the letter states
};

// A debtor the run would not issue a reminder to, and why.
struct PlanSkip
{
    qint64 accountId = 0;
    QString ref;
    int level = 0; // the next level (reminder-rules.md says which for each reason)
    SkipReason reason;
    // When the reason may be overridden and a level is there to issue: the
    // reminder a manual run would issue.
    std::optional<PlannedReminder> manual;
};

// A debtor's current payment plan and where it stands as of the plan's
// date (recovery-path.md « Payment plans »): what staff and scripts read
// beside the decision, since the plan's state is why reminders wait or resume.
struct DebtorPaymentPlan
{
    qint64 accountId = 0;
    QString ref;
    PaymentPlan plan;
    PlanStatus status;
    // The next instalment due on or after the date, while the plan holds
    // (a plan that ended expects nothing more).
    std::optional<Instalment> next;
};

// The simulation (« simulation »): exactly what a run with the same data and
// date would issue, and why every other debtor is skipped. Lists are sorted
// by ref (Unicode code point).
struct Plan
{
    QDate asOf;
    QStringList warnings; // "stale_ledger"
    QList<PlannedReminder> reminders;
    QList<PlanSkip> skipped;
    // The current payment plan of each debtor that has one (in any state),
    // sorted by ref like the lists above.
    QList<DebtorPaymentPlan> paymentPlans;

    const PlannedReminder* reminderFor(const QString& ref) const;
    const PlanSkip* skipFor(const QString& ref) const;
    const DebtorPaymentPlan* paymentPlanFor(qint64 accountId) const;
};

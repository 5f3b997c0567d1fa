#pragma once

#include "money/Money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// One instalment of a payment plan: due on top of the current rent.
struct Instalment
{
    QDate due;
    Money amount;
};

// A payment plan (« plan d'apurement », recovery-path.md « Payment plans »):
// a debt paid in N monthly instalments from a first date. Only what was
// agreed is stored; the schedule and the plan's state are computed.
struct PaymentPlan
{
    qint64 id = 0;
    qint64 accountId = 0;
    QDate created; // P: the plan exists from that day
    Money debt;
    int instalments = 1; // 1 … 36
    QDate firstDue;      // F
    QDate signedOn;      // null until the agreement is recorded as signed
    QString userName;
    QDateTime createdAt;

    static constexpr int maxInstalments = 36;
    // The « Plan CAF par défaut » (CCH R.824-12).
    static constexpr int cafPresetInstalments = 36;

    // Instalment i (0-based) is due F + i months (calendar, clamped at month
    // end); each is debt / N rounded down to the cent, the last takes the rest.
    QList<Instalment> schedule() const;
    // debt − Σ instalments due before d, never below 0.
    Money allowed(QDate d) const;
    // What is still owed under the plan once instalment i (0-based) is paid:
    // debt − Σ instalments 0 … i (the « reste dû » column of the agreement).
    Money leftAfter(int i) const;
    // The first instalment due on or after d, if any.
    std::optional<Instalment> nextFrom(QDate d) const;
};

enum class PlanState
{
    Respected,
    Late,
    Broken,
    Completed
};

// Where a plan stands as of one date.
struct PlanStatus
{
    PlanState state = PlanState::Respected;
    QDate lateSince;   // L of the current late stretch (late, or the one that broke it)
    QDate brokenOn;    // L + grace days
    QDate completedOn; // first day after creation with nothing overdue
    Money allowed;     // allowed(D)
    Money overdue;     // overdue(D)

    // The payment_plan exclusion holds (reminders wait).
    bool holds() const { return state == PlanState::Respected || state == PlanState::Late; }
    // What is owed beyond what the plan allows (0 once it is completed).
    Money behind() const;
    // Instalment i is covered when what is overdue fits in what is left
    // after it: paid on time or early (a missed current rent uncovers the
    // latest ones, as it counts against the plan).
    bool covers(const PaymentPlan& plan, int i) const { return overdue <= plan.leftAfter(i); }
};

namespace PlanStates {
QString toKey(PlanState state); // respected, late, broken, completed
} // namespace PlanStates

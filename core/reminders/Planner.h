#pragma once

#include "Plan.h"
#include "Program.h"
#include "ledger/Debtor.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>
#include <variant>

class Database;

// The one implementation of reminder-rules.md's decision: which level (or
// repeat) goes to each debtor, or why not. `plan` shows its result and `run`
// issues exactly that, so the simulation cannot disagree with the run.
class Planner
{
    Q_DECLARE_TR_FUNCTIONS(Planner)

public:
    // globalProgram may be empty (no levels); customPrograms by id.
    Planner(Program globalProgram, QList<Program> customPrograms, int staleLedgerDays = 7);

    // Pure: decides for each debtor (accounts with overdue > 0; others are
    // ignored). newestPayment is the newest credit other than a credit note
    // posted on or before asOf, if any.
    Plan plan(QDate asOf, const QList<Debtor>& debtors, std::optional<QDate> newestPayment) const;

    // The decision for one debtor: a reminder, or a skip.
    std::variant<PlannedReminder, PlanSkip> decide(const Debtor& debtor) const;

    // Loads programs, settings and debtors from the database and plans.
    // When `debtors` is given it receives the debtors the plan was made on
    // (the Debtors screen shows both, read once).
    static Result<Plan> build(const Database& db, QDate asOf, QList<Debtor>* debtors = nullptr);

    // The key of the settings table holding the stale ledger days (default 7).
    static QString staleLedgerDaysKey() { return QStringLiteral("stale_ledger_days"); }
    static bool isStale(QDate asOf, std::optional<QDate> newestPayment, int staleDays);

    // Sorts by ref, comparing Unicode code points (not UTF-16 units).
    static bool refLess(const QString& a, const QString& b);

private:
    const Program& programOf(const Account& account) const;

    Program m_global;
    QList<Program> m_custom;
    int m_staleDays = 7;
};

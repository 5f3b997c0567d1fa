#pragma once

#include "PlanLetterFields.h"
#include "recovery/PaymentPlan.h"
#include "util/Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

class Database;

// The payment plans a batch of reminder letters may speak of (plan.*),
// read once per batch. Only an account that has a plan costs anything more:
// its ledger is read to follow the plan as of the letter's date; the
// accounts without one (nearly all) cost a hash lookup.
class LetterPlans
{
public:
    static Result<LetterPlans> load(const Database& db);
    // Inside the caller's transaction (the e-mails a run queues).
    static Result<LetterPlans> loadIn(QSqlDatabase& conn);

    bool has(qint64 accountId) const { return m_plans.contains(accountId); }
    // The account's plan as of `date`, with its state; none when the
    // account had no plan by then.
    Result<std::optional<LetterPlan>> of(const Database& db, qint64 accountId, QDate date) const;
    Result<std::optional<LetterPlan>> ofIn(QSqlDatabase& conn, qint64 accountId, QDate date) const;

private:
    QHash<qint64, QList<PaymentPlan>> m_plans;
    int m_graceDays = 15;
};

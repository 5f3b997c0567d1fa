#pragma once

#include "PaymentPlan.h"
#include "ledger/LedgerEntry.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

class Database;

// Payment plans (recovery-path.md « Payment plans »): creating one with its
// rules, recording the signed agreement, and following every plan as of a
// date. The one place for them, for the GUI, the CLI and the engine.
class PaymentPlans
{
    Q_DECLARE_TR_FUNCTIONS(PaymentPlans)

public:
    struct Request
    {
        QString ref;
        QDate asOf;                // P
        int instalments = 0;       // N, 1 … 36
        QDate firstDue;            // F, on or after P
        std::optional<Money> debt; // default: overdue as of P
    };

    // A plan with its account and where it stands as of a date.
    struct Followed
    {
        QString ref;
        QString name;
        PaymentPlan plan;
        PlanStatus status;
    };

    explicit PaymentPlans(const Database& db)
        : m_db(db)
    {}

    // Checks and stores a new plan; refused (nothing stored) for an unknown
    // account, N outside 1 … 36, a first date before P, a debt ≤ 0, or
    // while another plan of the account is neither broken nor completed.
    Result<PaymentPlan> create(const Request& request, const QString& userName) const;
    // Records the account's plan as signed on `date`, with the
    // `debt_acknowledged` event that restarts prescription (C. civ. 2240).
    Result<PaymentPlan> sign(const QString& ref, QDate date, const QString& userName) const;
    // The account's plan as of asOf (its latest created by then); NotFound
    // when it had none by then.
    Result<Followed> show(const QString& ref, QDate asOf) const;
    // Every plan created by asOf, by ref then creation.
    Result<QList<Followed>> list(QDate asOf) const;
    // One account's plans created by asOf, oldest first, each as of asOf
    // (the account form lists them; none is an empty list).
    Result<QList<Followed>> ofAccount(const QString& ref, QDate asOf) const;

    // The plan among `plans` (one account's, oldest first) in force as of
    // asOf: the latest created by then, with its state; none before the first.
    static std::optional<std::pair<PaymentPlan, PlanStatus>>
    current(const QList<PaymentPlan>& plans, const QList<LedgerEntry>& entries, QDate asOf,
            int graceDays);

private:
    Result<int> graceDays() const;
    const Database& m_db;
};

#pragma once

#include "recovery/PaymentPlan.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

class Database;

// Payment plans in the database (table payment_plans). It stores; what may
// be created or signed is decided by PaymentPlans (core/recovery).
class PaymentPlanRepository
{
    Q_DECLARE_TR_FUNCTIONS(PaymentPlanRepository)

public:
    explicit PaymentPlanRepository(const Database& db)
        : m_db(db)
    {}

    // Every plan, by account, oldest first (the engine follows them all).
    Result<QHash<qint64, QList<PaymentPlan>>> byAccount() const;
    // One account's plans, oldest first.
    Result<QList<PaymentPlan>> forAccount(qint64 accountId) const;

    // Inside the caller's transaction.
    static Result<QHash<qint64, QList<PaymentPlan>>> byAccountIn(QSqlDatabase& conn);
    static Result<QList<PaymentPlan>> forAccountIn(QSqlDatabase& conn, qint64 accountId);
    static Result<qint64> insertIn(QSqlDatabase& conn, const PaymentPlan& plan);
    static Status setSignedIn(QSqlDatabase& conn, qint64 planId, QDate signedOn);

private:
    const Database& m_db;
};

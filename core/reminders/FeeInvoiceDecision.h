#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>

class Database;

// Validating and cancelling a reminder fee invoice. The state rule
// (FeeInvoiceStates::canMove: draft → validated → cancelled, or draft →
// cancelled, never back) is checked here, in the transaction that stores
// the change and posts its ledger entry (FeeInvoiceRepository).
class FeeInvoiceDecision
{
    Q_DECLARE_TR_FUNCTIONS(FeeInvoiceDecision)

public:
    // A draft becomes validated: its debit is posted, dated `date`.
    static Status validate(const Database& db, qint64 id, const QDate& date);
    // Cancels a draft (nothing to reverse) or a validated invoice (its
    // credit note is posted, dated `date`, matching the debit).
    static Status cancel(const Database& db, qint64 id, const QDate& date);
};

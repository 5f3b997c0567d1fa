#pragma once

#include "reminders/FeeInvoice.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

class Database;

// Reminder fee invoices and the ledger entries they post.
//
// A validated invoice has posted a debit of kind `fee` (dated and due on the
// invoice date); cancelling it posts a credit note that names (matches) that
// debit, so the allocation pays the fee with it and nothing else.
class FeeInvoiceRepository
{
    Q_DECLARE_TR_FUNCTIONS(FeeInvoiceRepository)

public:
    explicit FeeInvoiceRepository(const Database& db)
        : m_db(db)
    {}

    // Inside the run's transaction: numbers the invoice, inserts it and, when
    // its state is Validated, posts the debit. Returns the stored invoice.
    static Result<FeeInvoice> createIn(QSqlDatabase& conn, FeeInvoice invoice,
                                       const QString& label);

    // Inside the caller's transaction; FeeInvoiceDecision checks that the
    // change is allowed. Validated: its debit is posted, dated `date`.
    static Status storeValidatedIn(QSqlDatabase& conn, const FeeInvoice& invoice,
                                   const QDate& date);
    // Cancelled: a validated invoice posts its credit note dated `date`,
    // matching the debit; a draft has nothing to reverse.
    static Status storeCancelledIn(QSqlDatabase& conn, const FeeInvoice& invoice,
                                   const QDate& date);
    static Result<FeeInvoice> loadIn(QSqlDatabase& conn, qint64 id);

    Result<FeeInvoice> byId(qint64 id) const;
    Result<FeeInvoice> byNumber(const QString& number) const;
    Result<QList<FeeInvoice>> ofAccount(qint64 accountId) const;
    Result<QList<FeeInvoice>> all() const;

private:
    static Result<QList<FeeInvoice>> loadManyIn(QSqlDatabase& conn, const QString& where,
                                                const QVariantList& values);
    static Result<qint64> postEntryIn(QSqlDatabase& conn, const FeeInvoice& invoice, bool debit,
                                      const QDate& date, const QString& label);
    const Database& m_db;
};

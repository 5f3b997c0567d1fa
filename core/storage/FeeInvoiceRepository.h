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

    // A draft becomes validated: its debit is posted, dated `date`.
    Status validate(qint64 id, const QDate& date) const;
    // Cancels a draft (nothing to reverse) or a validated invoice (posts the
    // credit note dated `date`, matching the debit).
    Status cancel(qint64 id, const QDate& date) const;

    Result<FeeInvoice> byId(qint64 id) const;
    Result<FeeInvoice> byNumber(const QString& number) const;
    Result<QList<FeeInvoice>> ofAccount(qint64 accountId) const;
    Result<QList<FeeInvoice>> all() const;

private:
    static Result<FeeInvoice> loadIn(QSqlDatabase& conn, qint64 id);
    static Result<QList<FeeInvoice>> loadManyIn(QSqlDatabase& conn, const QString& where,
                                                const QVariantList& values);
    static Result<qint64> postEntryIn(QSqlDatabase& conn, const FeeInvoice& invoice, bool debit,
                                      const QDate& date, const QString& label);
    const Database& m_db;
};

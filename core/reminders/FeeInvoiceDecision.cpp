#include "FeeInvoiceDecision.h"

#include "FeeInvoiceState.h"
#include "storage/Database.h"
#include "storage/FeeInvoiceRepository.h"

Status FeeInvoiceDecision::validate(const Database& db, qint64 id, const QDate& date)
{
    return db.write([&](QSqlDatabase& conn) -> Status {
        auto invoice = FeeInvoiceRepository::loadIn(conn, id);
        if (!invoice)
            return Status::failure(invoice.error());
        if (!FeeInvoiceStates::canMove(invoice->state, FeeInvoiceState::Validated))
            return Status::failure(
                tr("Fee invoice %1 is %2: only a draft can be validated.")
                    .arg(invoice->number, FeeInvoiceStates::label(invoice->state).toLower()));
        return FeeInvoiceRepository::storeValidatedIn(conn, *invoice, date);
    });
}

Status FeeInvoiceDecision::cancel(const Database& db, qint64 id, const QDate& date)
{
    return db.write([&](QSqlDatabase& conn) -> Status {
        auto invoice = FeeInvoiceRepository::loadIn(conn, id);
        if (!invoice)
            return Status::failure(invoice.error());
        if (!FeeInvoiceStates::canMove(invoice->state, FeeInvoiceState::Cancelled))
            return Status::failure(tr("Fee invoice %1 is already cancelled.").arg(invoice->number));
        return FeeInvoiceRepository::storeCancelledIn(conn, *invoice, date);
    });
}

#pragma once

#include <QList>
#include <QString>

#include <optional>

// A reminder fee invoice: a draft waits for someone to check it; a validated
// one has posted its debit on the tenant's ledger; a cancelled one is void
// (and, if it had been validated, its debit was reversed by a credit note).
enum class FeeInvoiceState
{
    Draft,
    Validated,
    Cancelled
};

namespace FeeInvoiceStates {
QString toKey(FeeInvoiceState state);
std::optional<FeeInvoiceState> fromKey(const QString& key);
QString label(FeeInvoiceState state);
// draft → validated, draft → cancelled, validated → cancelled; a cancelled
// invoice never comes back (a new one is issued instead).
bool canMove(FeeInvoiceState from, FeeInvoiceState to);
QList<FeeInvoiceState> all();
} // namespace FeeInvoiceStates

#pragma once

#include "FeeInvoiceState.h"
#include "money/Money.h"

#include <QDate>
#include <QString>

// A reminder fee invoice (« facture de frais de relance »). Never created for
// residential or furnished leases: the run checks that before.
struct FeeInvoice
{
    qint64 id = 0;
    QString number; // "FR-2026-00001": unique, in issue order
    qint64 reminderId = 0;
    qint64 accountId = 0;
    QDate date;
    Money amount;
    QString supplierAccount;
    QString expenseAccount;
    FeeInvoiceState state = FeeInvoiceState::Draft;
    qint64 debitEntryId = 0;      // the fee debit posted on validation
    qint64 creditNoteEntryId = 0; // the credit note posted on cancellation
};

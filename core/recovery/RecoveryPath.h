#pragma once

#include "CaseEvent.h"
#include "Deadline.h"
#include "RecoveryAccount.h"
#include "RecoverySettings.h"
#include "ledger/LedgerEntry.h"

#include <QDate>
#include <QList>

// A reminder as the recovery path needs it.
struct RecoveryReminder
{
    QDate date;
    bool registered = false;       // its level goes by registered letter
    bool reachedGuarantor = false; // a guarantor received it
};

// One account's recovery path as of D (recovery-path.md): its deadlines,
// the CCAPEX flag, the date the resolutory clause takes effect and the
// prescription of each unpaid item. Pure: everything comes from the
// arguments, nothing reads the clock or the database, so the GUI, the CLI
// and the tests get the same answer.
class RecoveryPath
{
public:
    struct Input
    {
        RecoveryAccount account;
        QList<LedgerEntry> entries;        // any posting dates
        QList<RecoveryReminder> reminders; // any dates
        QList<CaseEvent> events;           // any dates, cancelled ones included
        QList<QDate> paymentPlansCreated;  // creation dates of its payment plans
    };

    static RecoveryView compute(const Input& input, QDate asOf, const RecoverySettings& settings);

    // The `source` of a deadline: « CCH R.824-4 (MSA) », « GLI : Contrat X ».
    static QString source(DeadlineKind kind, const RecoveryAccount& account,
                          const RecoverySettings& settings);
};

#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

class Database;

// Turns the reminders of a run into outgoing e-mails: one outbox message per
// reminder and recipient address (each of the tenant's addresses, and each
// guarantor's when the reminder's recipients include the guarantor), with the
// letter of that addressee attached. Subject and body are that letter's:
// LetterComposer merges the reminder's template (TemplateRepository::
// forReminder, as LetterProducer chooses it) with the same LetterFacts
// (the reminder's recorded snapshot, addressed to the tenant or guarantor).
//
// Idempotent: queueing the same run twice adds nothing (the outbox has a
// unique key per reminder, recipient and address), so the run command may
// call it again after a crash. An address that cannot be used (no '@',
// CR/LF, spaces…) is queued as a permanent failure, listed in `refused`, and
// its letter goes back to the print batch: nothing is ever silently dropped.
class MailQueue
{
    Q_DECLARE_TR_FUNCTIONS(MailQueue)

public:
    struct Report
    {
        int queued = 0; // new messages ready to send
        int alreadyQueued = 0;
        QStringList refused; // "LOC0042: “jean@@x” is not a valid e-mail address."
    };

    // In its own write transaction.
    static Result<Report> queueRun(const Database& db, qint64 runId);
    // Inside the caller's transaction (e.g. the one that records the run).
    static Result<Report> queueRunIn(QSqlDatabase& conn, qint64 runId);
};

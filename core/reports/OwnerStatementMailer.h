#pragma once

#include "OwnerStatement.h"
#include "OwnerStatementPdf.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class Database;

// Queues the landlords' statements in the outbox, exactly once: each
// owner's statement of a date is recorded in owner_statements (unique on
// owner and date) in the transaction that queues its e-mail, so running the
// batch again queues nothing. The e-mail goes to the owner's first address
// with the owner's PDF attached; owners with no usable address get none
// (their statement is printed with the batch). Outbox sends them like the
// letters' e-mails.
class OwnerStatementMailer
{
    Q_DECLARE_TR_FUNCTIONS(OwnerStatementMailer)

public:
    struct Report
    {
        int queued = 0;
        int alreadyQueued = 0;
        int withoutAddress = 0;
        QStringList refused; // "PROP0042: “x@@y” is not a valid e-mail address."
    };

    // `files.paths` in the order of `all.statements` (OwnerStatementPdf).
    static Result<Report> queue(const Database& db, const OwnerStatements& all,
                                const OwnerStatementFiles& files);
};

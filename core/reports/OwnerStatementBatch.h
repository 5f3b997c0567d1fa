#pragma once

#include "OwnerStatementMailer.h"
#include "OwnerStatementPdf.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class Database;

// The landlords' statements of a date from start to end, for every face
// (`report owners`, the dashboard's « Landlords' statements… »): gather them
// (OwnerStatementLoader), write one PDF per owner and the merged one
// (OwnerStatementPdf::writeAll), and when asked queue each in the outbox,
// exactly once per owner and date (OwnerStatementMailer). Sending is the
// face's: it knows how to ask for the password; the batch gives the outbox
// messages of the date to send.
class OwnerStatementBatch
{
    Q_DECLARE_TR_FUNCTIONS(OwnerStatementBatch)

public:
    enum class Step
    {
        Loading,
        Writing,
        Queueing,
        Done
    };
    // Called before each step; returning false stops the batch there (a
    // failure of kind Cancelled). Files already written stay.
    using Progress = std::function<bool(Step step)>;

    struct Outcome
    {
        int statements = 0; // 0: no landlord has a tenant in arrears, nothing written
        OwnerStatementFiles files;
        // Set when e-mails were asked and queueing ran.
        std::optional<OwnerStatementMailer::Report> queue;
        // Every outbox message of the date's statements (this batch's and
        // earlier ones'), to send.
        QList<qint64> messageIds;
        // Queueing (or reading the queued messages) failed after the files
        // were written: the files are there, the e-mails are not.
        QString mailError;
    };

    explicit OwnerStatementBatch(const Database& db)
        : m_db(db)
    {}

    // `language`: "fr" or "en", the statements' and the e-mails' language.
    Result<Outcome> run(QDate asOf, const QString& language, const QString& dir, bool queueEmails,
                        const Progress& progress = {}) const;

private:
    const Database& m_db;
};

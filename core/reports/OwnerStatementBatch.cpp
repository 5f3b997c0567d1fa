#include "OwnerStatementBatch.h"

#include "OwnerStatementLoader.h"
#include "storage/OwnerStatementRepository.h"

Result<OwnerStatementBatch::Outcome> OwnerStatementBatch::run(QDate asOf, const QString& language,
                                                              const QString& dir, bool queueEmails,
                                                              const Progress& progress) const
{
    const auto stopped = [&progress](Step step) {
        return progress && !progress(step);
    };
    const auto cancelled = [] {
        return Result<Outcome>::failure(ErrorKind::Cancelled,
                                        tr("Stopped: the statements written so far stay in the "
                                           "folder; nothing was queued."));
    };
    if (stopped(Step::Loading))
        return cancelled();
    auto statements = OwnerStatementLoader(m_db).load(asOf, language);
    if (!statements)
        return Result<Outcome>::failure(statements.kind(), statements.error());
    Outcome outcome;
    outcome.statements = int(statements->statements.size());
    if (outcome.statements == 0) {
        if (progress)
            progress(Step::Done);
        return outcome;
    }
    if (stopped(Step::Writing))
        return cancelled();
    auto files = OwnerStatementPdf::writeAll(*statements, dir);
    if (!files)
        return Result<Outcome>::failure(files.kind(), files.error());
    outcome.files = *files;
    if (queueEmails) {
        // Past this point the batch finishes: the files are written, and
        // queueing is one transaction that either records a statement's
        // e-mail or not.
        if (stopped(Step::Queueing))
            return cancelled();
        auto queued = OwnerStatementMailer::queue(m_db, *statements, *files);
        if (!queued) {
            outcome.mailError = queued.error();
            return outcome;
        }
        outcome.queue = *queued;
        auto ids = OwnerStatementRepository(m_db).outboxMessages(asOf);
        if (!ids)
            outcome.mailError = ids.error();
        else
            outcome.messageIds = *ids;
    }
    if (progress)
        progress(Step::Done);
    return outcome;
}

#include "LetterProducer.h"

#include "storage/Database.h"

Result<LetterOutput> LetterProducer::produceRun(const Database& db, qint64 runId,
                                                const LetterOutputOptions& options)
{
    Q_UNUSED(db);
    Q_UNUSED(runId);
    Q_UNUSED(options);
    return Result<LetterOutput>::failure(tr("Letters cannot be produced yet."));
}

Result<LetterOutput> LetterProducer::produceLetters(const Database& db,
                                                    const QList<qint64>& letterIds,
                                                    const LetterOutputOptions& options)
{
    Q_UNUSED(db);
    Q_UNUSED(letterIds);
    Q_UNUSED(options);
    return Result<LetterOutput>::failure(tr("Letters cannot be produced yet."));
}

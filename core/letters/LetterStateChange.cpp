#include "LetterStateChange.h"

#include "storage/Database.h"
#include "storage/ReminderRepository.h"

Status LetterStateChange::apply(const Database& db, qint64 letterId, LetterState state)
{
    return db.write([&](QSqlDatabase& conn) { return applyIn(conn, letterId, state); });
}

Status LetterStateChange::applyIn(QSqlDatabase& conn, qint64 letterId, LetterState state)
{
    auto from = ReminderRepository::letterStateIn(conn, letterId);
    if (!from)
        return Status::failure(from.error());
    if (!from->has_value())
        return Status::failure(tr("There is no letter number %1.").arg(letterId));
    if (**from == state)
        return {};
    if (!LetterStates::canMove(**from, state))
        return Status::failure(tr("A letter that is “%1” cannot become “%2”.")
                                   .arg(LetterStates::label(**from), LetterStates::label(state)));
    return ReminderRepository::storeLetterStateIn(conn, letterId, state);
}

#include "OutboxDecision.h"

#include "OutboxState.h"
#include "storage/Database.h"
#include "storage/OutboxRepository.h"

namespace {

Status move(const Database& db, qint64 id, OutboxState to)
{
    return db.write([&](QSqlDatabase& conn) -> Status {
        auto from = OutboxRepository::stateIn(conn, id);
        if (!from)
            return Status::failure(from.error());
        if (!from->has_value())
            return Status::failure(OutboxDecision::tr("There is no e-mail number %1.").arg(id));
        if (!OutboxStates::canMove(**from, to))
            return Status::failure(OutboxDecision::tr("An e-mail that is “%1” cannot become “%2”.")
                                       .arg(OutboxStates::label(**from), OutboxStates::label(to)));
        return to == OutboxState::Sent
                   ? OutboxRepository::storeConfirmedIn(
                         conn, id, OutboxDecision::tr("Confirmed as received by a person."))
                   : OutboxRepository::storeRequeuedIn(conn, id);
    });
}

} // namespace

Status OutboxDecision::confirmSent(const Database& db, qint64 id)
{
    return move(db, id, OutboxState::Sent);
}

Status OutboxDecision::requeue(const Database& db, qint64 id)
{
    return move(db, id, OutboxState::Queued);
}

#include "OutboxState.h"

#include <QCoreApplication>

namespace OutboxStates {

QString toKey(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return QStringLiteral("queued");
    case OutboxState::Sending:
        return QStringLiteral("sending");
    case OutboxState::Sent:
        return QStringLiteral("sent");
    case OutboxState::Failed:
        return QStringLiteral("failed");
    case OutboxState::Uncertain:
        return QStringLiteral("uncertain");
    }
    return {};
}

std::optional<OutboxState> fromKey(const QString& key)
{
    for (OutboxState s : all())
        if (toKey(s) == key)
            return s;
    return std::nullopt;
}

QString label(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return QCoreApplication::translate("OutboxStates", "Waiting to be sent");
    case OutboxState::Sending:
        return QCoreApplication::translate("OutboxStates", "Being sent");
    case OutboxState::Sent:
        return QCoreApplication::translate("OutboxStates", "Sent");
    case OutboxState::Failed:
        return QCoreApplication::translate("OutboxStates", "Failed");
    case OutboxState::Uncertain:
        return QCoreApplication::translate("OutboxStates", "Uncertain (check before re-sending)");
    }
    return {};
}

bool canMove(OutboxState from, OutboxState to)
{
    switch (from) {
    case OutboxState::Queued:
        // Failed straight from the queue: refused before any connection.
        return to == OutboxState::Sending || to == OutboxState::Failed;
    case OutboxState::Sending:
        return to == OutboxState::Sent || to == OutboxState::Failed || to == OutboxState::Uncertain;
    case OutboxState::Failed:
        // A temporary failure is tried again; a person may re-queue any.
        return to == OutboxState::Sending || to == OutboxState::Queued;
    case OutboxState::Uncertain:
        // Only a person decides: it did arrive (sent) or send it again.
        return to == OutboxState::Sent || to == OutboxState::Queued;
    case OutboxState::Sent:
        return false;
    }
    return false;
}

QList<OutboxState> all()
{
    return {OutboxState::Queued, OutboxState::Sending, OutboxState::Sent, OutboxState::Failed,
            OutboxState::Uncertain};
}

} // namespace OutboxStates

#pragma once

#include <QList>
#include <QString>

#include <optional>

// The life of one outgoing e-mail. "Sending" is written before the message
// goes to the server and "sent" after the server accepted it, so a message
// found in "sending" when the program starts was interrupted between the two:
// it becomes "uncertain" and is never sent again without a person deciding.
enum class OutboxState
{
    Queued,
    Sending,
    Sent,
    Failed, // temporary (retried after next_attempt_at) or permanent (reported)
    Uncertain
};

namespace OutboxStates {
QString toKey(OutboxState state);
std::optional<OutboxState> fromKey(const QString& key);
QString label(OutboxState state);
bool canMove(OutboxState from, OutboxState to);
QList<OutboxState> all();
} // namespace OutboxStates

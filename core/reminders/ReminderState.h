#pragma once

#include <QList>
#include <QString>

#include <optional>

// The state of a reminder's paper letter, as staff follow it: rendered into a
// PDF, printed, or waiting for the next print batch (an automated run, or an
// e-mail that failed for good and must go on paper).
enum class LetterState
{
    Generated,
    Printed,
    Pending
};

// Storage keys (the schema's CHECK values, JSON) kept apart from the labels
// people read, and the moves the application allows.
namespace LetterStates {
QString toKey(LetterState state);
std::optional<LetterState> fromKey(const QString& key);
QString label(LetterState state);
// A printed letter stays printed: reprinting a copy does not change what was
// sent. A generated or pending letter may still be printed; a generated one
// may be sent back to the print batch, a pending one rendered to PDF.
bool canMove(LetterState from, LetterState to);
QList<LetterState> all();
} // namespace LetterStates

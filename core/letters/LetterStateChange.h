#pragma once

#include "reminders/ReminderState.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

class Database;

// Moves a letter along its lifecycle (to print → generated → printed),
// refusing what the lifecycle does not allow (LetterStates::canMove: a
// printed letter never goes back to the print batch). The rule is checked
// in the transaction that stores the change (ReminderRepository).
class LetterStateChange
{
    Q_DECLARE_TR_FUNCTIONS(LetterStateChange)

public:
    static Status apply(const Database& db, qint64 letterId, LetterState state);
    // Inside the caller's transaction (a production records all its letters
    // at once, or none).
    static Status applyIn(QSqlDatabase& conn, qint64 letterId, LetterState state);
};

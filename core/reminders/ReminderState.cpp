#include "ReminderState.h"

#include <QCoreApplication>

namespace LetterStates {

QString toKey(LetterState state)
{
    switch (state) {
    case LetterState::Generated:
        return QStringLiteral("generated");
    case LetterState::Printed:
        return QStringLiteral("printed");
    case LetterState::Pending:
        return QStringLiteral("pending");
    }
    return {};
}

std::optional<LetterState> fromKey(const QString& key)
{
    for (LetterState s : all())
        if (toKey(s) == key)
            return s;
    return std::nullopt;
}

QString label(LetterState state)
{
    switch (state) {
    case LetterState::Generated:
        return QCoreApplication::translate("LetterStates", "Generated (PDF)");
    case LetterState::Printed:
        return QCoreApplication::translate("LetterStates", "Printed");
    case LetterState::Pending:
        return QCoreApplication::translate("LetterStates", "To print");
    }
    return {};
}

bool canMove(LetterState from, LetterState to)
{
    switch (from) {
    case LetterState::Generated:
        return to == LetterState::Printed || to == LetterState::Pending;
    case LetterState::Pending:
        return to == LetterState::Printed || to == LetterState::Generated;
    case LetterState::Printed:
        return false;
    }
    return false;
}

QList<LetterState> all()
{
    return {LetterState::Generated, LetterState::Printed, LetterState::Pending};
}

} // namespace LetterStates

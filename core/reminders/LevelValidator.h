#pragma once

#include "Level.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// What makes a level fit to be saved: the checks ProgramRepository makes
// (it refuses the same faults) plus those a form should catch before a run
// does: a fee with no accounts to book it on, a repeat on a level that is
// not the last. Each problem names its field so that the level dialog shows
// it under that field.
class LevelValidator
{
    Q_DECLARE_TR_FUNCTIONS(LevelValidator)

public:
    enum class Field
    {
        Name,
        DelayDays,
        MinGapDays,
        Threshold,
        Recipients,
        Channels,
        PaymentDeadline,
        FeeAmount,
        FeeAccounts,
        AutomationOrder,
        AutomationDay,
        Repeat,
    };
    struct Problem
    {
        Field field;
        QString message;
    };

    // otherNames: the names of the other levels of the same program (a name
    // must be unique there: it is how staff and letters tell levels apart).
    // isLastLevel: repeats are only allowed on the program's last level.
    explicit LevelValidator(QStringList otherNames = {}, bool isLastLevel = true)
        : m_otherNames(std::move(otherNames))
        , m_isLastLevel(isLastLevel)
    {}

    QList<Problem> check(const Level& level) const;

    // The automation day of month: 1..31, a day beyond the month's length
    // meaning its last day (reminder-rules.md, Automation).
    static constexpr int minAutomationDay = 1;
    static constexpr int maxAutomationDay = 31;
    // The upper bounds the level dialog's fields allow; `config import`
    // holds a file to the same.
    static constexpr int maxDays = 3650; // delay, minimum gap, repeat interval
    static constexpr int maxPaymentDeadlineDays = 365;
    static constexpr int maxAutomationOrder = 999;
    static constexpr int maxRepeats = 99;

private:
    QStringList m_otherNames;
    bool m_isLastLevel = true;
};

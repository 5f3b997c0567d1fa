#pragma once

#include "RecoverySettings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// What the agency may set for the recovery path: a GLI contract named on one
// line, its delays within a year, a payment plan's grace days within three
// months. The Settings page and `config import` both ask here, so a value is
// held to the same rule wherever it is typed.
class RecoverySettingsValidator
{
    Q_DECLARE_TR_FUNCTIONS(RecoverySettingsValidator)

public:
    enum class Field
    {
        GliName,
        GliNoticeDays,
        GliClaimDays,
        Disabled,
        GraceDays,
    };
    struct Problem
    {
        Field field;
        QString message; // names the field: it is also read far from the form
    };

    static constexpr int maxGliNameLength = 100;
    static constexpr int minGliDays = 1;
    static constexpr int maxGliDays = 365;
    static constexpr int minGraceDays = 0;
    static constexpr int maxGraceDays = 90;

    static QList<Problem> check(const RecoverySettings& settings);
    // The problem of a list of turned-off deadlines that holds words naming
    // no deadline (`unknown`, from RecoverySettingsKeys::disabledFromKeys).
    static Problem unknownDeadlines(const QStringList& unknown);
};

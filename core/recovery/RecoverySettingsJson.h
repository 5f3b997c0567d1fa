#pragma once

#include "RecoverySettings.h"
#include "RecoverySettingsValidator.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

// The recovery settings as the `recovery` object of a configuration file,
// keyed like the settings table without its « recovery. » prefix:
// {"gli_name": "Contrat GLI", "gli_notice_days": 35, "gli_claim_days": 45,
//  "disabled": "gli_claim", "ccapex": 1, "prescription": 1, "grace_days": 15}
// Flags are 0/1 and lists comma-separated text, as the rest of the file
// writes them (a level's `registered`, its `exclusions`).
class RecoverySettingsJson
{
    Q_DECLARE_TR_FUNCTIONS(RecoverySettingsJson)

public:
    struct Problem
    {
        QString key; // "gli_notice_days"
        QString message;
    };

    static QJsonObject toJson(const RecoverySettings& settings);
    // `base` with the values `object` gives: a key left out keeps base's.
    // A key it does not know, a value of the wrong type or a deadline that
    // does not exist is a problem (and changes nothing); whether the values
    // are acceptable is RecoverySettingsValidator's to say.
    static RecoverySettings read(const QJsonObject& object, RecoverySettings base,
                                 QList<Problem>* problems);
    // The key of a validator's field.
    static QString keyOf(RecoverySettingsValidator::Field field);
};

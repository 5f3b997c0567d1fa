#pragma once

#include "FecSettings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// What the agency may set for reading its FEC (Settings › Import and
// `config import` ask here, so a value is held to the same rule wherever it
// is typed): at least one tenant account prefix, made of digits; every kind
// rule with a word to look for and a kind that can sit on its side (a
// payment is never given to a debit line).
class FecSettingsValidator
{
    Q_DECLARE_TR_FUNCTIONS(FecSettingsValidator)

public:
    enum class Field
    {
        TenantPrefixes,
        KindRules
    };
    struct Problem
    {
        Field field;
        int rule = -1;   // the rule's index for Field::KindRules
        QString key;     // where in the settings' JSON: "kind_rules[2].words"
        QString message; // names the field: it is also read far from the form
    };

    static constexpr int maxPrefixLength = 20;

    static QList<Problem> check(const FecSettings& settings);
    // The first problem's sentence, or success (the save paths refuse with it).
    static Status validate(const FecSettings& settings);

    // The words of the screens, translated (the storage keys stay in FecSettings).
    static QString kindLabel(EntryKind kind);
    static QString sideLabel(FecKindRule::OnSide side);
    static QString fieldLabel(FecKindRule::Field field);
};

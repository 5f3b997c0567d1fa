#pragma once

#include "Level.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// Why a debtor is not issued a reminder, in the order reminder-rules.md checks.
struct SkipReason
{
    Q_DECLARE_TR_FUNCTIONS(SkipReason)

public:
    enum Code
    {
        ProgramNone,
        Excluded,
        BelowThreshold,
        MaxLevelReached,
        TooEarly,
        GapNotElapsed,
        NoAddress,
        NoEmail
    };

    Code code = ProgramNone;
    std::optional<Exclusion> flag; // for Excluded

    // "program_none", "excluded:direct_debit", "too_early", …
    QString key() const;
    static std::optional<SkipReason> fromKey(const QString& key);
    // A sentence for staff (translated), which reads on its own and after
    // « Skipped: ».
    QString label() const;
    // A few words, for a column or a line that says what a manual reminder
    // overrode: "too early", "payment plan".
    QString shortLabel() const;
    // shortLabel() of a stored key; an unknown key is shown as stored.
    static QString shortLabelOfKey(const QString& key);
    // A user may deliberately issue the level anyway (manual reminder).
    bool overridable() const;

    bool operator==(const SkipReason&) const = default;
};

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
    // A sentence for staff (translated).
    QString label() const;
    // A user may deliberately issue the level anyway (manual reminder).
    bool overridable() const;

    bool operator==(const SkipReason&) const = default;
};

#include "SkipReason.h"

namespace {
struct Entry
{
    SkipReason::Code code;
    const char* key;
};
const Entry table[] = {
    {SkipReason::ProgramNone, "program_none"},
    {SkipReason::Excluded, "excluded"},
    {SkipReason::BelowThreshold, "below_threshold"},
    {SkipReason::MaxLevelReached, "max_level_reached"},
    {SkipReason::TooEarly, "too_early"},
    {SkipReason::GapNotElapsed, "gap_not_elapsed"},
    {SkipReason::NoAddress, "no_address"},
    {SkipReason::NoEmail, "no_email"},
};

// One whole sentence per flag: « Exclu : Contentieux. » after « Écarté : »
// read as two labels stacked.
QString excludedSentence(std::optional<Exclusion> flag)
{
    if (!flag)
        return SkipReason::tr("The level leaves this account out.");
    switch (*flag) {
    case Exclusion::DirectDebit:
        return SkipReason::tr("The level leaves out accounts paid by direct debit.");
    case Exclusion::PaymentPlan:
        return SkipReason::tr("The level leaves out accounts with a payment plan.");
    case Exclusion::Litigation:
        return SkipReason::tr("The level leaves out accounts in litigation.");
    case Exclusion::Departed:
        return SkipReason::tr("The level leaves out departed tenants.");
    }
    return {};
}
} // namespace

QString SkipReason::key() const
{
    for (const Entry& e : table) {
        if (e.code != code)
            continue;
        QString k = QString::fromLatin1(e.key);
        if (code == Excluded && flag)
            k += u':' + LevelKeys::toKey(*flag);
        return k;
    }
    return {};
}

std::optional<SkipReason> SkipReason::fromKey(const QString& key)
{
    const QString head = key.section(u':', 0, 0);
    for (const Entry& e : table) {
        if (head != QLatin1String(e.key))
            continue;
        SkipReason r;
        r.code = e.code;
        if (e.code == Excluded) {
            r.flag = LevelKeys::exclusionFromKey(key.section(u':', 1));
            if (!r.flag)
                return std::nullopt;
        }
        return r;
    }
    return std::nullopt;
}

QString SkipReason::label() const
{
    switch (code) {
    case ProgramNone:
        return tr("The account follows no reminder program.");
    case Excluded:
        return excludedSentence(flag);
    case BelowThreshold:
        return tr("The overdue amount is below the level's threshold.");
    case MaxLevelReached:
        return tr("The last level of the program was already issued.");
    case TooEarly:
        return tr("The arrears are too recent for this level.");
    case GapNotElapsed:
        return tr("The last reminder is too recent.");
    case NoAddress:
        return tr("No recipient has a usable postal address.");
    case NoEmail:
        return tr("No recipient has a usable e-mail address.");
    }
    return {};
}

bool SkipReason::overridable() const
{
    return code == TooEarly || code == GapNotElapsed || code == BelowThreshold || code == Excluded;
}

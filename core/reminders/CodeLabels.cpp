#include "CodeLabels.h"

#include "SkipReason.h"

#include <QCoreApplication>

namespace CodeLabels {

QString recipient(const QString& key)
{
    if (key == QLatin1String("tenant"))
        return QCoreApplication::translate("LevelKeys", "Tenant");
    if (key == QLatin1String("guarantor"))
        return QCoreApplication::translate("LevelKeys", "Guarantor");
    return key;
}

QString channel(const QString& key)
{
    if (key == QLatin1String("letter"))
        return QCoreApplication::translate("LevelKeys", "Letter");
    if (key == QLatin1String("email"))
        return QCoreApplication::translate("LevelKeys", "E-mail");
    return key;
}

QString overridden(const SkipReason& reason)
{
    switch (reason.code) {
    case SkipReason::ProgramNone:
        return QCoreApplication::translate("SkipReason", "no reminder program");
    case SkipReason::Excluded:
        if (!reason.flag)
            return QCoreApplication::translate("SkipReason", "excluded");
        switch (*reason.flag) {
        case Exclusion::DirectDebit:
            return QCoreApplication::translate("SkipReason", "direct debit");
        case Exclusion::PaymentPlan:
            return QCoreApplication::translate("SkipReason", "payment plan");
        case Exclusion::Litigation:
            return QCoreApplication::translate("SkipReason", "litigation");
        case Exclusion::Departed:
            return QCoreApplication::translate("SkipReason", "departed tenant");
        }
        return QCoreApplication::translate("SkipReason", "excluded");
    case SkipReason::BelowThreshold:
        return QCoreApplication::translate("SkipReason", "below the threshold");
    case SkipReason::MaxLevelReached:
        return QCoreApplication::translate("SkipReason", "last level already issued");
    case SkipReason::TooEarly:
        return QCoreApplication::translate("SkipReason", "too early");
    case SkipReason::GapNotElapsed:
        return QCoreApplication::translate("SkipReason", "last reminder too recent");
    case SkipReason::NoAddress:
        return QCoreApplication::translate("SkipReason", "no postal address");
    case SkipReason::NoEmail:
        return QCoreApplication::translate("SkipReason", "no e-mail address");
    }
    return {};
}

QString overridden(const QString& key)
{
    const auto reason = SkipReason::fromKey(key);
    return reason ? overridden(*reason) : key;
}

} // namespace CodeLabels

#include "Deadline.h"

QString DeadlineKeys::toKey(DeadlineKind kind)
{
    switch (kind) {
    case DeadlineKind::CafReport:
        return QStringLiteral("caf_report");
    case DeadlineKind::CafPlan:
        return QStringLiteral("caf_plan");
    case DeadlineKind::VisaleNotice:
        return QStringLiteral("visale_notice");
    case DeadlineKind::VisaleClaim:
        return QStringLiteral("visale_claim");
    case DeadlineKind::GliNotice:
        return QStringLiteral("gli_notice");
    case DeadlineKind::GliClaim:
        return QStringLiteral("gli_claim");
    case DeadlineKind::GuarantorInfo:
        return QStringLiteral("guarantor_info");
    case DeadlineKind::GuarantorService:
        return QStringLiteral("guarantor_service");
    }
    return {};
}

QString DeadlineKeys::toKey(DeadlineStatus status)
{
    switch (status) {
    case DeadlineStatus::Open:
        return QStringLiteral("open");
    case DeadlineStatus::Late:
        return QStringLiteral("late");
    case DeadlineStatus::Done:
        return QStringLiteral("done");
    }
    return {};
}

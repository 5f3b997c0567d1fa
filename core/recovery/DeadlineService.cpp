#include "DeadlineService.h"

Result<DeadlineReport> DeadlineService::report(QDate asOf, std::optional<int> withinDays) const
{
    DeadlineReport r;
    r.asOf = asOf;
    r.withinDays = withinDays;
    return r;
}

Result<RecoveryView> DeadlineService::account(qint64, QDate) const
{
    return RecoveryView();
}

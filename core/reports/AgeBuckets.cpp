#include "RecoveryFigures.h"

namespace AgeBuckets {

QList<AgeBucket> all()
{
    return {AgeBucket::Days0To30, AgeBucket::Days31To60, AgeBucket::Days61To90,
            AgeBucket::Days91To180, AgeBucket::Over180};
}

QString key(AgeBucket bucket)
{
    switch (bucket) {
    case AgeBucket::Days0To30:
        return QStringLiteral("0-30");
    case AgeBucket::Days31To60:
        return QStringLiteral("31-60");
    case AgeBucket::Days61To90:
        return QStringLiteral("61-90");
    case AgeBucket::Days91To180:
        return QStringLiteral("91-180");
    case AgeBucket::Over180:
        return QStringLiteral("181+");
    }
    return {};
}

std::optional<AgeBucket> fromKey(const QString& k)
{
    for (AgeBucket b : all())
        if (key(b) == k)
            return b;
    return std::nullopt;
}

int minDays(AgeBucket bucket)
{
    switch (bucket) {
    case AgeBucket::Days0To30:
        return 0;
    case AgeBucket::Days31To60:
        return 31;
    case AgeBucket::Days61To90:
        return 61;
    case AgeBucket::Days91To180:
        return 91;
    case AgeBucket::Over180:
        return 181;
    }
    return 0;
}

std::optional<int> maxDays(AgeBucket bucket)
{
    if (bucket == AgeBucket::Over180)
        return std::nullopt;
    const QList<AgeBucket> buckets = all();
    return minDays(buckets.at(buckets.indexOf(bucket) + 1)) - 1;
}

AgeBucket of(int daysInArrears)
{
    AgeBucket found = AgeBucket::Days0To30;
    for (AgeBucket b : all())
        if (daysInArrears >= minDays(b))
            found = b;
    return found;
}

} // namespace AgeBuckets

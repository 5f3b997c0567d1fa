#include "RecoveryAccount.h"

Money RecoveryAccount::netMonthly() const
{
    const Money net = monthlyRent - housingAid;
    return net.isNegative() ? Money() : net;
}

bool RecoveryAccount::isHome() const
{
    return leaseType == LeaseType::Residential || leaseType == LeaseType::Furnished;
}

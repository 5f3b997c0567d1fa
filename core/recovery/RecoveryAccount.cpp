#include "RecoveryAccount.h"

#include "ledger/Destination.h"

Money RecoveryAccount::netMonthly() const
{
    const Money net = monthlyRent - housingAid;
    return net.isNegative() ? Money() : net;
}

bool RecoveryAccount::isHome() const
{
    return leaseType == LeaseType::Residential || leaseType == LeaseType::Furnished;
}

RecoveryAccount RecoveryAccount::of(const Account& account)
{
    RecoveryAccount r;
    r.leaseType = account.leaseType;
    r.leaseStart = account.leaseStart;
    r.monthlyRent = account.monthlyRent;
    r.rentExclCharges = account.rentExclCharges;
    r.housingAid = account.housingAid;
    r.housingAidPayer = account.housingAidPayer;
    r.guarantee = account.guarantee;
    for (const Guarantor& g : account.guarantors)
        if (Destination::usableAddress(g) || Destination::hasUsableEmail(g.email))
            r.guarantorReachable = true;
    return r;
}

#pragma once

#include "ledger/Account.h"
#include "money/Money.h"

#include <QDate>

#include <optional>

// The account data the recovery path reads. They are today's values, not
// dated: the spec computes every date from them as they stand.
struct RecoveryAccount
{
    LeaseType leaseType = LeaseType::Residential;
    QDate leaseStart;                     // null when unknown
    Money monthlyRent;                    // rent + charges
    std::optional<Money> rentExclCharges; // unknown: monthlyRent stands in
    Money housingAid;                     // paid to the landlord; 0 = none
    HousingAidPayer housingAidPayer = HousingAidPayer::Caf;
    Guarantee guarantee = Guarantee::None;
    bool guarantorReachable = false; // a guarantor with a usable destination

    // The recovery data of a stored account.
    static RecoveryAccount of(const Account& account);

    // monthly_rent − housing_aid, never below 0.
    Money netMonthly() const;
    // A home (residential or furnished lease): the CAF, Visale, the
    // guarantor's service and the CCAPEX concern only these.
    bool isHome() const;
};

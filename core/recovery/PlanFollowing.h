#pragma once

#include "PaymentPlan.h"
#include "ledger/LedgerEntry.h"

#include <QDate>
#include <QList>

#include <optional>
#include <utility>

// Follows a payment plan day by day as recovery-path.md says, with no one
// ticking anything: respected while overdue(D) ≤ allowed(D) (a missed
// instalment and a missed current rent both count), late from the first day
// L on which overdue > allowed (a day back within allowed ends the stretch),
// broken on L + grace days if still late that day, completed on the first
// day after its creation with nothing overdue; broken and completed are
// final. Pure: the account's ledger in, the state out.
namespace PlanFollowing {
// None when the plan does not exist yet as of asOf (asOf < its creation).
std::optional<PlanStatus> follow(const PaymentPlan& plan, const QList<LedgerEntry>& entries,
                                 QDate asOf, int graceDays);
// The plan among `plans` (one account's) in force as of asOf: the latest
// created by then, with its state; none before the first.
std::optional<std::pair<PaymentPlan, PlanStatus>> current(const QList<PaymentPlan>& plans,
                                                          const QList<LedgerEntry>& entries,
                                                          QDate asOf, int graceDays);
} // namespace PlanFollowing

#pragma once

#include "DemoOptions.h"
#include "DemoOwners.h"
#include "ledger/Account.h"
#include "ledger/LedgerEntry.h"
#include "letters/AgencyIdentity.h"
#include "recovery/PaymentPlan.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

// How a demo tenant pays. Most pay on time; the others are the cases an
// agency chases every month, each present at least once (when the agency has
// enough accounts) so that every screen and rule has something to show.
enum class DemoProfile
{
    Regular,             // pays every month, around the due date
    MonthsBehind,        // stopped paying one to four months ago
    Partial,             // pays part of the rent for a few months
    OneMonthBehind,      // pays the oldest month each month, never catches up
    WeeklyInstalments,   // pays a fifth of the rent every week: falls behind
    PaymentPlan,         // arrears being repaid under a « plan d'apurement » kept elsewhere
    FollowedPlan,        // the same under a plan stored and followed by Relance
    Litigation,          // months of arrears, the file is with the court
    DepartedWithArrears, // left owing money; the deposit covered part of it
    RejectedDebit,       // direct debit payer whose last debit bounced
    DepartedSettled,     // left with nothing owed
};

// One generated tenancy: the account as stored and how its tenant pays.
struct DemoTenancy
{
    int index = 0;
    Account account;
    DemoProfile profile = DemoProfile::Regular;
    int startMonth = 0;   // first month of the lease within the window (0-based)
    int endMonth = 0;     // last month billed (the window's last for active leases)
    int behindFrom = 0;   // month from which a late payer stops paying normally
    int payDayOffset = 0; // days after the 1st the tenant usually pays (may be < 0)
    int partialPercent = 100;
    int firstChequeNumber = 0;
};

// The deterministic demo agency: a believable French letting agency, the same
// for the same options. Pure computation (no database): DemoInstaller writes
// it, DemoCsvWriter exports it as the CSV files an agency would import.
//
// Each account depends only on (seed, index), so accounts and their ledgers
// can be produced one at a time, in chunks, without holding the whole agency
// in memory.
class DemoAgency
{
    Q_DECLARE_TR_FUNCTIONS(DemoAgency)

public:
    // Checks the options; the error says which one is wrong and why.
    static Status validate(const DemoOptions& options);

    explicit DemoAgency(DemoOptions options);

    const DemoOptions& options() const { return m_options; }
    int accountCount() const { return m_options.accounts; }
    // The first day of the ledger's first month.
    QDate firstMonth() const { return m_firstMonth; }

    AgencyIdentity agency() const;
    // The landlords; each tenancy's account names its owner (ownerRef).
    const DemoOwners& owners() const { return m_owners; }
    // The index-th tenancy, 0 ≤ index < accountCount().
    DemoTenancy tenancy(int index) const;
    // Its ledger entries posted on or before asOf, in posting order
    // (accountRef set, accountId 0).
    QList<LedgerEntry> ledger(const DemoTenancy& tenancy) const;

    static QString profileKey(DemoProfile profile);

    // The plan a FollowedPlan tenant agreed: its three unpaid months in ten
    // instalments on the 15th, on top of the rent; none for other profiles
    // or when the plan would start after the as-of date. `ledger` is the
    // tenancy's own (the debt is what it owed the day the plan was made).
    std::optional<PaymentPlan> plan(const DemoTenancy& tenancy,
                                    const QList<LedgerEntry>& ledger) const;

private:
    QDate month(int k) const { return m_firstMonth.addMonths(k); }
    bool planSlot(int index) const;
    Account makeAccount(int index, class DemoRandom& random, DemoProfile profile,
                        bool departed) const;
    // The recovery path's data: lease start, rent without charges, housing
    // aid, guarantee (Visale, GLI or the guarantors).
    void addRecoveryData(int index, Account& account, qint64 rentExclCharges) const;

    DemoOptions m_options;
    DemoOwners m_owners;
    QDate m_firstMonth;
    std::vector<DemoProfile> m_special; // the forced profile of the first accounts drawn
    std::vector<int> m_specialIndex;
    // Month labels and refs shared by every account (implicitly shared QStrings).
    QStringList m_rentRefs;
    QStringList m_rentLabels;
    int m_refWidth = 4;
};

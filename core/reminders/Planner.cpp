#include "Planner.h"

#include "recovery/PaymentPlans.h"
#include "storage/DebtorLedger.h"
#include "storage/PaymentPlanRepository.h"
#include "storage/RecoverySettingsRepository.h"

#include "ledger/Destination.h"
#include "storage/Database.h"
#include "storage/PositionLoader.h"
#include "storage/ProgramRepository.h"

#include <algorithm>

namespace {

// Who a level can reach on this account, through which channels.
struct Reach
{
    bool tenantLetter = false;
    bool tenantEmail = false;
    QList<Guarantor> guarantors; // those with a usable destination for the level
    bool guarantorLetter = false;
    bool guarantorEmail = false;

    bool tenant() const { return tenantLetter || tenantEmail; }
    bool anyone() const { return tenant() || !guarantors.isEmpty(); }
};

Reach reachOf(const Account& a, const Level& level)
{
    Reach r;
    if (level.toTenant) {
        r.tenantLetter = level.byLetter && Destination::usableAddress(a);
        r.tenantEmail = level.byEmail && Destination::hasUsableEmail(a.email);
    }
    for (const Guarantor& g : a.guarantors) {
        const bool letter = level.byLetter && Destination::usableAddress(g);
        const bool email = level.byEmail && Destination::hasUsableEmail(g.email);
        if (!letter && !email)
            continue;
        r.guarantors.append(g);
        r.guarantorLetter = r.guarantorLetter || letter;
        r.guarantorEmail = r.guarantorEmail || email;
    }
    if (!level.toGuarantor) {
        r.guarantors.clear();
        r.guarantorLetter = false;
        r.guarantorEmail = false;
    }
    return r;
}

// A level addressed only to guarantors does not apply to an account none of
// whose guarantors can be reached: the program goes on as if it were absent.
bool applies(const Account& a, const Level& level)
{
    return !level.guarantorOnly() || !reachOf(a, level).guarantors.isEmpty();
}

std::optional<Exclusion> activeExclusion(const Debtor& d, const Level& level)
{
    const Account& a = d.account;
    // A rejected direct debit must be chased: the direct_debit flag is not
    // active while a payment reversal is unpaid among the overdue items.
    if (level.excludes(Exclusion::DirectDebit) && a.paymentMethod == PaymentMethod::DirectDebit &&
        !d.position.hasUnpaidReversal())
        return Exclusion::DirectDebit;
    if (level.excludes(Exclusion::PaymentPlan) && a.paymentPlan)
        return Exclusion::PaymentPlan;
    if (level.excludes(Exclusion::Litigation) && a.litigation)
        return Exclusion::Litigation;
    if (level.excludes(Exclusion::Departed) && a.status == AccountStatus::Departed)
        return Exclusion::Departed;
    return std::nullopt;
}

PlannedReminder makeReminder(const Debtor& d, const Level& level, int repeat, const Reach& reach)
{
    PlannedReminder r;
    r.accountId = d.account.id;
    r.ref = d.account.ref;
    r.level = level.position;
    r.levelName = level.name;
    r.repeat = repeat;
    r.overdue = d.position.overdue;
    r.balance = d.position.balance;
    if (reach.tenant())
        r.recipients.append(QStringLiteral("tenant"));
    if (!reach.guarantors.isEmpty())
        r.recipients.append(QStringLiteral("guarantor"));
    if (reach.tenantLetter || reach.guarantorLetter)
        r.channels.append(QStringLiteral("letter"));
    if (reach.tenantEmail || reach.guarantorEmail)
        r.channels.append(QStringLiteral("email"));
    if (level.feeAmount.isPositive()) {
        if (AccountKeys::feesForbidden(d.account.leaseType))
            r.feeBlocked = QStringLiteral("residential_lease");
        else
            r.fee = level.feeAmount;
    }
    r.deadline = d.position.asOf.addDays(level.paymentDeadlineDays);
    r.episodeStart = d.position.episodeStart;
    r.levelSettings = level;
    r.account = d.account;
    r.guarantors = reach.guarantors;
    r.tenantByLetter = reach.tenantLetter;
    r.tenantByEmail = reach.tenantEmail;
    r.position = d.position;
    return r;
}

} // namespace

Planner::Planner(Program globalProgram, QList<Program> customPrograms, int staleLedgerDays)
    : m_global(std::move(globalProgram))
    , m_custom(std::move(customPrograms))
    , m_staleDays(staleLedgerDays)
{
    auto byPosition = [](const Level& a, const Level& b) {
        return a.position < b.position;
    };
    std::sort(m_global.levels.begin(), m_global.levels.end(), byPosition);
    for (Program& p : m_custom)
        std::sort(p.levels.begin(), p.levels.end(), byPosition);
}

const Program& Planner::programOf(const Account& account) const
{
    if (account.programMode == ProgramMode::Custom) {
        for (const Program& p : m_custom)
            if (p.id == account.programId)
                return p;
    }
    // A custom program that was deleted leaves the account on the global one.
    return m_global;
}

std::variant<PlannedReminder, PlanSkip> Planner::decide(const Debtor& d) const
{
    const Account& a = d.account;
    const AccountPosition& p = d.position;
    const Program& program = programOf(a);

    PlanSkip skip;
    skip.accountId = a.id;
    skip.ref = a.ref;

    // The next level: the first after last_level that applies, never skipping.
    qsizetype nextIndex = -1;
    int repeat = 0;
    for (qsizetype i = 0; i < program.levels.size(); ++i) {
        if (program.levels.at(i).position > p.lastLevel && applies(a, program.levels.at(i))) {
            nextIndex = i;
            break;
        }
    }
    qsizetype lastIndex = -1; // the last level that applies (end of the program)
    for (qsizetype i = program.levels.size() - 1; i >= 0; --i) {
        if (applies(a, program.levels.at(i))) {
            lastIndex = i;
            break;
        }
    }
    if (nextIndex < 0 && p.lastLevel > 0) {
        for (qsizetype i = 0; i < program.levels.size(); ++i) {
            const Level& l = program.levels.at(i);
            if (l.position == p.lastLevel && i == lastIndex && l.hasRepeats() &&
                p.lastLevelRepeats < *l.repeatMax) {
                nextIndex = i;
                repeat = p.lastLevelRepeats + 1;
            }
        }
    }
    // The settings checked: the next level's, or at the end the last level's.
    const qsizetype checkedIndex = nextIndex >= 0 ? nextIndex : lastIndex;
    const Level* level = checkedIndex >= 0 ? &program.levels.at(checkedIndex) : nullptr;
    skip.level = level ? level->position : 0;

    if (a.programMode == ProgramMode::None) {
        skip.reason.code = SkipReason::ProgramNone;
        return skip;
    }
    if (!level) {
        skip.reason.code = SkipReason::MaxLevelReached;
        return skip;
    }

    std::optional<SkipReason> overridable;
    if (auto flag = activeExclusion(d, *level)) {
        overridable = SkipReason{SkipReason::Excluded, flag};
    } else if (p.overdue < level->threshold) {
        overridable = SkipReason{SkipReason::BelowThreshold, std::nullopt};
    }
    if (nextIndex < 0) {
        skip.reason = overridable.value_or(SkipReason{SkipReason::MaxLevelReached, std::nullopt});
        return skip;
    }
    if (!overridable && p.daysInArrears < level->delayDays)
        overridable = SkipReason{SkipReason::TooEarly, std::nullopt};
    if (!overridable && p.lastReminderDate.isValid()) {
        const int needed = repeat > 0 ? *level->repeatEveryDays : program.minGapDays(nextIndex);
        if (p.lastReminderDate.daysTo(p.asOf) < needed)
            overridable = SkipReason{SkipReason::GapNotElapsed, std::nullopt};
    }
    const Reach reach = reachOf(a, *level);
    if (!reach.anyone()) {
        skip.reason.code = level->byLetter ? SkipReason::NoAddress : SkipReason::NoEmail;
        return skip;
    }
    PlannedReminder reminder = makeReminder(d, *level, repeat, reach);
    if (overridable) {
        skip.reason = *overridable;
        skip.manual = std::move(reminder);
        return skip;
    }
    return reminder;
}

Plan Planner::plan(QDate asOf, const QList<Debtor>& debtors,
                   std::optional<QDate> newestPayment) const
{
    Plan result;
    result.asOf = asOf;
    if (isStale(asOf, newestPayment, m_staleDays))
        result.warnings.append(QStringLiteral("stale_ledger"));
    for (const Debtor& d : debtors) {
        if (!d.position.isDebtor())
            continue;
        auto decision = decide(d);
        if (auto* r = std::get_if<PlannedReminder>(&decision))
            result.reminders.append(std::move(*r));
        else
            result.skipped.append(std::move(std::get<PlanSkip>(decision)));
    }
    std::stable_sort(
        result.reminders.begin(), result.reminders.end(),
        [](const PlannedReminder& x, const PlannedReminder& y) { return refLess(x.ref, y.ref); });
    std::stable_sort(result.skipped.begin(), result.skipped.end(),
                     [](const PlanSkip& x, const PlanSkip& y) { return refLess(x.ref, y.ref); });
    return result;
}

bool Planner::isStale(QDate asOf, std::optional<QDate> newestPayment, int staleDays)
{
    return !newestPayment || newestPayment->daysTo(asOf) > staleDays;
}

bool Planner::refLess(const QString& a, const QString& b)
{
    // UTF-16 order differs from code point order only around surrogates.
    bool surrogates = false;
    for (QChar c : a)
        surrogates = surrogates || c.isSurrogate();
    for (QChar c : b)
        surrogates = surrogates || c.isSurrogate();
    if (!surrogates)
        return a < b;
    const QList<uint> x = a.toUcs4();
    const QList<uint> y = b.toUcs4();
    return std::lexicographical_compare(x.begin(), x.end(), y.begin(), y.end());
}

Result<Plan> Planner::build(const Database& db, QDate asOf, QList<Debtor>* debtorsOut)
{
    ProgramRepository programs(db);
    auto all = programs.all();
    if (!all)
        return Result<Plan>::failure(all.error());
    Program global;
    QList<Program> custom;
    for (const Program& p : std::as_const(*all)) {
        if (p.isGlobal)
            global = p;
        else
            custom.append(p);
    }
    auto staleSetting = db.setting(staleLedgerDaysKey());
    if (!staleSetting)
        return Result<Plan>::failure(staleSetting.kind(), staleSetting.error());
    bool ok = false;
    int staleDays = staleSetting->toInt(&ok);
    if (!ok || staleDays < 0)
        staleDays = 7;

    PositionLoader loader(db);
    // Payment plans follow themselves: the payment_plan exclusion holds
    // while an account's plan is respected or late, and lifts by itself the
    // day it breaks (recovery-path.md). Following a plan reads its ledger,
    // seen once while the debtors load.
    auto plans = PaymentPlanRepository(db).byAccount();
    if (!plans)
        return Result<Plan>::failure(plans.kind(), plans.error());
    int graceDays = 0;
    if (!plans->isEmpty()) {
        auto recovery = RecoverySettingsRepository::load(db);
        if (!recovery)
            return Result<Plan>::failure(recovery.kind(), recovery.error());
        graceDays = recovery->graceDays;
    }
    QHash<qint64, std::pair<PaymentPlan, PlanStatus>> followed;
    const auto follow = [&](const Debtor& d, const QList<LedgerEntry>& entries) {
        const auto it = plans->constFind(d.account.id);
        if (it == plans->constEnd())
            return;
        if (const auto plan = PaymentPlans::current(*it, entries, asOf, graceDays))
            followed.insert(d.account.id, *plan);
    };
    auto debtors = plans->isEmpty() ? loader.debtors(asOf)
                                    : loader.debtors(asOf, PositionLoader::LedgerVisitor(follow));
    if (!debtors)
        return Result<Plan>::failure(debtors.error());
    // Each debtor's current plan, kept for those who read the plan (in the
    // debtors' order, which is by ref).
    QList<DebtorPaymentPlan> paymentPlans;
    for (Debtor& d : *debtors) {
        const auto it = followed.constFind(d.account.id);
        if (it == followed.constEnd())
            continue;
        const auto& [plan, status] = *it;
        if (status.holds())
            d.account.paymentPlan = true;
        paymentPlans.append({d.account.id, d.account.ref, plan, status,
                             status.holds() ? plan.nextFrom(asOf) : std::nullopt});
    }
    auto newest = loader.newestPayment(asOf);
    if (!newest)
        return Result<Plan>::failure(newest.error());
    Planner planner(std::move(global), std::move(custom), staleDays);
    Plan plan = planner.plan(asOf, *debtors, *newest);
    plan.paymentPlans = std::move(paymentPlans);
    if (debtorsOut)
        *debtorsOut = std::move(*debtors);
    return plan;
}

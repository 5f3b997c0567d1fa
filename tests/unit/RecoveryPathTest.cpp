// The recovery path of recovery-path.md on small ledgers: each deadline's
// start, due date and status, the CCAPEX flag, the resolutory clause and the
// prescription, with the edges the spec names (the exact day a threshold is
// reached, month ends, an episode that ends, cancelled events, lease dates).
#include "recovery/RecoveryPath.h"

#include <catch2/catch.hpp>

namespace {

QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Money euros(qint64 amount)
{
    return Money::fromCents(amount * 100);
}

struct Case
{
    RecoveryPath::Input input;
    RecoverySettings settings;
    int next = 1;

    Case() { input.account.monthlyRent = euros(800); }

    LedgerEntry& debit(const char* due, qint64 amount, EntryKind kind = EntryKind::Rent)
    {
        LedgerEntry e;
        e.entryRef = QStringLiteral("D%1").arg(next++);
        e.side = Side::Debit;
        e.date = e.dueDate = day(due);
        e.amount = euros(amount);
        e.kind = kind;
        input.entries.append(e);
        return input.entries.last();
    }
    void credit(const char* date, qint64 amount, const QString& matches = {})
    {
        LedgerEntry e;
        e.entryRef = QStringLiteral("C%1").arg(next++);
        e.side = Side::Credit;
        e.date = e.dueDate = day(date);
        e.amount = euros(amount);
        e.kind = EntryKind::Payment;
        e.matches = matches;
        input.entries.append(e);
    }
    void event(CaseEventKind kind, const char* date, bool cancelled = false)
    {
        CaseEvent e;
        e.id = input.events.size() + 1;
        e.kind = kind;
        e.date = day(date);
        e.cancelled = cancelled;
        input.events.append(e);
    }
    RecoveryView at(const char* asOf) const
    {
        return RecoveryPath::compute(input, day(asOf), settings);
    }
};

// A copy: the view is often a temporary.
std::optional<Deadline> find(const RecoveryView& view, DeadlineKind kind)
{
    for (const Deadline& d : view.deadlines)
        if (d.kind == kind)
            return d;
    return std::nullopt;
}

// Rent 800 of which the CAF pays 300 to the agency: 500 a month is the
// tenant's. The CAF's share arrives on the 5th.
Case cafTenant()
{
    Case a;
    a.input.account.housingAid = euros(300);
    a.debit("2026-09-01", 800);
    a.credit("2026-09-05", 300);
    a.debit("2026-10-01", 800);
    a.credit("2026-10-05", 300);
    return a;
}

} // namespace

TEST_CASE("The CAF report is due two months after the day the arrears reach twice the net rent")
{
    Case a = cafTenant();
    // 2 Oct: 800 (October) + 500 (September) = 1 300 ≥ 2 × 500.
    const RecoveryView view = a.at("2026-11-23");
    const std::optional<Deadline> d = find(view, DeadlineKind::CafReport);
    REQUIRE(d);
    CHECK(d->since == day("2026-10-02"));
    CHECK(d->due == day("2026-12-02"));
    CHECK(d->status == DeadlineStatus::Open);
    CHECK(d->source == QStringLiteral("CCH R.824-4"));
    // The due day itself is still open; the day after, late.
    CHECK(find(a.at("2026-12-02"), DeadlineKind::CafReport)->status == DeadlineStatus::Open);
    CHECK(find(a.at("2026-12-03"), DeadlineKind::CafReport)->status == DeadlineStatus::Late);
}

TEST_CASE("The CAF threshold is reached on the exact day, not the day after (≥, not >)")
{
    Case a;
    a.input.account.monthlyRent = euros(500);
    a.input.account.housingAid = euros(100); // net 400: threshold 800
    a.debit("2026-09-01", 500);
    a.credit("2026-09-10", 200); // 300 left
    a.debit("2026-10-01", 500);  // 2 Oct: 800 overdue, exactly twice the net
    const std::optional<Deadline> d = find(a.at("2026-11-01"), DeadlineKind::CafReport);
    REQUIRE(d);
    CHECK(d->since == day("2026-10-02"));
}

TEST_CASE("Reporting to the CAF ends the report and starts the payment plan deadline; a "
          "cancelled report counts for nothing")
{
    Case a = cafTenant();
    a.event(CaseEventKind::CafReported, "2026-11-10", /*cancelled=*/true);
    RecoveryView view = a.at("2026-12-10");
    CHECK(find(view, DeadlineKind::CafReport)->status == DeadlineStatus::Late);
    CHECK_FALSE(find(view, DeadlineKind::CafPlan));

    a.event(CaseEventKind::CafReported, "2026-11-15");
    view = a.at("2026-12-10");
    CHECK(find(view, DeadlineKind::CafReport)->status == DeadlineStatus::Done);
    const std::optional<Deadline> plan = find(view, DeadlineKind::CafPlan);
    REQUIRE(plan);
    CHECK(plan->since == day("2026-11-15"));
    CHECK(plan->due == day("2027-05-15"));
    CHECK(plan->status == DeadlineStatus::Open);
    CHECK(plan->source == QStringLiteral("CCH R.824-12"));

    // A payment plan made on or after the report satisfies it.
    a.input.paymentPlansCreated << day("2026-12-01");
    CHECK(find(a.at("2026-12-10"), DeadlineKind::CafPlan)->status == DeadlineStatus::Done);
    // Not as of a date before the plan existed.
    CHECK(find(a.at("2026-11-30"), DeadlineKind::CafPlan)->status == DeadlineStatus::Open);
}

TEST_CASE("The MSA pays the aid: same deadlines, the source says MSA")
{
    Case a = cafTenant();
    a.input.account.housingAidPayer = HousingAidPayer::Msa;
    CHECK(find(a.at("2026-11-23"), DeadlineKind::CafReport)->source ==
          QStringLiteral("CCH R.824-4 (MSA)"));
}

TEST_CASE("Housing aid that leaves nothing to the tenant: any arrears is already twice nothing")
{
    Case a;
    a.input.account.monthlyRent = euros(400);
    a.input.account.housingAid = euros(450); // net 0, never negative
    CHECK(a.input.account.netMonthly() == Money());
    a.debit("2026-09-01", 400);
    const std::optional<Deadline> d = find(a.at("2026-09-20"), DeadlineKind::CafReport);
    REQUIRE(d);
    CHECK(d->since == day("2026-09-02"));
}

TEST_CASE("When the arrears are paid the episode ends and its deadlines vanish")
{
    Case a = cafTenant();
    REQUIRE(find(a.at("2026-11-23"), DeadlineKind::CafReport));
    a.credit("2026-11-20", 1000); // everything overdue paid
    CHECK(a.at("2026-11-23").deadlines.isEmpty());
    // As of a date before the payment, the deadline is still there.
    CHECK(find(a.at("2026-11-19"), DeadlineKind::CafReport));
}

TEST_CASE("Without housing aid, or on a commercial lease, there is no CAF deadline")
{
    Case a = cafTenant();
    a.input.account.housingAid = Money();
    CHECK_FALSE(find(a.at("2026-11-23"), DeadlineKind::CafReport));
    Case b = cafTenant();
    b.input.account.leaseType = LeaseType::Commercial;
    CHECK_FALSE(find(b.at("2026-11-23"), DeadlineKind::CafReport));
}

TEST_CASE("Visale: constituted by two fully unpaid rents, or by more than the net rent owed")
{
    SECTION("two rents, each 300 of the 600 a month, the charges being paid")
    {
        Case a;
        a.input.account.monthlyRent = euros(600);
        a.input.account.guarantee = Guarantee::Visale;
        a.debit("2026-09-01", 300);
        a.debit("2026-09-01", 300, EntryKind::Charges);
        a.credit("2026-09-01", 300, QStringLiteral("D2"));
        a.debit("2026-10-01", 300);
        a.debit("2026-10-01", 300, EntryKind::Charges);
        a.credit("2026-10-01", 300, QStringLiteral("D5"));
        // 2 Oct: 600 owed, not more than 600, but two rents wholly unpaid.
        const RecoveryView view = a.at("2026-10-10");
        const std::optional<Deadline> notice = find(view, DeadlineKind::VisaleNotice);
        REQUIRE(notice);
        CHECK(notice->since == day("2026-10-02"));
        CHECK(notice->due == day("2026-10-17"));
        const std::optional<Deadline> claim = find(view, DeadlineKind::VisaleClaim);
        REQUIRE(claim);
        CHECK(claim->due == day("2026-11-01"));
        CHECK(claim->source == QStringLiteral("Visale"));
    }
    SECTION("one rent and charges due later: the amount decides, strictly above the net rent")
    {
        Case a;
        a.input.account.monthlyRent = euros(600);
        a.input.account.guarantee = Guarantee::Visale;
        a.debit("2026-09-01", 600);
        a.debit("2026-09-15", 100, EntryKind::Charges); // 16 Sep: 700 > 600
        const std::optional<Deadline> notice = find(a.at("2026-10-01"), DeadlineKind::VisaleNotice);
        REQUIRE(notice);
        CHECK(notice->since == day("2026-09-16"));
        // A registered reminder or a formal notice event satisfies the notice.
        a.input.reminders.append({day("2026-09-25"), /*registered=*/true, false});
        CHECK(find(a.at("2026-10-01"), DeadlineKind::VisaleNotice)->status == DeadlineStatus::Done);
        // One dated before the start does not: late the day after 1 Oct.
        a.input.reminders.last().date = day("2026-09-10");
        CHECK(find(a.at("2026-10-02"), DeadlineKind::VisaleNotice)->status == DeadlineStatus::Late);
    }
}

TEST_CASE("GLI: the insurer's delays from the oldest unpaid due date, named in the source")
{
    Case a;
    a.input.account.leaseType = LeaseType::Commercial; // GLI applies to every lease
    a.input.account.guarantee = Guarantee::Gli;
    a.settings.gli = GliProfile{QStringLiteral("Contrat Allianz"), 30, 60};
    a.debit("2026-09-01", 800);
    a.debit("2026-10-01", 800);
    a.credit("2026-10-20", 800); // pays September: T stays 1 Sep
    const RecoveryView view = a.at("2026-10-25");
    const std::optional<Deadline> notice = find(view, DeadlineKind::GliNotice);
    REQUIRE(notice);
    CHECK(notice->since == day("2026-09-01"));
    CHECK(notice->due == day("2026-10-01"));
    CHECK(notice->status == DeadlineStatus::Late);
    CHECK(notice->source == QStringLiteral("GLI : Contrat Allianz"));
    const std::optional<Deadline> claim = find(view, DeadlineKind::GliClaim);
    REQUIRE(claim);
    CHECK(claim->due == day("2026-10-31"));
    a.event(CaseEventKind::GliDeclared, "2026-10-22");
    CHECK(find(a.at("2026-10-25"), DeadlineKind::GliClaim)->status == DeadlineStatus::Done);
}

TEST_CASE("Guarantor information: one month after the default, calendar months at month end")
{
    Case a;
    a.input.account.guarantee = Guarantee::Guarantor;
    a.input.account.guarantorReachable = true;
    a.debit("2026-01-31", 800);
    const std::optional<Deadline> d = find(a.at("2026-02-10"), DeadlineKind::GuarantorInfo);
    REQUIRE(d);
    CHECK(d->since == day("2026-01-31"));
    CHECK(d->due == day("2026-02-28")); // 31 Jan + 1 month
    CHECK(d->source == QStringLiteral("C. civ. 2303"));
    a.input.reminders.append({day("2026-02-20"), false, /*reachedGuarantor=*/true});
    CHECK(find(a.at("2026-03-05"), DeadlineKind::GuarantorInfo)->status == DeadlineStatus::Done);
    // No reachable guarantor: nobody to inform.
    a.input.account.guarantorReachable = false;
    CHECK_FALSE(find(a.at("2026-02-10"), DeadlineKind::GuarantorInfo));
}

TEST_CASE("The commandement served starts the guarantor's 15 days and dates the clause")
{
    Case a;
    a.input.account.guarantee = Guarantee::Guarantor;
    a.debit("2026-06-01", 800);
    a.debit("2026-07-01", 800);
    a.event(CaseEventKind::CommandementServed, "2026-07-20");
    a.event(CaseEventKind::CommandementServed, "2026-08-03"); // the latest starts it
    RecoveryView view = a.at("2026-08-10");
    const std::optional<Deadline> d = find(view, DeadlineKind::GuarantorService);
    REQUIRE(d);
    CHECK(d->since == day("2026-08-03"));
    CHECK(d->due == day("2026-08-18"));
    CHECK(d->source == QStringLiteral("loi 89-462 art. 24"));
    // An unknown lease start keeps the two months of the older leases.
    CHECK(view.clauseEffective == day("2026-10-03"));

    a.input.account.leaseStart = day("2023-07-29"); // signed under loi 2023-668: six weeks
    CHECK(a.at("2026-08-10").clauseEffective == day("2026-09-14"));
    a.input.account.leaseStart = day("2023-07-28");
    CHECK(a.at("2026-08-10").clauseEffective == day("2026-10-03"));
    a.input.account.leaseType = LeaseType::Professional;
    CHECK(a.at("2026-08-10").clauseEffective == day("2026-09-03"));
    a.input.account.leaseType = LeaseType::Parking;
    CHECK_FALSE(a.at("2026-08-10").clauseEffective.isValid());
}

TEST_CASE("CCAPEX: two consecutive months of rent wholly unpaid, since the stretch began")
{
    Case a;
    a.input.account.rentExclCharges = euros(700);
    a.debit("2026-09-01", 800);
    a.debit("2026-10-01", 800);
    RecoveryView view = a.at("2026-10-10");
    REQUIRE(view.ccapex);
    CHECK(view.ccapex->since == day("2026-10-02"));
    CHECK_FALSE(view.ccapex->approximate);
    // A partial payment on September breaks both conditions (1 300 < 1 400)…
    a.credit("2026-10-15", 300);
    CHECK_FALSE(a.at("2026-10-20").ccapex);
    // …until November's rent makes it hold again: a new stretch.
    a.debit("2026-11-01", 800);
    view = a.at("2026-11-10");
    REQUIRE(view.ccapex);
    CHECK(view.ccapex->since == day("2026-11-02"));
    // Without the rent excluding charges, rent + charges stands in.
    a.input.account.rentExclCharges.reset();
    CHECK(a.at("2026-11-10").ccapex->approximate);
}

TEST_CASE("Prescription: three years for a home, five otherwise, restarted by an acknowledgment")
{
    Case a;
    a.debit("2023-06-01", 800);
    RecoveryView view = a.at("2026-01-15");
    REQUIRE(view.prescriptions.size() == 1);
    CHECK(view.prescriptions.first().prescribedOn == day("2026-06-01"));
    CHECK(view.prescriptions.first().near);                     // 137 days left
    CHECK_FALSE(a.at("2025-11-30").prescriptions.first().near); // 183 days left
    CHECK(a.at("2025-12-01").prescriptions.first().near);       // 182

    a.event(CaseEventKind::DebtAcknowledged, "2025-03-01");
    CHECK(a.at("2026-01-15").prescriptions.first().prescribedOn == day("2028-03-01"));
    // A formal notice does not interrupt it; a cancelled acknowledgment neither.
    a.input.events.last().cancelled = true;
    a.event(CaseEventKind::FormalNoticeSent, "2025-04-01");
    CHECK(a.at("2026-01-15").prescriptions.first().prescribedOn == day("2026-06-01"));

    a.input.account.leaseType = LeaseType::Commercial;
    CHECK(a.at("2026-01-15").prescriptions.first().prescribedOn == day("2028-06-01"));
}

TEST_CASE("A rule the agency turned off gives no deadline")
{
    Case a = cafTenant();
    a.settings.disabled.insert(DeadlineKind::CafReport);
    CHECK_FALSE(find(a.at("2026-11-23"), DeadlineKind::CafReport));
}

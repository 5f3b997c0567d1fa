// The generator itself, without a database: what kinds of tenants it makes.
#include "TestSupport.h"

#include "demo/DemoAgency.h"
#include "demo/DemoCatalog.h"
#include "ledger/AccountPosition.h"

#include <QRegularExpression>
#include <QSet>

namespace {

DemoOptions options(int accounts, int months, const QDate& asOf, quint64 seed = 1)
{
    DemoOptions o;
    o.accounts = accounts;
    o.months = months;
    o.asOf = asOf;
    o.seed = seed;
    return o;
}

bool sameContent(const DemoAgency& a, const DemoAgency& b)
{
    for (int i = 0; i < a.accountCount(); ++i) {
        const DemoTenancy ta = a.tenancy(i);
        const DemoTenancy tb = b.tenancy(i);
        if (!(ta.account == tb.account) || a.ledger(ta) != b.ledger(tb))
            return false;
    }
    return true;
}

} // namespace

TEST_CASE("The same seed gives the same agency, another seed another one")
{
    const QDate asOf(2026, 11, 23);
    const DemoAgency a(options(200, 12, asOf, 7));
    const DemoAgency b(options(200, 12, asOf, 7));
    const DemoAgency c(options(200, 12, asOf, 8));
    CHECK(sameContent(a, b));
    CHECK_FALSE(sameContent(a, c));
    // Accounts do not depend on how many there are: the 10th tenant of a
    // 20-account agency is the 10th of a 200-account one (except for the
    // special cases, which are drawn among all accounts).
    const DemoAgency small(options(20, 12, asOf, 7));
    int same = 0;
    for (int i = 0; i < 20; ++i)
        same += small.tenancy(i).account.name == a.tenancy(i).account.name ? 1 : 0;
    CHECK(same >= 15);
}

TEST_CASE("Demo tenants look like a French agency's")
{
    const QDate asOf(2026, 11, 23);
    const DemoAgency demo(options(2000, 24, asOf));
    std::size_t n = 0;
    const DemoCatalog::City* cities = DemoCatalog::cities(&n);
    QHash<QString, QStringList> postcodes;
    for (std::size_t i = 0; i < n; ++i)
        postcodes.insert(QString::fromUtf8(cities[i].name),
                         QString::fromUtf8(cities[i].postcodes).split(u' '));
    CHECK(n >= 60);
    CHECK(postcodes.value(QStringLiteral("Lyon")).contains(QStringLiteral("69003")));
    CHECK(postcodes.value(QStringLiteral("Paris")).size() == 20);

    QHash<LeaseType, int> leases;
    QHash<PaymentMethod, int> methods;
    int withEmail = 0, withGuarantor = 0, guarantorEmail = 0, couples = 0, departed = 0;
    QSet<QString> refs;
    const QRegularExpression property(QStringLiteral("^[^,]+, \\d+( bis)? [^,]+, (\\d{5}) (.+)$"));
    for (int i = 0; i < demo.accountCount(); ++i) {
        const Account a = demo.tenancy(i).account;
        refs.insert(a.ref);
        ++leases[a.leaseType];
        ++methods[a.paymentMethod];
        withEmail += a.email.isEmpty() ? 0 : 1;
        withGuarantor += a.guarantors.isEmpty() ? 0 : 1;
        guarantorEmail += !a.guarantors.isEmpty() && !a.guarantors[0].email.isEmpty() ? 1 : 0;
        couples += a.name.startsWith(QLatin1String("M. et Mme ")) ? 1 : 0;
        departed += a.status == AccountStatus::Departed ? 1 : 0;
        INFO(a.ref.toStdString() << " " << a.property.toStdString());
        const auto m = property.match(a.property);
        REQUIRE(m.hasMatch());
        CHECK(postcodes.value(m.captured(3)).contains(m.captured(2)));
        CHECK(postcodes.value(a.city).contains(a.postalCode));
        CHECK_FALSE(a.address1.isEmpty());
        if (!a.email.isEmpty())
            CHECK(a.email.contains(
                QRegularExpression(QStringLiteral("^[a-z0-9.-]+@example\\.(com|net|org)$"))));
        // Rent + charges plausible for a month.
        CHECK(a.monthlyRent >= Money::fromCents(30'00));
        CHECK(a.monthlyRent <= Money::fromCents(12000'00));
    }
    CHECK(refs.size() == 2000);
    CHECK(refs.contains(QStringLiteral("LOC0001")));
    CHECK(refs.contains(QStringLiteral("LOC2000")));
    // Mostly homes, and every other kind of lease present.
    CHECK(leases[LeaseType::Residential] > 1200);
    CHECK(leases[LeaseType::Furnished] > 200);
    CHECK(leases[LeaseType::Commercial] > 20);
    CHECK(leases[LeaseType::Professional] > 20);
    CHECK(leases[LeaseType::Parking] > 40);
    CHECK(methods[PaymentMethod::DirectDebit] > 400);
    CHECK(methods[PaymentMethod::Cheque] > 100);
    CHECK(withEmail > 1500);
    CHECK(withEmail < 1900);
    CHECK(withGuarantor > 700);
    CHECK(guarantorEmail > 200);
    CHECK(couples > 50);
    CHECK(departed > 10);
}

TEST_CASE("About 8 % of tenants owe money, and each special case is there")
{
    const QDate asOf(2026, 11, 23);
    const DemoAgency demo(options(1500, 24, asOf, 3));
    int debtors = 0;
    bool departedWithArrears = false, planWithArrears = false, litigationWithArrears = false,
         rejectedDebitChased = false, partial = false, behindSeveralMonths = false,
         oneMonthBehind = false;
    for (int i = 0; i < demo.accountCount(); ++i) {
        const DemoTenancy t = demo.tenancy(i);
        const QList<LedgerEntry> ledger = demo.ledger(t);
        for (const LedgerEntry& e : ledger)
            REQUIRE(e.date <= asOf);
        const AccountPosition p = AccountPosition::compute(ledger, {}, asOf);
        if (!p.isDebtor()) {
            CHECK(t.profile != DemoProfile::Litigation);
            continue;
        }
        ++debtors;
        const Account& a = t.account;
        departedWithArrears |= a.status == AccountStatus::Departed;
        planWithArrears |= a.paymentPlan;
        litigationWithArrears |= a.litigation && p.daysLate > 90;
        rejectedDebitChased |=
            a.paymentMethod == PaymentMethod::DirectDebit && p.hasUnpaidReversal();
        partial |= t.profile == DemoProfile::Partial;
        behindSeveralMonths |= p.daysLate > 45;
        // Pays the oldest month each month: little lateness, a long episode.
        oneMonthBehind |= p.daysLate < 31 && p.daysInArrears > 60;
    }
    const double share = double(debtors) / demo.accountCount();
    INFO("debtors: " << debtors);
    CHECK(share >= 0.05);
    CHECK(share <= 0.11);
    CHECK(departedWithArrears);
    CHECK(planWithArrears);
    CHECK(litigationWithArrears);
    CHECK(rejectedDebitChased);
    CHECK(partial);
    CHECK(behindSeveralMonths);
    CHECK(oneMonthBehind);
}

TEST_CASE("The demo ledger is never stale, whatever the as-of day")
{
    // reminder-rules.md: a run refuses when the newest payment is more than
    // 7 days old. Even a tiny demo must be usable on any day.
    for (int day = 1; day <= 31; ++day) {
        const QDate asOf(2026, 12, day);
        const DemoAgency demo(options(8, 3, asOf));
        QDate newest;
        for (int i = 0; i < demo.accountCount(); ++i)
            for (const LedgerEntry& e : demo.ledger(demo.tenancy(i)))
                if (e.side == Side::Credit && e.kind != EntryKind::CreditNote &&
                    (!newest.isValid() || e.date > newest))
                    newest = e.date;
        INFO("as of " << asOf.toString(Qt::ISODate).toStdString());
        REQUIRE(newest.isValid());
        CHECK(newest.daysTo(asOf) <= 7);
    }
}

TEST_CASE("Rents are due on the 1st with AE refs, and credits pay them")
{
    const QDate asOf(2026, 11, 23);
    const DemoAgency demo(options(50, 6, asOf));
    CHECK(demo.firstMonth() == QDate(2026, 6, 1));
    for (int i = 0; i < demo.accountCount(); ++i) {
        const DemoTenancy t = demo.tenancy(i);
        const QList<LedgerEntry> ledger = demo.ledger(t);
        QSet<QString> refs;
        for (const LedgerEntry& e : ledger) {
            CHECK_FALSE(refs.contains(e.entryRef));
            refs.insert(e.entryRef);
        }
        for (const LedgerEntry& e : ledger) {
            CHECK(e.amount.isPositive());
            if (e.kind == EntryKind::Rent) {
                CHECK(e.side == Side::Debit);
                CHECK(e.dueDate.day() == 1);
                CHECK(e.entryRef ==
                      QStringLiteral("AE-%1").arg(e.dueDate.toString(QStringLiteral("yyyy-MM"))));
                CHECK(e.amount == t.account.monthlyRent);
            }
            if (!e.matches.isEmpty())
                CHECK(refs.contains(e.matches)); // pays a rent of this account
        }
    }
}

TEST_CASE("Demo accounts carry the recovery path's data in realistic shares")
{
    const QDate asOf(2026, 11, 23);
    const DemoAgency demo(options(2000, 24, asOf));
    QHash<Guarantee, int> guarantees;
    int withAid = 0, msa = 0, withRentExcl = 0;
    for (int i = 0; i < demo.accountCount(); ++i) {
        const Account a = demo.tenancy(i).account;
        INFO(a.ref.toStdString());
        ++guarantees[a.guarantee];
        // The guarantee follows the guarantors; Visale and GLI have a number.
        CHECK((a.guarantee == Guarantee::Guarantor) == !a.guarantors.isEmpty());
        if (a.guarantee == Guarantee::Visale || a.guarantee == Guarantee::Gli)
            CHECK_FALSE(a.guaranteeRef.isEmpty());
        REQUIRE(a.leaseStart.isValid());
        CHECK(a.leaseStart <= asOf.addMonths(-3));
        if (a.rentExclCharges) {
            ++withRentExcl;
            CHECK(*a.rentExclCharges < a.monthlyRent);
        }
        if (a.housingAid.isPositive()) {
            ++withAid;
            msa += a.housingAidPayer == HousingAidPayer::Msa ? 1 : 0;
            CHECK((a.leaseType == LeaseType::Residential || a.leaseType == LeaseType::Furnished));
            CHECK(a.housingAid < a.monthlyRent);
        }
    }
    CHECK(withAid > 300);
    CHECK(withAid < 600);
    CHECK(msa > 0);
    CHECK(msa < withAid / 5);
    CHECK(withRentExcl > 1400);
    CHECK(guarantees[Guarantee::Visale] > 150);
    CHECK(guarantees[Guarantee::Gli] > 100);
    CHECK(guarantees[Guarantee::Guarantor] > 700);
    CHECK(guarantees[Guarantee::None] > 100);
}

// The demo agency's landlords: a few hundred for a large agency, skewed as a
// real portfolio is, the same for the same seed, and stored with the demo.
#include "TestSupport.h"

#include "demo/DemoAgency.h"
#include "demo/DemoInstaller.h"
#include "ledger/OwnerValidator.h"
#include "storage/AccountRepository.h"
#include "storage/Database.h"
#include "storage/OwnerRepository.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace TestSupport;

namespace {

DemoOptions options(int accounts, quint64 seed)
{
    DemoOptions o;
    o.accounts = accounts;
    o.months = 6;
    o.asOf = QDate(2026, 11, 23);
    o.seed = seed;
    return o;
}

} // namespace

TEST_CASE("A demo agency has about one owner per 60 accounts, at least 3")
{
    CHECK(DemoOwners::countFor(0) == 0);
    CHECK(DemoOwners::countFor(2) == 2);
    CHECK(DemoOwners::countFor(12) == 3);
    CHECK(DemoOwners::countFor(600) == 10);
    CHECK(DemoOwners::countFor(20000) == 333);
}

TEST_CASE("Demo owners: a few institutions own hundreds of lots, many own one to five")
{
    const DemoOwners owners(3, 20000);
    REQUIRE(owners.count() == 333);
    std::vector<int> lots(333, 0);
    for (int i = 0; i < 20000; ++i)
        ++lots[std::size_t(owners.ownerOfAccount(i))];
    CHECK(*std::min_element(lots.begin(), lots.end()) >= 1); // every owner has a lot
    const auto institutions =
        std::count_if(lots.begin(), lots.end(), [](int n) { return n >= 300; });
    CHECK(institutions >= 3);
    CHECK(institutions <= 10);
    const auto small = std::count_if(lots.begin(), lots.end(), [](int n) { return n <= 5; });
    CHECK(small >= 100);
    // An institution's lots are spread over the agency, not the first refs.
    CHECK(owners.ownerOfAccount(0) != owners.ownerOfAccount(1));

    int withEmail = 0;
    static const QRegularExpression postcode(QStringLiteral("^[0-9]{5}$"));
    QSet<QString> names;
    for (int i = 0; i < owners.count(); ++i) {
        const Owner o = owners.owner(i);
        INFO(o.ref.toStdString() + " " + o.name.toStdString());
        CHECK(OwnerValidator::check(o).isEmpty());
        CHECK(postcode.match(o.postalCode).hasMatch());
        CHECK_FALSE(o.city.isEmpty());
        withEmail += o.email.isEmpty() ? 0 : 1;
        names.insert(o.name);
    }
    CHECK(owners.owner(0).ref == QStringLiteral("PROP001"));
    CHECK(owners.owner(332).ref == QStringLiteral("PROP333"));
    CHECK(withEmail > 333 * 6 / 10);
    CHECK(withEmail < 333);
    CHECK(names.size() > 300);
}

TEST_CASE("The same seed gives the same owners and the same owner for each account")
{
    const DemoAgency a(options(900, 5));
    const DemoAgency b(options(900, 5));
    const DemoAgency c(options(900, 6));
    REQUIRE(a.owners().count() == 15);
    bool othersDiffer = false;
    for (int i = 0; i < a.owners().count(); ++i) {
        CHECK(a.owners().owner(i) == b.owners().owner(i));
        othersDiffer = othersDiffer || !(a.owners().owner(i) == c.owners().owner(i));
    }
    CHECK(othersDiffer);
    int sameOwner = 0;
    for (int i = 0; i < 900; ++i) {
        const QString ref = a.tenancy(i).account.ownerRef;
        CHECK(ref == b.tenancy(i).account.ownerRef);
        CHECK(ref == a.owners().ref(a.owners().ownerOfAccount(i)));
        sameOwner += ref == c.tenancy(i).account.ownerRef ? 1 : 0;
    }
    CHECK(sameOwner < 900);
}

TEST_CASE("The installed demo stores its owners and every account names one")
{
    QTemporaryDir dir;
    auto db = createDatabase(dir);
    auto summary = DemoInstaller::run(*db, options(700, 9));
    REQUIRE(summary.ok());
    CHECK(summary->owners == 12);
    auto owners = OwnerRepository(*db).all();
    REQUIRE(owners.ok());
    REQUIRE(owners->size() == 12);
    const DemoAgency demo(options(700, 9));
    for (int i = 0; i < 12; ++i) {
        Owner expected = demo.owners().owner(i);
        expected.id = owners->at(i).id;
        CHECK(owners->at(i) == expected);
    }
    auto accounts = AccountRepository(*db).all();
    REQUIRE(accounts.ok());
    auto ownerOf = OwnerRepository(*db).ownerOfAccounts();
    REQUIRE(ownerOf.ok());
    CHECK(ownerOf->size() == 700);
    QHash<QString, int> lots;
    for (const Account& a : *accounts)
        ++lots[a.ownerRef];
    CHECK(lots.size() == 12);
    CHECK_FALSE(lots.contains(QString()));
    auto first = OwnerRepository(*db).accountsOf(owners->first().id);
    REQUIRE(first.ok());
    CHECK(first->size() == lots.value(owners->first().ref));
}

#include "TestSupport.h"

#include "ledger/AccountSave.h"
#include "storage/AccountRepository.h"
#include "storage/OwnerRepository.h"

#include <catch2/catch.hpp>

using namespace TestSupport;

namespace {
Account dupont()
{
    Account a;
    a.ref = QStringLiteral("LOC0042");
    a.name = QStringLiteral("M. Jean Dupont");
    a.email = QStringLiteral("jean.dupont@example.fr");
    a.address1 = QStringLiteral("12 rue des Lilas");
    a.postalCode = QStringLiteral("69003");
    a.city = QStringLiteral("Lyon");
    a.property = QStringLiteral("Appt 3B, 12 rue des Lilas, 69003 Lyon");
    a.leaseType = LeaseType::Commercial;
    a.monthlyRent = Money::fromCents(101350);
    a.paymentMethod = PaymentMethod::DirectDebit;
    Guarantor g;
    g.name = QStringLiteral("Mme Marie Dupont");
    g.address1 = QStringLiteral("3 place Bellecour");
    g.postalCode = QStringLiteral("69002");
    g.city = QStringLiteral("Lyon");
    a.guarantors = {g};
    return a;
}
} // namespace

TEST_CASE("An account and its guarantor are saved, read back, updated and removed")
{
    QTemporaryDir dir;
    auto db = createDatabase(dir);
    AccountRepository repo(*db);
    Account a = dupont();
    auto id = repo.save(a);
    REQUIRE(id.ok());
    auto back = repo.byRef(QStringLiteral("LOC0042"));
    REQUIRE(back.ok());
    a.id = *id;
    a.guarantors[0].id = back->guarantors.value(0).id;
    CHECK(*back == a);
    CHECK(back->monthlyRent.cents() == 101350);
    CHECK(back->guarantors.size() == 1);

    a.name = QStringLiteral("M. et Mme Jean Dupont");
    a.guarantors.clear();
    REQUIRE(repo.save(a).ok());
    back = repo.byId(a.id);
    CHECK(back->name == QStringLiteral("M. et Mme Jean Dupont"));
    CHECK(back->guarantors.isEmpty());

    REQUIRE(repo.remove(a.id).ok());
    CHECK_FALSE(repo.byRef(QStringLiteral("LOC0042")).ok());
    CHECK(*repo.count() == 0);
}

TEST_CASE("Two accounts cannot share a reference, and the message says so")
{
    QTemporaryDir dir;
    auto db = createDatabase(dir);
    AccountRepository repo(*db);
    REQUIRE(repo.save(dupont()).ok());
    auto second = repo.save(dupont());
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().contains(QStringLiteral("LOC0042")));
    CHECK(*repo.count() == 1);
}

TEST_CASE("Upserting many accounts by ref updates existing ones and keeps their guarantors")
{
    QTemporaryDir dir;
    auto db = createDatabase(dir);
    AccountRepository repo(*db);
    REQUIRE(repo.save(dupont()).ok());
    Account changed = dupont();
    changed.guarantors.clear();
    changed.monthlyRent = Money::fromCents(99000);
    Account other;
    other.ref = QStringLiteral("LOC0043");
    other.name = QStringLiteral("Mme Claire Martin");
    other.leaseStart = QDate(2019, 4, 1);
    other.rentExclCharges = Money::fromCents(70000);
    other.housingAid = Money::fromCents(21000);
    other.guarantee = Guarantee::Gli;
    other.guaranteeRef = QStringLiteral("GLI-2019-00042");
    QList<Account> batch{changed, other};
    REQUIRE(db->write([&](QSqlDatabase& conn) {
                  return AccountRepository::upsertMany(conn, batch);
              }).ok());
    auto all = repo.all();
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).monthlyRent.cents() == 99000);
    CHECK(all->at(0).guarantors.size() == 1);
    CHECK(all->at(1).name == QStringLiteral("Mme Claire Martin"));
    // The bulk insert (imports, the demo) keeps the recovery path's data.
    CHECK(all->at(1).leaseStart == QDate(2019, 4, 1));
    CHECK(all->at(1).rentExclCharges == Money::fromCents(70000));
    CHECK(all->at(1).housingAid.cents() == 21000);
    CHECK(all->at(1).guarantee == Guarantee::Gli);
    CHECK(all->at(1).guaranteeRef == QStringLiteral("GLI-2019-00042"));
    CHECK_FALSE(all->at(0).rentExclCharges.has_value());
}

TEST_CASE("An account written in bulk is stored exactly as the form stores it, NULLs and empty "
          "texts included")
{
    // upsertMany binds through SQLite's own API (SqliteStatement), save()
    // through Qt: the rows must not differ, down to the SQL types.
    QTemporaryDir dir;
    auto db = createDatabase(dir);
    AccountRepository repo(*db);
    Account one = dupont();
    one.phone = QString(); // null: stored as ''
    one.notes = QStringLiteral("Relancer après le 15 — « urgent »");
    one.guarantors[0].email = QString();
    REQUIRE(repo.save(one).ok());
    Account two = one;
    two.ref = QStringLiteral("LOC0043");
    QList<Account> batch{two};
    REQUIRE(db->write([&](QSqlDatabase& conn) {
                  return AccountRepository::upsertMany(conn, batch);
              }).ok());
    CHECK(batch.at(0).id > 0);

    const auto row = [&](const QString& ref) {
        auto q = db->exec(
            QStringLiteral(
                "SELECT name, email, phone, address1, address2, postal_code, city, country, "
                "property, lease_type, monthly_rent, payment_method, status, payment_plan, "
                "litigation, program_mode, quote(program_id), language, notes, "
                "quote(lease_start), quote(rent_excl_charges), housing_aid, housing_aid_payer, "
                "guarantee, guarantee_ref, quote(owner_id), typeof(phone), typeof(monthly_rent), "
                "(SELECT group_concat(quote(g.position) || quote(g.name) || quote(g.email) || "
                "quote(g.country), '/') FROM guarantors g WHERE g.account_id = a.id) "
                "FROM accounts a WHERE ref = ?"),
            {ref});
        REQUIRE(q.ok());
        REQUIRE(q->next());
        QStringList values;
        for (int i = 0; i < 29; ++i)
            values.append(q->value(i).toString());
        return values;
    };
    const QStringList saved = row(QStringLiteral("LOC0042"));
    CHECK(saved.at(2).isEmpty());
    CHECK(saved.at(19) == QStringLiteral("NULL")); // no lease start
    CHECK(saved.at(26) == QStringLiteral("text")); // phone '' and not NULL
    CHECK(saved.at(27) == QStringLiteral("integer"));
    CHECK(saved.at(28) == QStringLiteral("1'Mme Marie Dupont''''FR'"));
    CHECK(row(QStringLiteral("LOC0043")) == saved);
    CHECK(repo.byRef(QStringLiteral("LOC0043"))->notes == one.notes);
}

TEST_CASE("An account names its owner: saved with it, updated by ref, an unknown ref refused")
{
    QTemporaryDir dir;
    auto db = createDatabase(dir);
    Owner tilleuls;
    tilleuls.ref = QStringLiteral("PROP02");
    tilleuls.name = QStringLiteral("SCI Les Tilleuls");
    tilleuls.email = QStringLiteral("sci.tilleuls@example.fr");

    // The form's save: the owner is created with the account.
    Account a = dupont();
    auto id = AccountSave::save(*db, a, tilleuls);
    REQUIRE(id.ok());
    auto back = AccountRepository(*db).byId(*id);
    REQUIRE(back.ok());
    CHECK(back->ownerRef == QStringLiteral("PROP02"));

    // Saved again with new details: the same owner, updated, not a second one.
    tilleuls.email = QStringLiteral("gestion@tilleuls.example.fr");
    a.id = *id;
    REQUIRE(AccountSave::save(*db, a, tilleuls).ok());
    Owner girard;
    girard.ref = QStringLiteral("PROP01");
    girard.name = QStringLiteral("M. Paul Girard");
    REQUIRE(OwnerRepository(*db).save(girard).ok());
    auto owners = OwnerRepository(*db).all();
    REQUIRE(owners.ok());
    REQUIRE(owners->size() == 2);
    CHECK(owners->at(0).ref == QStringLiteral("PROP01")); // by ref
    CHECK(owners->at(1).email == QStringLiteral("gestion@tilleuls.example.fr"));
    CHECK(*OwnerRepository(*db).accountsOf(owners->at(1).id) == QList<qint64>{*id});
    CHECK(OwnerRepository(*db).ownerOfAccounts()->value(*id) == owners->at(1).id);

    // An owner that does not exist, or is not valid, is refused and nothing
    // changes.
    Account other = *back;
    other.ownerRef = QStringLiteral("PROP99");
    auto unknown = AccountSave::save(*db, other, std::nullopt);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().contains(QStringLiteral("PROP99")));
    Owner nameless;
    nameless.ref = QStringLiteral("PROP03");
    auto invalid = AccountSave::save(*db, other, nameless);
    REQUIRE_FALSE(invalid.ok());
    CHECK(invalid.kind() == ErrorKind::BadInput);
    CHECK_FALSE(OwnerRepository(*db).byRef(QStringLiteral("PROP03"))->has_value());
    CHECK(AccountRepository(*db).byId(*id)->ownerRef == QStringLiteral("PROP02"));

    // No owner: the account keeps none; an owner removed leaves its accounts.
    other.ownerRef.clear();
    REQUIRE(AccountSave::save(*db, other, std::nullopt).ok());
    CHECK(AccountRepository(*db).byId(*id)->ownerRef.isEmpty());
    REQUIRE(AccountSave::save(*db, *back, std::nullopt).ok());
    CHECK(AccountRepository(*db).byId(*id)->ownerRef == QStringLiteral("PROP02"));
    REQUIRE(db->exec(QStringLiteral("DELETE FROM owners WHERE ref = 'PROP02'")).ok());
    CHECK(AccountRepository(*db).byId(*id)->ownerRef.isEmpty());
}

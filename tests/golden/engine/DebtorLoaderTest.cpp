#include "TestSupport.h"

#include "ledger/AccountPosition.h"
#include "storage/AccountRepository.h"
#include "storage/LedgerRepository.h"
#include "storage/PositionLoader.h"

using namespace TestSupport;

namespace {

qint64 addAccount(Database& db, const QString& ref)
{
    Account a;
    a.ref = ref;
    a.name = QStringLiteral("Locataire ") + ref;
    auto id = AccountRepository(db).save(a);
    REQUIRE(id.ok());
    return *id;
}

LedgerEntry entry(qint64 account, const QString& ref, Side side, QDate date, QDate due,
                  qint64 cents)
{
    LedgerEntry e;
    e.accountId = account;
    e.entryRef = ref;
    e.side = side;
    e.date = date;
    e.dueDate = due;
    e.amount = Money::fromCents(cents);
    e.kind = side == Side::Debit ? EntryKind::Rent : EntryKind::Payment;
    e.label = ref;
    return e;
}

QStringList debtorRefs(const PositionLoader& loader, QDate asOf)
{
    auto debtors = loader.debtors(asOf);
    REQUIRE(debtors.ok());
    QStringList refs;
    for (const Debtor& d : std::as_const(*debtors))
        refs.append(d.account.ref + u'=' + d.position.overdue.toPlainString());
    return refs;
}

} // namespace

TEST_CASE("The debtor list follows every ledger write: insert, replacement and removal")
{
    QTemporaryDir dir;
    auto db = createDatabase(dir);
    const qint64 a = addAccount(*db, QStringLiteral("LOC0001"));
    const qint64 b = addAccount(*db, QStringLiteral("LOC0002"));
    const QDate june(2026, 6, 1);
    const QList<LedgerEntry> entries = {
        entry(a, QStringLiteral("AE-06"), Side::Debit, june, june, 65000),
        entry(a, QStringLiteral("VIR-1"), Side::Credit, june.addDays(3), june.addDays(3), 65000),
        entry(b, QStringLiteral("AE-06"), Side::Debit, june, june, 40000),
        entry(b, QStringLiteral("AE-07"), Side::Debit, june.addMonths(1), june.addMonths(1), 40000),
    };
    REQUIRE(db->write([&](QSqlDatabase& conn) {
                  return LedgerRepository::insertMany(conn, entries);
              }).ok());
    PositionLoader loader(*db);
    const QDate d(2026, 7, 10);
    CHECK(debtorRefs(loader, d) == QStringList{QStringLiteral("LOC0002=800.00")});
    // As of a date before the July rent was posted: the accounts with later
    // entries are summed from their own entries.
    CHECK(debtorRefs(loader, QDate(2026, 6, 20)) == QStringList{QStringLiteral("LOC0002=400.00")});
    CHECK(debtorRefs(loader, QDate(2026, 6, 3)) ==
          (QStringList{QStringLiteral("LOC0001=650.00"), QStringLiteral("LOC0002=400.00")}));

    // An import with --update replaces the payment by a smaller one.
    auto stored = LedgerRepository(*db).forAccount(a);
    REQUIRE(stored.ok());
    LedgerEntry payment;
    for (const LedgerEntry& e : std::as_const(*stored))
        if (e.entryRef == QLatin1String("VIR-1"))
            payment = e;
    REQUIRE(payment.id > 0);
    payment.amount = Money::fromCents(30000);
    REQUIRE(db->write([&](QSqlDatabase& conn) {
                  return LedgerRepository::replace(conn, payment);
              }).ok());
    CHECK(debtorRefs(loader, d) ==
          (QStringList{QStringLiteral("LOC0001=350.00"), QStringLiteral("LOC0002=800.00")}));

    // Removing an account removes it from the list.
    REQUIRE(AccountRepository(*db).remove(b).ok());
    CHECK(debtorRefs(loader, d) == QStringList{QStringLiteral("LOC0001=350.00")});

    // One account's position, debtor or not, with the labels of its items.
    auto position = loader.position(a, d);
    REQUIRE(position.ok());
    REQUIRE(position->items.size() == 1);
    CHECK(position->items.first().label == QStringLiteral("AE-06"));
    CHECK(position->items.first().remaining == Money::fromCents(35000));
}

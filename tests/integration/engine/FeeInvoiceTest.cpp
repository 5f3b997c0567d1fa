#include "TestSupport.h"

#include "reminders/FeeInvoiceDecision.h"
#include "storage/AccountRepository.h"
#include "storage/FeeInvoiceRepository.h"

#include <QSqlQuery>

using namespace TestSupport;

namespace {

qint64 commercialAccount(Database& db)
{
    Account a;
    a.ref = QStringLiteral("COM0001");
    a.name = QStringLiteral("SARL Boulangerie Martin");
    a.leaseType = LeaseType::Commercial;
    auto id = AccountRepository(db).save(a);
    REQUIRE(id.ok());
    return *id;
}

struct Entry
{
    QString ref, side, date, dueDate, kind, matches;
    qint64 amount = 0;
};

QList<Entry> ledger(Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT entry_ref, side, date, due_date, kind, matches, amount "
                                    "FROM ledger_entries ORDER BY id"));
    REQUIRE(q.ok());
    QList<Entry> list;
    while (q->next())
        list << Entry{q->value(0).toString(),  q->value(1).toString(), q->value(2).toString(),
                      q->value(3).toString(),  q->value(4).toString(), q->value(5).toString(),
                      q->value(6).toLongLong()};
    return list;
}

FeeInvoice invoice(qint64 accountId, FeeInvoiceState state)
{
    FeeInvoice f;
    f.accountId = accountId;
    f.date = QDate(2026, 11, 23);
    f.amount = Money::fromCents(3500);
    f.supplierAccount = QStringLiteral("401RELANCE");
    f.expenseAccount = QStringLiteral("6226");
    f.state = state;
    return f;
}

Result<FeeInvoice> create(Database& db, const FeeInvoice& f)
{
    std::optional<Result<FeeInvoice>> out;
    Status s = db.write([&](QSqlDatabase& conn) -> Status {
        out = FeeInvoiceRepository::createIn(conn, f, QStringLiteral("Frais de relance"));
        return *out ? Status() : Status::failure(out->error());
    });
    REQUIRE(s.ok());
    return *out;
}

} // namespace

TEST_CASE("A validated fee invoice posts a fee debit dated and due on its date; cancelling it "
          "posts a credit note that matches that debit")
{
    QTemporaryDir dir;
    auto db = createDatabase(dir);
    const qint64 account = commercialAccount(*db);
    auto created = create(*db, invoice(account, FeeInvoiceState::Validated));
    REQUIRE(created.ok());
    CHECK(created->number == QStringLiteral("FR-2026-00001"));

    auto entries = ledger(*db);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].side == QStringLiteral("debit"));
    CHECK(entries[0].kind == QStringLiteral("fee"));
    CHECK(entries[0].date == QStringLiteral("2026-11-23"));
    CHECK(entries[0].dueDate == QStringLiteral("2026-11-23"));
    CHECK(entries[0].amount == 3500);

    FeeInvoiceRepository repo(*db);
    REQUIRE(FeeInvoiceDecision::cancel(*db, created->id, QDate(2026, 11, 30)).ok());
    entries = ledger(*db);
    REQUIRE(entries.size() == 2);
    CHECK(entries[1].side == QStringLiteral("credit"));
    CHECK(entries[1].kind == QStringLiteral("credit_note"));
    CHECK(entries[1].date == QStringLiteral("2026-11-30"));
    CHECK(entries[1].amount == 3500);
    CHECK(entries[1].matches == entries[0].ref);
    auto back = repo.byId(created->id);
    REQUIRE(back.ok());
    CHECK(back->state == FeeInvoiceState::Cancelled);
    CHECK(back->creditNoteEntryId > 0);

    // Cancelling twice would reverse the fee twice: refused, nothing posted.
    auto again = FeeInvoiceDecision::cancel(*db, created->id, QDate(2026, 12, 1));
    CHECK_FALSE(again.ok());
    CHECK(again.error().contains(QStringLiteral("FR-2026-00001")));
    CHECK(ledger(*db).size() == 2);
}

TEST_CASE("A draft fee invoice posts nothing until validated; cancelling a draft posts nothing")
{
    QTemporaryDir dir;
    auto db = createDatabase(dir);
    const qint64 account = commercialAccount(*db);
    auto first = create(*db, invoice(account, FeeInvoiceState::Draft));
    auto second = create(*db, invoice(account, FeeInvoiceState::Draft));
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(second->number == QStringLiteral("FR-2026-00002"));
    CHECK(ledger(*db).isEmpty());

    FeeInvoiceRepository repo(*db);
    REQUIRE(FeeInvoiceDecision::validate(*db, first->id, QDate(2026, 11, 24)).ok());
    auto entries = ledger(*db);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].date == QStringLiteral("2026-11-24"));
    CHECK_FALSE(FeeInvoiceDecision::validate(*db, first->id, QDate(2026, 11, 24)).ok());

    REQUIRE(FeeInvoiceDecision::cancel(*db, second->id, QDate(2026, 11, 24)).ok());
    CHECK(ledger(*db).size() == 1);
    CHECK(repo.byId(second->id)->state == FeeInvoiceState::Cancelled);
    CHECK_FALSE(FeeInvoiceDecision::validate(*db, second->id, QDate(2026, 11, 25)).ok());
}

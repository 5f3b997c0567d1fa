#include "TestSupport.h"

#include "ledger/AccountPosition.h"
#include "ledger/Allocation.h"
#include "ledger/Episode.h"
#include "reminders/DefaultProgram.h"
#include "reminders/Planner.h"

#include <QRandomGenerator>
#include <QSet>

namespace {

// A random but plausible ledger: monthly rents, some charges and fees, a
// rejected direct debit now and then, payments of random size, some of them
// naming a debit (posted or not yet posted), some posted late.
QList<LedgerEntry> randomLedger(QRandomGenerator& rng, QDate start, int months)
{
    QList<LedgerEntry> entries;
    QStringList debitRefs;
    for (int m = 0; m < months; ++m) {
        const QDate due = start.addMonths(m);
        LedgerEntry rent;
        rent.entryRef = QStringLiteral("R%1").arg(m, 3, 10, QChar(u'0'));
        rent.side = Side::Debit;
        rent.kind = EntryKind::Rent;
        rent.dueDate = due;
        // Usually posted a few days before it is due, sometimes after.
        rent.date = due.addDays(int(rng.bounded(-10, 5)));
        rent.amount = Money::fromCents(rng.bounded(30000, 90000));
        entries.append(rent);
        debitRefs.append(rent.entryRef);
        if (rng.bounded(5) == 0) {
            LedgerEntry fee = rent;
            fee.entryRef = QStringLiteral("F%1").arg(m, 3, 10, QChar(u'0'));
            fee.kind = rng.bounded(2) ? EntryKind::Fee : EntryKind::PaymentReversal;
            fee.amount = Money::fromCents(rng.bounded(500, 5000));
            fee.dueDate = due.addDays(int(rng.bounded(0, 20)));
            fee.date = fee.dueDate;
            entries.append(fee);
            debitRefs.append(fee.entryRef);
        }
        const int payments = int(rng.bounded(0, 3));
        for (int p = 0; p < payments; ++p) {
            LedgerEntry pay;
            pay.entryRef = QStringLiteral("P%1-%2").arg(m).arg(p);
            pay.side = Side::Credit;
            pay.kind = rng.bounded(10) == 0 ? EntryKind::CreditNote : EntryKind::Payment;
            pay.date = due.addDays(int(rng.bounded(-5, 40)));
            pay.dueDate = pay.date;
            pay.amount = Money::fromCents(rng.bounded(1000, 80000));
            if (rng.bounded(4) == 0)
                pay.matches = debitRefs.at(int(rng.bounded(int(debitRefs.size()))));
            entries.append(pay);
        }
    }
    return entries;
}

Money overdueAt(const QList<LedgerEntry>& entries, QDate d)
{
    return Allocation::compute(entries, d).overdue();
}

} // namespace

TEST_CASE("Allocation keeps its books: remaining, overdue and balance agree on random ledgers")
{
    for (quint32 seed = 1; seed <= 300; ++seed) {
        QRandomGenerator rng(seed);
        const QDate start(2025, 1, 1);
        const auto entries = randomLedger(rng, start, int(rng.bounded(1, 18)));
        const QDate asOf = start.addDays(int(rng.bounded(0, 600)));
        const Allocation a = Allocation::compute(entries, asOf);
        INFO("seed " << seed << ", as of " << asOf.toString(Qt::ISODate).toStdString());

        Money debits, credits, remaining, overdue;
        for (const LedgerEntry& e : entries) {
            if (e.date > asOf)
                continue;
            (e.side == Side::Debit ? debits : credits) += e.amount;
        }
        for (const AllocatedItem& item : a.items()) {
            remaining += item.remaining;
            CHECK(item.remaining >= Money());
            CHECK(item.remaining <= entries.at(item.entry).amount);
            if (entries.at(item.entry).dueDate < asOf)
                overdue += item.remaining;
        }
        CHECK(a.totalDebits() == debits);
        CHECK(a.totalCredits() == credits);
        CHECK(remaining == debits - a.allocated());
        CHECK(a.allocated() <= credits);
        CHECK(a.overdue() == overdue);
        CHECK(a.balance() == debits - credits);
        if (a.balance().isPositive())
            CHECK(a.overdue() <= a.balance());
        if (!a.balance().isPositive())
            CHECK(a.overdue().isZero());
        // Items in allocation order.
        for (qsizetype i = 1; i < a.items().size(); ++i)
            CHECK_FALSE(Allocation::poolBefore(entries.at(a.items().at(i).entry),
                                               entries.at(a.items().at(i - 1).entry)));
    }
}

TEST_CASE("The episode starts on the last day with nothing overdue (checked day by day)")
{
    for (quint32 seed = 1; seed <= 120; ++seed) {
        QRandomGenerator rng(seed * 7919);
        const QDate start(2025, 3, 1);
        const auto entries = randomLedger(rng, start, int(rng.bounded(1, 10)));
        const QDate asOf = start.addDays(int(rng.bounded(0, 330)));
        if (overdueAt(entries, asOf).isZero())
            continue;
        const QDate e = Episode::start(entries, asOf);
        INFO("seed " << seed << ", as of " << asOf.toString(Qt::ISODate).toStdString()
                     << ", E = " << e.toString(Qt::ISODate).toStdString());
        REQUIRE(e < asOf);
        CHECK(overdueAt(entries, e).isZero());
        for (QDate t = e.addDays(1); t <= asOf; t = t.addDays(1)) {
            INFO("day " << t.toString(Qt::ISODate).toStdString());
            REQUIRE(overdueAt(entries, t).isPositive());
        }
    }
}

TEST_CASE("Every debtor appears exactly once in the plan, and planning twice gives the same plan")
{
    const Program global = DefaultProgram::make();
    for (quint32 seed = 1; seed <= 40; ++seed) {
        QRandomGenerator rng(seed * 104729);
        const QDate start(2025, 1, 1);
        const QDate asOf = start.addDays(int(rng.bounded(60, 500)));
        QList<Debtor> debtors;
        QSet<QString> debtorRefs;
        for (int i = 0; i < 30; ++i) {
            Debtor d;
            d.account.id = i + 1;
            d.account.ref = QStringLiteral("LOC%1").arg(i, 4, 10, QChar(u'0'));
            d.account.name = d.account.ref;
            if (rng.bounded(4) != 0) {
                d.account.address1 = QStringLiteral("1 rue de la Paix");
                d.account.postalCode = QStringLiteral("75002");
                d.account.city = QStringLiteral("Paris");
            }
            if (rng.bounded(2))
                d.account.email = QStringLiteral("t%1@example.fr").arg(i);
            d.account.paymentMethod =
                rng.bounded(4) == 0 ? PaymentMethod::DirectDebit : PaymentMethod::Transfer;
            d.account.paymentPlan = rng.bounded(10) == 0;
            d.account.litigation = rng.bounded(10) == 0;
            d.account.programMode = rng.bounded(10) == 0 ? ProgramMode::None : ProgramMode::Global;
            if (rng.bounded(2)) {
                Guarantor g;
                g.name = QStringLiteral("Caution");
                g.email = rng.bounded(2) ? QStringLiteral("g@example.fr") : QString();
                d.account.guarantors.append(g);
            }
            const auto entries = randomLedger(rng, start, int(rng.bounded(1, 16)));
            QList<IssuedReminder> issued;
            if (rng.bounded(3) == 0)
                issued.append({asOf.addDays(-int(rng.bounded(1, 40))), int(rng.bounded(1, 5)), 0});
            d.position = AccountPosition::compute(entries, issued, asOf);
            d.position.ref = d.account.ref;
            if (d.position.isDebtor())
                debtorRefs.insert(d.account.ref);
            debtors.append(d);
        }
        const Planner planner(global, {});
        const Plan plan = planner.plan(asOf, debtors, asOf.addDays(-3));
        QStringList seen;
        for (const PlannedReminder& r : plan.reminders)
            seen.append(r.ref);
        for (const PlanSkip& s : plan.skipped)
            seen.append(s.ref);
        INFO("seed " << seed);
        CHECK(seen.size() == debtorRefs.size());
        CHECK(QSet<QString>(seen.begin(), seen.end()) == debtorRefs);
        for (const PlannedReminder& r : plan.reminders) {
            CHECK((r.level > r.position.lastLevel || r.repeat > 0));
        }
        const Plan again = planner.plan(asOf, debtors, asOf.addDays(-3));
        CHECK(again.reminders.size() == plan.reminders.size());
        CHECK(again.skipped.size() == plan.skipped.size());
    }
}

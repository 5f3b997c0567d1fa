// The recovery figures' sums on small ledgers: reminder effectiveness on a
// crafted history, what a credit recovers (only what was already overdue),
// the 24 month ends and the age buckets' edges.
#include "reports/RecoveryFiguresBuilder.h"

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

class Ledger
{
public:
    Ledger& debit(const char* date, qint64 amount, EntryKind kind = EntryKind::Rent)
    {
        LedgerEntry e;
        e.entryRef = QStringLiteral("D%1").arg(m_entries.size());
        e.side = Side::Debit;
        e.date = e.dueDate = day(date);
        e.amount = euros(amount);
        e.kind = kind;
        m_entries.append(e);
        return *this;
    }
    Ledger& credit(const char* date, qint64 amount)
    {
        LedgerEntry e;
        e.entryRef = QStringLiteral("C%1").arg(m_entries.size());
        e.side = Side::Credit;
        e.date = e.dueDate = day(date);
        e.amount = euros(amount);
        e.kind = EntryKind::Payment;
        m_entries.append(e);
        return *this;
    }
    const QList<LedgerEntry>& entries() const { return m_entries; }

private:
    QList<LedgerEntry> m_entries;
};

} // namespace

TEST_CASE("Effectiveness: 3 first reminders, 2 followed by payment within 15 days")
{
    RecoveryFiguresBuilder b(day("2026-11-30"), day("2026-06-01"));
    b.nameLevel(1, QStringLiteral("Première relance"));
    // Paid 6 days after the reminder.
    b.add(Ledger().debit("2026-09-01", 500).credit("2026-09-16", 500).entries(),
          {{day("2026-09-10"), 1, 0}});
    // Paid 15 days after: still « within 15 days ».
    b.add(Ledger().debit("2026-10-01", 700).credit("2026-10-25", 700).entries(),
          {{day("2026-10-10"), 1, 0}});
    // Paid in part only: the arrears go on.
    b.add(Ledger().debit("2026-07-01", 400).credit("2026-07-12", 300).entries(),
          {{day("2026-07-10"), 1, 0}});

    const RecoveryFigures f = b.figures();
    REQUIRE(f.levels.size() == 1);
    const LevelEffectiveness& l = f.levels.first();
    CHECK(l.level == 1);
    CHECK(l.name == QStringLiteral("Première relance"));
    CHECK(l.issued == 3);
    CHECK(l.cleared15 == 2);
    CHECK(l.cleared30 == 2);
    CHECK(qRound(1000.0 * l.cleared15 / l.issued) == 667); // 66.7 %
}

TEST_CASE("Effectiveness: cleared on day 16 counts within 30 days only, after the date not yet")
{
    RecoveryFiguresBuilder b(day("2026-11-30"), day("2026-01-01"));
    b.add(Ledger().debit("2026-09-01", 500).credit("2026-09-26", 500).entries(),
          {{day("2026-09-10"), 2, 0}});
    // Cleared 31 days after: neither.
    b.add(Ledger().debit("2026-09-01", 500).credit("2026-10-11", 500).entries(),
          {{day("2026-09-10"), 2, 0}});
    // Issued five days before the date and paid after it: not cleared as of the date.
    b.add(Ledger().debit("2026-11-01", 500).credit("2026-12-02", 500).entries(),
          {{day("2026-11-25"), 2, 0}});
    const LevelEffectiveness l = b.figures().levels.first();
    CHECK(l.issued == 3);
    CHECK(l.cleared15 == 0);
    CHECK(l.cleared30 == 1);
}

TEST_CASE("Recovered: only the part of a credit that paid what was already overdue")
{
    RecoveryFiguresBuilder b(day("2026-11-30"), day("2026-11-01"));
    // 300 overdue from October; a 1000 payment on 10 November pays it and
    // November's rent (due 1 November, overdue): 800 recovered; the 200 left
    // over pays nothing overdue.
    b.add(Ledger()
              .debit("2026-10-01", 300)
              .debit("2026-11-01", 500)
              .credit("2026-11-10", 1000)
              .entries(),
          {});
    // Paid in advance, before the due date: nothing recovered.
    b.add(Ledger().debit("2026-11-25", 600).credit("2026-11-20", 600).entries(), {});
    const RecoveryFigures f = b.figures();
    REQUIRE(f.recovered.size() == 1);
    CHECK(f.recovered.first().month == day("2026-11-01"));
    CHECK(f.recovered.first().amount == euros(800));
    CHECK(f.totalOverdue == Money());
    CHECK(f.debtors == 0);
}

TEST_CASE("Month ends: the 24 last, oldest first, a date that is a month end is one")
{
    const QList<QDate> ends = RecoveryFiguresBuilder::monthEnds(day("2026-11-30"));
    REQUIRE(ends.size() == 24);
    CHECK(ends.first() == day("2024-12-31"));
    CHECK(ends.last() == day("2026-11-30"));
    const QList<QDate> mid = RecoveryFiguresBuilder::monthEnds(day("2026-03-15"));
    CHECK(mid.last() == day("2026-02-28"));
    CHECK(mid.first() == day("2024-03-31"));
    CHECK(RecoveryFiguresBuilder::monthEnds(day("2028-03-01")).last() == day("2028-02-29"));
}

TEST_CASE("Month ends and the month before: a debit due on the day is not overdue yet")
{
    RecoveryFiguresBuilder b(day("2026-11-30"), day("2026-01-01"));
    // Due on 31 October: overdue from 1 November only.
    b.add(Ledger().debit("2026-10-31", 450).entries(), {});
    const RecoveryFigures f = b.figures();
    CHECK(f.monthly.at(22).monthEnd == day("2026-10-31"));
    CHECK(f.monthly.at(22).overdue == Money());
    CHECK(f.monthly.at(23).overdue == euros(450));
    CHECK(f.monthly.at(23).debtors == 1);
    CHECK(f.monthAgo == day("2026-10-30"));
    CHECK(f.totalOverdueMonthAgo == Money());
    CHECK(f.debtorsMonthAgo == 0);
    CHECK(f.totalOverdue == euros(450));
}

TEST_CASE("Age buckets: edges at 30/31, 60/61, 90/91, 180/181 days in arrears")
{
    CHECK(AgeBuckets::of(0) == AgeBucket::Days0To30);
    CHECK(AgeBuckets::of(30) == AgeBucket::Days0To30);
    CHECK(AgeBuckets::of(31) == AgeBucket::Days31To60);
    CHECK(AgeBuckets::of(60) == AgeBucket::Days31To60);
    CHECK(AgeBuckets::of(61) == AgeBucket::Days61To90);
    CHECK(AgeBuckets::of(91) == AgeBucket::Days91To180);
    CHECK(AgeBuckets::of(180) == AgeBucket::Days91To180);
    CHECK(AgeBuckets::of(181) == AgeBucket::Over180);
    CHECK(AgeBuckets::maxDays(AgeBucket::Days61To90) == 90);
    CHECK(!AgeBuckets::maxDays(AgeBucket::Over180).has_value());
    for (AgeBucket bucket : AgeBuckets::all())
        CHECK(AgeBuckets::fromKey(AgeBuckets::key(bucket)) == bucket);

    // A debtor 31 days in arrears: due 30 October, episode from 30 October.
    RecoveryFiguresBuilder b(day("2026-11-30"), day("2026-11-01"));
    b.add(Ledger().debit("2026-10-30", 100).entries(), {});
    b.add(Ledger().debit("2026-10-31", 200).entries(), {});
    const RecoveryFigures f = b.figures();
    CHECK(f.ageing.at(0).amount == euros(200));
    CHECK(f.ageing.at(0).count == 1);
    CHECK(f.ageing.at(1).amount == euros(100));
    CHECK(f.ageing.at(1).count == 1);
}

#include "AccountStatement.h"

#include <algorithm>

AccountStatement AccountStatement::build(const Account& account, QList<LedgerEntry> entries,
                                         QDate asOf)
{
    std::stable_sort(entries.begin(), entries.end(),
                     [](const LedgerEntry& a, const LedgerEntry& b) {
                         return a.date != b.date ? a.date < b.date : a.id < b.id;
                     });
    AccountStatement s;
    s.asOf = asOf;
    for (const LedgerEntry& e : std::as_const(entries)) {
        if (!e.date.isValid() || e.date > asOf)
            continue;
        StatementLine line;
        line.date = e.date;
        line.entryRef = e.entryRef;
        line.label = e.label;
        line.kind = e.kind;
        if (e.side == Side::Debit) {
            line.debit = e.amount;
            s.debits += e.amount;
        } else {
            line.credit = e.amount;
            s.credits += e.amount;
        }
        s.balance = s.debits - s.credits;
        line.balance = s.balance;
        // Only the whole monthly rent can be split with certainty: a prorated
        // first month or a revised rent would need a rule nobody gave us.
        if (e.side == Side::Debit && e.kind == EntryKind::Rent && account.rentExclCharges &&
            e.amount == account.monthlyRent && *account.rentExclCharges <= account.monthlyRent) {
            line.rentPart = *account.rentExclCharges;
            line.chargesPart = account.monthlyRent - *account.rentExclCharges;
        }
        const QDate month(e.date.year(), e.date.month(), 1);
        if (s.months.isEmpty() || s.months.last().month != month) {
            StatementMonth m;
            m.month = month;
            s.months << m;
        }
        StatementMonth& m = s.months.last();
        m.debits += line.debit;
        m.credits += line.credit;
        m.closingBalance = line.balance;
        m.lines << line;
    }
    return s;
}

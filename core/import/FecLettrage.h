#pragma once

#include "ledger/LedgerEntry.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QHashFunctions>
#include <QString>

#include <utility>
#include <vector>

// Turns a FEC's lettrage (EcritureLet, DateLet) into the `matches` of its
// credits (import-formats.md « FEC »): lines of one account sharing a
// non-empty code form a group; each credit of the group, oldest first,
// matches the oldest debit of the group that is not yet paid in full (by the
// group's earlier credits). A group is closed on its DateLet: a line of the
// same code dated after it starts a new group.
//
// The importer reads the file twice: the first pass add()s every lettered
// tenant line, resolve() computes the matches, the second pass asks
// matchesOf() for each credit. A lettered line costs about 40 bytes, and a
// debit's entry_ref its length: a million lines stay well under 100 MB.
class FecLettrage
{
public:
    // The group key of an account and a code, from their UTF-8 (a hash of
    // both: a collision is one in 10^11 files).
    static size_t key(QByteArrayView accountUtf8, QByteArrayView codeUtf8)
    {
        return qHashMulti(0x5EC, accountUtf8, codeUtf8);
    }
    // `debitRef` is the debit's entry_ref in UTF-8 (ignored for a credit).
    void add(size_t key, int line, Side side, const QDate& date, const QDate& dateLet, qint64 cents,
             QByteArrayView debitRef);
    // The same from texts.
    void add(const QString& accountRef, const QString& code, int line, Side side, const QDate& date,
             const QDate& dateLet, qint64 cents, const QString& debitRef)
    {
        add(key(accountRef.toUtf8(), code.toUtf8()), line, side, date, dateLet, cents,
            debitRef.toUtf8());
    }
    void resolve();
    // The entry_ref of the debit the credit on `line` pays, or empty.
    QString matchesOf(int line) const;

private:
    struct Member
    {
        size_t key; // key() of account and code
        qint64 cents;
        int line;
        qint32 date;    // days since 2000-01-01
        qint32 dateLet; // the same; INT_MIN when none
        quint32 ref;    // a debit's entry_ref: its offset in m_refs
        bool debit;
    };
    std::vector<Member> m_members;
    QByteArray m_refs; // the debits' entry refs, UTF-8, each ended by '\0'
    // Credit line → offset of its debit's ref in m_refs, sorted by line.
    std::vector<std::pair<int, quint32>> m_matches;
};

#pragma once

#include "ledger/LedgerEntry.h"

#include <QDate>
#include <QString>

#include <unordered_map>
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
// matchesOf() for each credit. Only a few numbers per lettered line are kept.
class FecLettrage
{
public:
    // `key` identifies account + code; `debitRef` is the debit's entry_ref.
    void add(const QString& accountRef, const QString& code, int line, Side side, const QDate& date,
             const QDate& dateLet, qint64 cents, const QString& debitRef);
    void resolve();
    // The entry_ref of the debit the credit on `line` pays, or empty.
    QString matchesOf(int line) const;

private:
    struct Member
    {
        size_t key; // hash of account and code (a collision is one in 10^11 files)
        int line;
        qint64 date;
        qint64 dateLet; // 0 when none
        qint64 cents;
        bool debit;
        QString debitRef;
    };
    std::vector<Member> m_members;
    std::unordered_map<int, QString> m_matches; // credit line → debit's entry_ref
};

#pragma once

#include "Deadline.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// A deadline with the account it belongs to.
struct AccountDeadline
{
    qint64 accountId = 0;
    QString ref;
    QString name;
    Deadline deadline;
};

// The `ccapex` flag of one account.
struct AccountCcapex
{
    qint64 accountId = 0;
    QString ref;
    QString name;
    CcapexFlag flag;
};

// A `prescription_near` warning: one unpaid item of one account.
struct AccountPrescription
{
    qint64 accountId = 0;
    QString ref;
    QString name;
    ItemPrescription item;
};

// What `deadlines` lists as of one date (recovery-path.md « Command line »):
// the open and late deadlines of every account (with a window, the late ones
// and those due within it), the flags and the prescription warnings, which
// are never filtered.
struct DeadlineReport
{
    QDate asOf;
    std::optional<int> withinDays;
    QList<AccountDeadline> deadlines;    // by due, then ref, then kind
    QList<AccountCcapex> flags;          // by since, then ref
    QList<AccountPrescription> warnings; // by prescribed_on, then ref, then entry

    int lateCount() const;
    // The account's deadline due first, late ones included; none when it has
    // no open or late deadline in the report.
    std::optional<AccountDeadline> nextFor(qint64 accountId) const;
    // Sorts the three lists as the spec says (refs by Unicode code point).
    void sort();
};

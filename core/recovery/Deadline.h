#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// The deadlines of recovery-path.md, in the spec's order.
enum class DeadlineKind
{
    CafReport,
    CafPlan,
    VisaleNotice,
    VisaleClaim,
    GliNotice,
    GliClaim,
    GuarantorInfo,
    GuarantorService
};

enum class DeadlineStatus
{
    Open, // due on or after the as-of date, not done
    Late, // due before the as-of date, not done
    Done  // the satisfying event or reminder exists, dated by the as-of date
};

struct Deadline
{
    DeadlineKind kind = DeadlineKind::CafReport;
    QDate since; // the day that started it (C, R, T or S in the spec)
    QDate due;
    DeadlineStatus status = DeadlineStatus::Open;
    QString source; // the article or contract, shown in a tooltip and the JSON
};

// `ccapex`: shown, not a deadline to act on.
struct CcapexFlag
{
    QDate since;              // first day of the current unbroken stretch
    bool approximate = false; // rent without charges unknown: rent + charges used
};

// When one unpaid item can no longer be claimed.
struct ItemPrescription
{
    QString entryRef;
    QDate dueDate;
    QDate prescribedOn;
    bool near = false; // prescribedOn − D ≤ 182 days: warning `prescription_near`
};

// Everything the recovery path says of one account as of one date.
struct RecoveryView
{
    QList<Deadline> deadlines; // of the current episode, done ones included
    std::optional<CcapexFlag> ccapex;
    QDate clauseEffective;                 // null when there is none
    QList<ItemPrescription> prescriptions; // every unpaid item, in allocation order
};

namespace DeadlineKeys {
QString toKey(DeadlineKind kind);
QString toKey(DeadlineStatus status);
} // namespace DeadlineKeys

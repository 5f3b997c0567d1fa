#pragma once

#include "DeadlineReport.h"
#include "RecoveryPath.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

class Database;

// The recovery path of the stored accounts (recovery-path.md): reads each
// debtor's ledger, reminders (registered or not, reaching a guarantor or
// not), case-file events and the agency's recovery settings, and lets the
// pure RecoveryPath decide. The one place the GUI (Échéances screen, account
// form, Debtors) and relance-cli (`deadlines`, the daily digest) get them.
class DeadlineService
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineService)

public:
    explicit DeadlineService(const Database& db)
        : m_db(db)
    {}

    // Every account's open and late deadlines as of asOf (with withinDays,
    // the late ones and the open ones due by asOf + withinDays), the CCAPEX
    // flags and the prescription warnings, sorted as the spec says.
    Result<DeadlineReport> report(QDate asOf, std::optional<int> withinDays = std::nullopt) const;

    // One account's recovery path as of asOf: its deadlines (done ones
    // included), the CCAPEX flag, the date the resolutory clause takes
    // effect and every unpaid item's prescription; for the account form.
    Result<RecoveryView> account(qint64 accountId, QDate asOf) const;

private:
    const Database& m_db;
};

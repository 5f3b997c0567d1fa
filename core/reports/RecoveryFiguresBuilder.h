#pragma once

#include "RecoveryFigures.h"
#include "ledger/IssuedReminder.h"
#include "ledger/LedgerEntry.h"

#include <QDate>
#include <QList>
#include <QMap>

// Sums the recovery figures one account at a time (pure: no database), so
// that the whole ledger is read once and never held in memory. Every figure
// uses the same allocation and episode rules as the debtor list
// (reminder-rules.md), so the dashboard and `debtors --json` agree.
class RecoveryFiguresBuilder
{
public:
    RecoveryFiguresBuilder(QDate asOf, QDate from);

    // A level shown even when none of its reminders falls in the period
    // (the global program's levels), with its name.
    void nameLevel(int level, const QString& name);
    // One account: its entries posted on or before asOf (any order) and its
    // reminders dated in the period.
    void add(const QList<LedgerEntry>& entries, const QList<IssuedReminder>& periodReminders);

    // Adds what another builder of the same asOf and period summed (the
    // other half of the agency, read on another thread).
    void merge(const RecoveryFiguresBuilder& other);

    RecoveryFigures figures() const;

    // The 24 month ends on or before asOf, oldest first.
    static QList<QDate> monthEnds(QDate asOf);

private:
    RecoveryFigures m_figures;
    QList<QDate> m_monthEnds;
    QMap<int, LevelEffectiveness> m_levels;
};

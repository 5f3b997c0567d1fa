#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class DebtorFilterProxy;
class DebtorTableModel;
class QWidget;
struct PlannedReminder;

// Which debtors a print issues to: the check boxes of the list, « Select
// all / none », and the user's word on the checked debtors the rules skip
// (reminder-rules.md: a skipped debtor is reminded only on purpose, as a
// manual reminder naming the reason overridden).
class DebtorSelection
{
    Q_DECLARE_TR_FUNCTIONS(DebtorSelection)

public:
    DebtorSelection(DebtorTableModel* model, const DebtorFilterProxy* proxy);

    // Checks the rows shown that the plan issues to; a skipped debtor is
    // checked only by hand, one at a time, on purpose.
    void selectAll();
    // Unchecks every row shown.
    void selectNone();

    // The reminders of the checked rows; `overridden` receives « REF
    // (reason) » for each checked row the rules skip.
    QList<const PlannedReminder*> checked(QStringList* overridden = nullptr) const;

    // What a print issues once the user was asked about the skipped rows.
    struct Choice
    {
        QList<const PlannedReminder*> reminders; // empty: nothing to issue
        bool manual = false;                     // skipped rows included by hand
    };
    // Asks « Ignorer ceux-là et continuer / Les inclure / Annuler » when
    // checked rows are skipped by the rules (MessageBox); Cancel, or
    // ignoring them when nothing else is checked, gives an empty choice.
    Choice confirm(QWidget* parent) const;

private:
    QList<int> shownRows() const;

    DebtorTableModel* m_model;
    const DebtorFilterProxy* m_proxy;
};

#include "DebtorSelection.h"

#include "DebtorFilterProxy.h"
#include "DebtorTableModel.h"
#include "common/MessageBox.h"
#include "reminders/Plan.h"

DebtorSelection::DebtorSelection(DebtorTableModel* model, const DebtorFilterProxy* proxy)
    : m_model(model)
    , m_proxy(proxy)
{}

QList<int> DebtorSelection::shownRows() const
{
    QList<int> rows;
    rows.reserve(m_proxy->rowCount());
    for (int i = 0; i < m_proxy->rowCount(); ++i)
        rows << m_proxy->mapToSource(m_proxy->index(i, 0)).row();
    return rows;
}

void DebtorSelection::selectAll()
{
    QList<int> planned;
    for (int row : shownRows())
        if (m_model->decisionAt(row) == DebtorTableModel::Planned)
            planned << row;
    m_model->setChecked(planned, true);
}

void DebtorSelection::selectNone()
{
    m_model->setChecked(shownRows(), false);
}

QList<const PlannedReminder*> DebtorSelection::checked(QStringList* overridden) const
{
    QList<const PlannedReminder*> out;
    for (int row : m_model->checkedRows()) {
        const PlannedReminder* r = m_model->reminderAt(row);
        if (!r)
            continue;
        out << r;
        if (overridden && m_model->decisionAt(row) == DebtorTableModel::SkippedOverridable)
            *overridden << tr("%1 (%2)").arg(r->ref, m_model->skipAt(row)->reason.label());
    }
    return out;
}

DebtorSelection::Choice DebtorSelection::confirm(QWidget* parent) const
{
    Choice choice;
    QStringList overridden;
    const QList<const PlannedReminder*> all = checked(&overridden);
    if (overridden.isEmpty()) {
        choice.reminders = all;
        return choice;
    }
    const int others = int(all.size() - overridden.size());
    const QString text =
        tr("The rules skip %n of the checked debtor(s):\n%1\n\n", nullptr, int(overridden.size()))
            .arg(overridden.join(u'\n')) +
        (others > 0 ? tr("“Ignore them and continue” issues the %n other reminder(s) only. ",
                         nullptr, others)
                    : QString()) +
        tr("“Include them” issues a manual reminder to each, with your name recorded. "
           "“Cancel” issues nothing.");
    QMap<QMessageBox::StandardButton, QString> labels{
        {QMessageBox::Yes, tr("Include them")},
        {QMessageBox::Cancel, tr("Cancel")},
    };
    QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::Cancel;
    if (others > 0) {
        labels.insert(QMessageBox::Ignore, tr("Ignore them and continue"));
        buttons |= QMessageBox::Ignore;
    }
    const auto answer =
        MessageBox::question(parent, tr("Manual reminders"), text, buttons,
                             others > 0 ? QMessageBox::Ignore : QMessageBox::Cancel, labels);
    if (answer == QMessageBox::Yes) {
        choice.reminders = all;
        choice.manual = true;
    } else if (answer == QMessageBox::Ignore && others > 0) {
        for (int row : m_model->checkedRows())
            if (m_model->decisionAt(row) == DebtorTableModel::Planned)
                choice.reminders << m_model->reminderAt(row);
    }
    return choice;
}

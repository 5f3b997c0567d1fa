#include "DebtorSelectionBar.h"

#include "money/Money.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

// The texts were the Debtors page's before the page was split: they keep its
// translation context, and with it their French.

DebtorSelectionBar::DebtorSelectionBar(QWidget* parent)
    : QWidget(parent)
{
    auto* all = new QPushButton(QCoreApplication::translate("DebtorsPage", "Select &all"), this);
    all->setObjectName(QStringLiteral("selectAll"));
    all->setToolTip(QCoreApplication::translate(
        "DebtorsPage", "Check every debtor shown that the plan reminds (a debtor the rules skip "
                       "is checked by hand)"));
    auto* none = new QPushButton(QCoreApplication::translate("DebtorsPage", "Select &none"), this);
    none->setObjectName(QStringLiteral("selectNone"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("selectionSummary"));
    m_summary->setWordWrap(true);
    auto* simulation =
        new QPushButton(QCoreApplication::translate("DebtorsPage", "Si&mulation…"), this);
    simulation->setObjectName(QStringLiteral("simulation"));
    simulation->setToolTip(QCoreApplication::translate(
        "DebtorsPage", "What a run would issue, and why each other debtor is skipped"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(all);
    layout->addWidget(none);
    layout->addWidget(m_summary, 1);
    layout->addWidget(simulation);

    connect(all, &QPushButton::clicked, this, &DebtorSelectionBar::selectAllClicked);
    connect(none, &QPushButton::clicked, this, &DebtorSelectionBar::selectNoneClicked);
    connect(simulation, &QPushButton::clicked, this, &DebtorSelectionBar::simulationClicked);
}

void DebtorSelectionBar::setSummary(int checked, int debtors, const Money& overdue, int shown)
{
    m_summary->setText(
        QCoreApplication::translate(
            "DebtorsPage", "%1 of %n debtor(s) checked, %2 overdue · %3 shown", nullptr, debtors)
            .arg(checked)
            .arg(overdue.toLocaleString())
            .arg(shown));
}

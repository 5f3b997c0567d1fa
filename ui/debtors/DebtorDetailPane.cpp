#include "DebtorDetailPane.h"

#include "AccountRemindersModel.h"
#include "UnpaidItemsModel.h"
#include "common/ListWidgets.h"
#include "common/ViewState.h"
#include "deadlines/DeadlineTableModel.h"
#include "ledger/Debtor.h"
#include "recovery/RecoveryLabels.h"
#include "reminders/History.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

// The texts were the Debtors page's before the page was split: they keep its
// translation context, and with it their French.

namespace {
const auto splitterKey = QLatin1String("debtors/detailsSplitter");
const auto itemsHeaderKey = QLatin1String("debtors/unpaidItemsHeader");
const auto remindersHeaderKey = QLatin1String("debtors/remindersHeader");

// A title above a table, and what goes under it.
QWidget* titled(QWidget* parent, const QString& title, QTableView* table, QWidget* below)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(title, box));
    layout->addWidget(table, 1);
    if (below)
        layout->addWidget(below);
    return box;
}
} // namespace

DebtorDetailPane::DebtorDetailPane(QWidget* parent)
    : QWidget(parent)
{
    m_items = new UnpaidItemsModel(this);
    m_reminders = new AccountRemindersModel(this);
    const QString itemsTitle = QCoreApplication::translate("DebtorsPage", "Unpaid items");
    const QString remindersTitle = QCoreApplication::translate("DebtorsPage", "Reminders sent");

    m_itemsTable = ListWidgets::table(this, QStringLiteral("unpaidItems"), itemsTitle);
    m_itemsTable->setModel(m_items);
    m_itemsTable->setSortingEnabled(false); // in due-date order, as the letter lists them
    m_itemsTotal = new QLabel(this);
    m_itemsTotal->setObjectName(QStringLiteral("itemsTotal"));
    m_remindersTable = ListWidgets::table(this, QStringLiteral("accountReminders"), remindersTitle);
    m_remindersTable->setModel(m_reminders);
    m_remindersTable->setSortingEnabled(false); // newest first

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("debtorDetailsSplitter"));
    m_splitter->addWidget(titled(this, itemsTitle, m_itemsTable, m_itemsTotal));
    m_splitter->addWidget(titled(this, remindersTitle, m_remindersTable, nullptr));
    m_nextDeadline = new QLabel(this);
    m_nextDeadline->setObjectName(QStringLiteral("nextDeadline"));
    m_nextDeadline->setTextFormat(Qt::PlainText);
    m_nextDeadline->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_nextDeadline);
    layout->addWidget(m_splitter, 1);
}

void DebtorDetailPane::showNextDeadline(bool known, const std::optional<AccountDeadline>& next,
                                        QDate asOf)
{
    m_nextDeadline->setVisible(known);
    m_nextDeadline->setStyleSheet(QString());
    m_nextDeadline->setToolTip(QString());
    if (!known) {
        m_nextDeadline->clear();
        return;
    }
    if (!next) {
        m_nextDeadline->setText(tr("Next deadline: none"));
        return;
    }
    const Deadline& d = next->deadline;
    m_nextDeadline->setText(tr("Next deadline: %1, due %2 (%3)")
                                .arg(RecoveryLabels::deadline(d.kind),
                                     QLocale().toString(d.due, QLocale::ShortFormat),
                                     DeadlineTableModel::daysText(d, asOf)));
    m_nextDeadline->setToolTip(DeadlineTableModel::help(d));
    if (d.status == DeadlineStatus::Late)
        m_nextDeadline->setStyleSheet(
            QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
}

QString DebtorDetailPane::nextDeadlineText() const
{
    return m_nextDeadline->isHidden() ? QString() : m_nextDeadline->text();
}

void DebtorDetailPane::showDebtor(const Debtor* debtor, const Database* db)
{
    if (!debtor || !db) {
        m_items->setItems({});
        m_reminders->setEntries({});
        m_itemsTotal->clear();
        return;
    }
    m_items->setItems(debtor->position.items);
    m_itemsTotal->setText(QCoreApplication::translate("DebtorsPage", "%1: overdue %2, balance %3")
                              .arg(debtor->account.ref, debtor->position.overdue.toLocaleString(),
                                   debtor->position.balance.toLocaleString()));
    auto history = History::load(*db, debtor->account.ref);
    m_reminders->setEntries(history ? *history : QList<HistoryEntry>());
    m_remindersTable->resizeColumnsToContents(); // a few rows: headers and states whole
}

void DebtorDetailPane::fitItemColumns()
{
    m_itemsTable->resizeColumnsToContents();
}

void DebtorDetailPane::restoreViewState()
{
    ViewState::restore(m_itemsTable->horizontalHeader(), itemsHeaderKey);
    ViewState::restore(m_remindersTable->horizontalHeader(), remindersHeaderKey);
    ViewState::restore(m_splitter, splitterKey);
}

void DebtorDetailPane::saveViewState() const
{
    ViewState::save(m_itemsTable->horizontalHeader(), itemsHeaderKey);
    ViewState::save(m_remindersTable->horizontalHeader(), remindersHeaderKey);
    ViewState::save(m_splitter, splitterKey);
}

#include "PaymentPlanListModel.h"

#include "recovery/RecoveryLabels.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace {

QString shortDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

PaymentPlanListModel::PaymentPlanListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int PaymentPlanListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_plans.size());
}

int PaymentPlanListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void PaymentPlanListModel::setPlans(QList<PaymentPlans::Followed> plans, QDate asOf)
{
    beginResetModel();
    m_plans = std::move(plans);
    // The plan in force first: it is the one staff follow.
    std::reverse(m_plans.begin(), m_plans.end());
    m_asOf = asOf;
    endResetModel();
}

const PaymentPlans::Followed* PaymentPlanListModel::current() const
{
    return m_plans.isEmpty() ? nullptr : &m_plans.first();
}

QVariant PaymentPlanListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_plans.size())
        return {};
    const PaymentPlans::Followed& f = m_plans.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(f, index.column());
    case PlanIdRole:
        return f.plan.id;
    case StateRole:
        return int(f.status.state);
    case Qt::ToolTipRole:
        return index.column() == StateColumn ? stateHelp(f) : QVariant();
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case DebtColumn:
        case InstalmentsColumn:
        case BehindColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::ForegroundRole:
        // A broken plan is what staff must act on; a late one may still be
        // caught up within the grace days.
        if (index.column() == StateColumn) {
            if (f.status.state == PlanState::Broken)
                return QBrush(QColor(0xb0, 0x00, 0x20));
            if (f.status.state == PlanState::Late)
                return QBrush(QColor(0xa0, 0x50, 0x00));
        }
        return {};
    case Qt::FontRole:
        if (index.column() == StateColumn && f.status.state == PlanState::Broken) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant PaymentPlanListModel::display(const PaymentPlans::Followed& f, int column) const
{
    const bool holds = f.status.holds();
    switch (column) {
    case CreatedColumn:
        return shortDate(f.plan.created);
    case DebtColumn:
        return f.plan.debt.toLocaleString();
    case InstalmentsColumn:
        return QString::number(f.plan.instalments);
    case StateColumn:
        return RecoveryLabels::planState(f.status);
    case NextColumn:
        // A broken or completed plan expects nothing more.
        if (const auto next = holds ? f.plan.nextFrom(m_asOf) : std::nullopt)
            return tr("%1 — %2", "next instalment: date — amount")
                .arg(shortDate(next->due), next->amount.toLocaleString());
        return QString();
    case BehindColumn:
        return f.status.state == PlanState::Completed ? QString()
                                                      : f.status.behind().toLocaleString();
    case SignedColumn:
        return f.plan.signedOn.isValid() ? shortDate(f.plan.signedOn) : tr("not yet");
    }
    return {};
}

QString PaymentPlanListModel::stateHelp(const PaymentPlans::Followed& f) const
{
    switch (f.status.state) {
    case PlanState::Respected:
        return tr("The account owes no more than the plan allows as of %1: reminders wait.")
            .arg(shortDate(m_asOf));
    case PlanState::Late:
        return tr("Late since %1: the account owes more than the plan allows. Reminders still "
                  "wait; the plan breaks after the grace days unless it is caught up.")
            .arg(shortDate(f.status.lateSince));
    case PlanState::Broken:
        return tr("Late since %1 and broken on %2: reminders resume at the next level.")
            .arg(shortDate(f.status.lateSince), shortDate(f.status.brokenOn));
    case PlanState::Completed:
        return tr("Nothing was overdue any more on %1: the plan is over.")
            .arg(shortDate(f.status.completedOn));
    }
    return {};
}

QVariant PaymentPlanListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == BehindColumn)
        return tr("What is owed beyond what the plan allows as of the date");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CreatedColumn:
        return tr("Created");
    case DebtColumn:
        return tr("Debt");
    case InstalmentsColumn:
        return tr("Instalments");
    case StateColumn:
        return tr("State");
    case NextColumn:
        return tr("Next instalment");
    case BehindColumn:
        return tr("Behind");
    case SignedColumn:
        return tr("Signed on");
    }
    return {};
}

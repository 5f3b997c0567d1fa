#include "PlanScheduleModel.h"

#include <QFont>
#include <QLocale>

PlanScheduleModel::PlanScheduleModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int PlanScheduleModel::rowCount(const QModelIndex& parent) const
{
    // The total row follows the instalments.
    return parent.isValid() || m_instalments.isEmpty() ? 0 : int(m_instalments.size()) + 1;
}

int PlanScheduleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void PlanScheduleModel::setPlan(const PaymentPlan& plan)
{
    beginResetModel();
    m_instalments.clear();
    m_total = Money();
    for (const Instalment& i : plan.schedule()) {
        // What is still owed once this one is paid: the plan's own allowed
        // amount the day after it falls due.
        m_instalments.append({i, plan.allowed(i.due.addDays(1))});
        m_total += i.amount;
    }
    endResetModel();
}

void PlanScheduleModel::clear()
{
    beginResetModel();
    m_instalments.clear();
    m_total = Money();
    endResetModel();
}

QVariant PlanScheduleModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const bool total = index.row() == m_instalments.size();
    if (role == Qt::TextAlignmentRole)
        return index.column() == DueColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                           : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && total) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole)
        return {};
    if (total) {
        switch (index.column()) {
        case NumberColumn:
            return tr("Total");
        case AmountColumn:
            return m_total.toLocaleString();
        default:
            return {};
        }
    }
    const Row& r = m_instalments.at(index.row());
    switch (index.column()) {
    case NumberColumn:
        return QString::number(index.row() + 1);
    case DueColumn:
        return QLocale().toString(r.instalment.due, QLocale::ShortFormat);
    case AmountColumn:
        return r.instalment.amount.toLocaleString();
    case RemainingColumn:
        return r.remaining.toLocaleString();
    }
    return {};
}

QVariant PlanScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("No.", "instalment number");
    case DueColumn:
        return tr("Due on");
    case AmountColumn:
        return tr("Amount");
    case RemainingColumn:
        return tr("Still owed after it");
    }
    return {};
}

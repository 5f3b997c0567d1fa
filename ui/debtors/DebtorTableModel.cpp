#include "DebtorTableModel.h"

#include "common/SearchText.h"
#include "ledger/Account.h"
#include "recovery/RecoveryLabels.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

DebtorTableModel::DebtorTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int DebtorTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_debtors.size());
}

int DebtorTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void DebtorTableModel::setPlan(Plan plan, QList<Debtor> debtors)
{
    beginResetModel();
    m_plan = std::move(plan);
    m_debtors = std::move(debtors);
    m_rowById.clear();
    m_reminderById.clear();
    m_skipById.clear();
    m_paymentPlanById.clear();
    m_searchText.clear();
    m_checked.clear();
    m_rowById.reserve(m_debtors.size());
    m_searchText.reserve(m_debtors.size());
    for (int i = 0; i < m_debtors.size(); ++i) {
        const Account& a = m_debtors.at(i).account;
        m_rowById.insert(a.id, i);
        m_searchText << SearchText::fold(
            QStringList{a.ref, a.name, a.property, a.city, a.email}.join(u' '));
    }
    for (int i = 0; i < m_plan.reminders.size(); ++i) {
        m_reminderById.insert(m_plan.reminders.at(i).accountId, i);
        m_checked.insert(m_plan.reminders.at(i).accountId);
    }
    for (int i = 0; i < m_plan.skipped.size(); ++i)
        m_skipById.insert(m_plan.skipped.at(i).accountId, i);
    for (int i = 0; i < m_plan.paymentPlans.size(); ++i)
        m_paymentPlanById.insert(m_plan.paymentPlans.at(i).accountId, i);
    endResetModel();
    emit checkedChanged();
}

void DebtorTableModel::clear()
{
    setPlan({}, {});
}

DebtorTableModel::Decision DebtorTableModel::decisionAt(int row) const
{
    const qint64 id = m_debtors.at(row).account.id;
    if (m_reminderById.contains(id))
        return Planned;
    const PlanSkip* skip = skipAt(row);
    return skip && skip->manual ? SkippedOverridable : Skipped;
}

const PlannedReminder* DebtorTableModel::reminderAt(int row) const
{
    const qint64 id = m_debtors.at(row).account.id;
    if (auto it = m_reminderById.constFind(id); it != m_reminderById.constEnd())
        return &m_plan.reminders.at(*it);
    const PlanSkip* skip = skipAt(row);
    return skip && skip->manual ? &*skip->manual : nullptr;
}

const PlanSkip* DebtorTableModel::skipAt(int row) const
{
    const qint64 id = m_debtors.at(row).account.id;
    auto it = m_skipById.constFind(id);
    return it == m_skipById.constEnd() ? nullptr : &m_plan.skipped.at(*it);
}

bool DebtorTableModel::isChecked(int row) const
{
    return m_checked.contains(m_debtors.at(row).account.id);
}

void DebtorTableModel::setChecked(const QList<int>& rows, bool checked)
{
    bool changed = false;
    for (int row : rows) {
        if (row < 0 || row >= m_debtors.size() || decisionAt(row) == Skipped)
            continue;
        const qint64 id = m_debtors.at(row).account.id;
        if (m_checked.contains(id) == checked)
            continue;
        changed = true;
        if (checked)
            m_checked.insert(id);
        else
            m_checked.remove(id);
    }
    if (!changed)
        return;
    emit dataChanged(index(0, RefColumn), index(rowCount() - 1, RefColumn), {Qt::CheckStateRole});
    emit checkedChanged();
}

QList<int> DebtorTableModel::checkedRows() const
{
    QList<int> rows;
    rows.reserve(m_checked.size());
    for (int i = 0; i < m_debtors.size(); ++i)
        if (m_checked.contains(m_debtors.at(i).account.id))
            rows << i;
    return rows;
}

Qt::ItemFlags DebtorTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == RefColumn && decisionAt(index.row()) != Skipped)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool DebtorTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != RefColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        decisionAt(index.row()) == Skipped)
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    if (checked == isChecked(index.row()))
        return true;
    const qint64 id = m_debtors.at(index.row()).account.id;
    if (checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedChanged();
    return true;
}

QVariant DebtorTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::CheckStateRole:
        if (index.column() == RefColumn && decisionAt(row) != Skipped)
            return isChecked(row) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NextColumn || index.column() == PropertyColumn ||
            index.column() == EmailColumn)
            return display(row, index.column());
        if (index.column() == PlanColumn)
            return planTip(row);
        if (index.column() == RefColumn && decisionAt(row) == Skipped)
            return tr("This debtor cannot be reminded: %1").arg(nextText(row));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == OverdueColumn || index.column() == BalanceColumn ||
            index.column() == DaysLateColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        // Skipped debtors stay listed, with their reason, but step back.
        if (decisionAt(row) != Planned)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case RawSortRole:
        return raw(row, index.column());
    case AccountIdRole:
        return m_debtors.at(row).account.id;
    case SearchTextRole:
        return m_searchText.at(row);
    case DecisionRole:
        return int(decisionAt(row));
    case NextLevelRole: {
        if (const PlannedReminder* r = reminderAt(row))
            return r->level;
        const PlanSkip* s = skipAt(row);
        return s ? s->level : 0;
    }
    case OverdueCentsRole:
        return m_debtors.at(row).position.overdue.cents();
    case PlanStateRole: {
        const DebtorPaymentPlan* p = paymentPlanAt(row);
        return p ? int(p->status.state) : -1;
    }
    case DaysInArrearsRole:
        return m_debtors.at(row).position.daysInArrears;
    case LastLevelRole:
        return m_debtors.at(row).position.lastLevel;
    default:
        return {};
    }
}

QString DebtorTableModel::lastReminderText(const Debtor& d) const
{
    if (d.position.lastLevel == 0 || !d.position.lastReminderDate.isValid())
        return {};
    const QString date = QLocale().toString(d.position.lastReminderDate, QLocale::ShortFormat);
    return tr("Level %1, %2").arg(d.position.lastLevel).arg(date);
}

QString DebtorTableModel::nextText(int row) const
{
    const qint64 id = m_debtors.at(row).account.id;
    if (auto it = m_reminderById.constFind(id); it != m_reminderById.constEnd()) {
        const PlannedReminder& r = m_plan.reminders.at(*it);
        if (r.repeat > 0)
            return tr("%1 (repeat %2)").arg(r.levelName).arg(r.repeat);
        return r.levelName;
    }
    const PlanSkip* skip = skipAt(row);
    if (!skip)
        return {};
    return tr("Skipped: %1").arg(skip->reason.label());
}

const DebtorPaymentPlan* DebtorTableModel::paymentPlanAt(int row) const
{
    auto it = m_paymentPlanById.constFind(m_debtors.at(row).account.id);
    return it == m_paymentPlanById.constEnd() ? nullptr : &m_plan.paymentPlans.at(*it);
}

QString DebtorTableModel::planText(int row) const
{
    const DebtorPaymentPlan* p = paymentPlanAt(row);
    if (!p)
        return {};
    // RecoveryLabels words it to sit in a sentence; a cell starts a phrase.
    QString text = RecoveryLabels::planState(p->status);
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString DebtorTableModel::planTip(int row) const
{
    const DebtorPaymentPlan* p = paymentPlanAt(row);
    if (!p)
        return {};
    const QLocale locale;
    QStringList lines;
    lines << tr("Payment plan of %1: %2 in %n instalment(s)", nullptr, p->plan.instalments)
                 .arg(locale.toString(p->plan.created, QLocale::ShortFormat),
                      p->plan.debt.toLocaleString(locale));
    if (p->next)
        lines << tr("Next instalment: %1 on %2")
                     .arg(p->next->amount.toLocaleString(locale),
                          locale.toString(p->next->due, QLocale::ShortFormat));
    if (p->status.behind().isPositive())
        lines << tr("Behind the plan: %1").arg(p->status.behind().toLocaleString(locale));
    return lines.join(u'\n');
}

QVariant DebtorTableModel::display(int row, int column) const
{
    const Debtor& d = m_debtors.at(row);
    const QLocale locale;
    switch (column) {
    case RefColumn:
        return d.account.ref;
    case NameColumn:
        return d.account.name;
    case PropertyColumn:
        return d.account.property;
    case OverdueColumn:
        return d.position.overdue.toLocaleString(locale);
    case BalanceColumn:
        return d.position.balance.toLocaleString(locale);
    case DaysLateColumn:
        return locale.toString(d.position.daysLate);
    case LastReminderColumn:
        return lastReminderText(d);
    case NextColumn:
        return nextText(row);
    case PlanColumn:
        return planText(row);
    case EmailColumn:
        return d.account.email;
    case PaymentMethodColumn:
        return AccountKeys::label(d.account.paymentMethod);
    default:
        return {};
    }
}

QVariant DebtorTableModel::raw(int row, int column) const
{
    const Debtor& d = m_debtors.at(row);
    switch (column) {
    case OverdueColumn:
        return d.position.overdue.cents();
    case BalanceColumn:
        return d.position.balance.cents();
    case DaysLateColumn:
        return qint64(d.position.daysLate);
    case LastReminderColumn:
        // By level, then date: the most advanced reminders together.
        return d.position.lastLevel == 0
                   ? qint64(0)
                   : qint64(d.position.lastLevel) * 10'000'000 +
                         d.position.lastReminderDate.toJulianDay() % 10'000'000;
    case PlanColumn: {
        // By state (none first), then by the date the state gives.
        const DebtorPaymentPlan* p = paymentPlanAt(row);
        if (!p)
            return qint64(0);
        const QDate date =
            p->status.state == PlanState::Broken ? p->status.brokenOn : p->status.lateSince;
        return (qint64(p->status.state) + 1) * 10'000'000 +
               (date.isValid() ? date.toJulianDay() % 10'000'000 : 0);
    }
    default:
        return display(row, column);
    }
}

QVariant DebtorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RefColumn:
        return tr("Ref", "account reference column");
    case NameColumn:
        return tr("Name");
    case PropertyColumn:
        return tr("Property");
    case OverdueColumn:
        return tr("Overdue");
    case BalanceColumn:
        return tr("Balance");
    case DaysLateColumn:
        return tr("Days late");
    case LastReminderColumn:
        return tr("Last reminder");
    case NextColumn:
        return tr("Next step");
    case PlanColumn:
        return tr("Payment plan", "column header of the debtors: keep it short");
    case EmailColumn:
        return tr("E-mail");
    case PaymentMethodColumn:
        return tr("Payment method");
    default:
        return {};
    }
}

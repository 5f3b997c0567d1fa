#include "AutomationTableModel.h"

#include "reminders/AutomationCalendar.h"
#include "reminders/DefaultProgram.h"

#include <QLocale>

#include <algorithm>

AutomationTableModel::AutomationTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AutomationTableModel::setLevels(const QList<AutomationLevel>& levels, const QDate& today)
{
    beginResetModel();
    m_levels = levels;
    m_loaded = levels;
    m_today = today;
    endResetModel();
}

QList<AutomationLevel> AutomationTableModel::changedLevels() const
{
    QList<AutomationLevel> changed;
    for (int i = 0; i < m_levels.size(); ++i)
        if (m_levels.at(i).enabled != m_loaded.at(i).enabled ||
            m_levels.at(i).dayOfMonth != m_loaded.at(i).dayOfMonth)
            changed << m_levels.at(i);
    return changed;
}

int AutomationTableModel::enabledCount() const
{
    return int(std::count_if(m_levels.cbegin(), m_levels.cend(),
                             [](const AutomationLevel& l) { return l.enabled; }));
}

int AutomationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_levels.size());
}

int AutomationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AutomationTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AutomationLevel& l = m_levels.at(index.row());
    if (role == LevelIdRole)
        return l.levelId;
    switch (index.column()) {
    case ProgramColumn:
        if (role == Qt::DisplayRole || role == RawSortRole)
            return DefaultProgram::displayName(l.programName);
        break;
    case LevelColumn:
        if (role == Qt::DisplayRole)
            return tr("%1. %2").arg(l.position).arg(l.levelName);
        if (role == RawSortRole)
            return l.position;
        break;
    case EnabledColumn:
        if (role == Qt::CheckStateRole)
            return l.enabled ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DisplayRole)
            return l.enabled ? tr("On") : tr("Off");
        if (role == RawSortRole)
            return l.enabled;
        break;
    case DayColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == RawSortRole)
            return l.dayOfMonth;
        if (role == Qt::ToolTipRole)
            return tr("Day of the month; a day beyond the month's length means its last day.");
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case NextRunColumn:
        if (role == Qt::DisplayRole)
            return l.nextRun.isValid() ? QLocale().toString(l.nextRun, QLocale::LongFormat)
                                       : QString();
        if (role == RawSortRole)
            return l.nextRun;
        if (role == Qt::ToolTipRole && l.ranThisMonth)
            return tr("Already run this month.");
        break;
    default:
        break;
    }
    return {};
}

bool AutomationTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    AutomationLevel& l = m_levels[index.row()];
    if (index.column() == EnabledColumn && role == Qt::CheckStateRole) {
        const bool on = value.value<Qt::CheckState>() == Qt::Checked;
        if (on == l.enabled)
            return true;
        l.enabled = on;
    } else if (index.column() == DayColumn && role == Qt::EditRole) {
        bool ok = false;
        const int day = value.toInt(&ok);
        if (!ok || day < 1 || day > 31)
            return false;
        if (day == l.dayOfMonth)
            return true;
        l.dayOfMonth = day;
    } else {
        return false;
    }
    updateNextRun(index.row());
    emit dataChanged(this->index(index.row(), EnabledColumn),
                     this->index(index.row(), NextRunColumn));
    emit edited();
    return true;
}

void AutomationTableModel::updateNextRun(int row)
{
    AutomationLevel& l = m_levels[row];
    l.nextRun =
        l.enabled ? AutomationCalendar::nextRun(l.dayOfMonth, m_today, l.ranThisMonth) : QDate();
}

Qt::ItemFlags AutomationTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    if (index.column() == EnabledColumn)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == DayColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant AutomationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProgramColumn:
        return tr("Program");
    case LevelColumn:
        return tr("Level");
    case EnabledColumn:
        return tr("Automated");
    case DayColumn:
        return tr("Day of month");
    case NextRunColumn:
        return tr("Next run");
    default:
        return {};
    }
}

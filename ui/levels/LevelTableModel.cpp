#include "LevelTableModel.h"

LevelTableModel::LevelTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int LevelTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_levels.size());
}

int LevelTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LevelTableModel::recipientsText(const Level& l)
{
    if (l.toTenant && l.toGuarantor)
        return tr("Tenant, guarantors");
    if (l.toGuarantor)
        return tr("Guarantors");
    if (l.toTenant)
        return tr("Tenant");
    return {};
}

QString LevelTableModel::channelsText(const Level& l)
{
    QStringList parts;
    if (l.byLetter)
        parts << (l.registered ? tr("Registered letter") : tr("Letter"));
    if (l.byEmail)
        parts << tr("E-mail");
    return parts.join(QStringLiteral(", "));
}

QVariant LevelTableModel::display(const Level& l, int column) const
{
    switch (column) {
    case PositionColumn:
        return l.position;
    case NameColumn:
        return l.name;
    case DelayColumn:
        return tr("%n day(s)", nullptr, l.delayDays);
    case ThresholdColumn:
        return l.threshold.toLocaleString();
    case RecipientsColumn:
        return recipientsText(l);
    case ChannelsColumn:
        return channelsText(l);
    case DeadlineColumn:
        return tr("%n day(s)", nullptr, l.paymentDeadlineDays);
    case FeeColumn:
        return l.feeAmount.isZero() ? tr("None") : l.feeAmount.toLocaleString();
    case ExclusionsColumn: {
        QStringList labels;
        for (Exclusion e : l.exclusions)
            labels << LevelKeys::exclusionLabel(e);
        return labels.isEmpty() ? tr("None") : labels.join(QStringLiteral(", "));
    }
    case AutomationColumn:
        return l.automationEnabled
                   ? tr("On the %1 (order %2)").arg(l.automationDay).arg(l.automationOrder)
                   : tr("Off");
    case RepeatColumn:
        return l.hasRepeats() ? tr("Every %n day(s)", nullptr, *l.repeatEveryDays) +
                                    tr(", at most %n time(s)", nullptr, *l.repeatMax)
                              : QString();
    default:
        return {};
    }
}

QVariant LevelTableModel::raw(const Level& l, int column) const
{
    switch (column) {
    case PositionColumn:
        return l.position;
    case DelayColumn:
        return l.delayDays;
    case ThresholdColumn:
        return l.threshold.cents();
    case DeadlineColumn:
        return l.paymentDeadlineDays;
    case FeeColumn:
        return l.feeAmount.cents();
    case AutomationColumn:
        // Enabled levels first in the order they run, then the others.
        return l.automationEnabled ? l.automationOrder : 1000000 + l.position;
    case RepeatColumn:
        return l.hasRepeats() ? *l.repeatEveryDays : 0;
    default:
        return display(l, column).toString();
    }
}

QVariant LevelTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Level& l = m_levels.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(l, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ExclusionsColumn || index.column() == NameColumn)
            return display(l, index.column());
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case PositionColumn:
        case DelayColumn:
        case ThresholdColumn:
        case DeadlineColumn:
        case FeeColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case RawSortRole:
        return raw(l, index.column());
    case LevelIdRole:
        return l.id;
    default:
        return {};
    }
}

QVariant LevelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PositionColumn:
        return tr("#", "level position column");
    case NameColumn:
        return tr("Name");
    case DelayColumn:
        return tr("Delay");
    case ThresholdColumn:
        return tr("Threshold");
    case RecipientsColumn:
        return tr("Recipients");
    case ChannelsColumn:
        return tr("Channels");
    case DeadlineColumn:
        return tr("Deadline");
    case FeeColumn:
        return tr("Fee");
    case ExclusionsColumn:
        return tr("Skips accounts with");
    case AutomationColumn:
        return tr("Automation");
    case RepeatColumn:
        return tr("Repeat");
    default:
        return {};
    }
}

void LevelTableModel::setLevels(QList<Level> levels)
{
    beginResetModel();
    m_levels = std::move(levels);
    endResetModel();
}

int LevelTableModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_levels.size(); ++row)
        if (m_levels.at(row).id == id)
            return row;
    return -1;
}

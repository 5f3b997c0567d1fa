#include "DeadlineTableModel.h"

#include "common/SearchText.h"
#include "recovery/RecoveryLabels.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace {
// The colour the other screens give what needs acting on (date problems).
const QColor lateColour(0xb0, 0x00, 0x20);
} // namespace

DeadlineTableModel::DeadlineTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int DeadlineTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeadlineTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void DeadlineTableModel::setDeadlines(QList<AccountDeadline> deadlines, QDate asOf)
{
    beginResetModel();
    m_rows = std::move(deadlines);
    m_asOf = asOf;
    m_search.clear();
    m_search.reserve(m_rows.size());
    for (const AccountDeadline& d : std::as_const(m_rows))
        m_search.append(SearchText::fold(d.ref + u' ' + d.name));
    endResetModel();
}

QString DeadlineTableModel::daysText(const Deadline& deadline, QDate asOf)
{
    const qint64 days = asOf.daysTo(deadline.due);
    if (deadline.status == DeadlineStatus::Late || days < 0)
        return tr("%n day(s) late", nullptr, int(-days));
    if (days == 0)
        return tr("Due today");
    return tr("%n day(s) left", nullptr, int(days));
}

QString DeadlineTableModel::help(const Deadline& deadline)
{
    const QString help = RecoveryLabels::deadlineHelp(deadline.kind);
    return deadline.source.isEmpty() ? help : tr("%1\nSource: %2").arg(help, deadline.source);
}

QVariant DeadlineTableModel::display(const AccountDeadline& row, int column) const
{
    const Deadline& d = row.deadline;
    switch (column) {
    case RefColumn:
        return row.ref;
    case NameColumn:
        return row.name;
    case DeadlineColumn:
        return RecoveryLabels::deadline(d.kind);
    case SinceColumn:
        return QLocale().toString(d.since, QLocale::ShortFormat);
    case DueColumn:
        return QLocale().toString(d.due, QLocale::ShortFormat);
    case StatusColumn:
        return RecoveryLabels::status(d.status);
    case DaysColumn:
        return daysText(d, m_asOf);
    }
    return {};
}

QVariant DeadlineTableModel::raw(const AccountDeadline& row, int column) const
{
    const Deadline& d = row.deadline;
    switch (column) {
    case SinceColumn:
        return d.since;
    case DueColumn:
        return d.due;
    case StatusColumn:
        // Late first, then open: the order staff deal with them.
        return d.status == DeadlineStatus::Late ? 0 : 1;
    case DaysColumn:
        return int(m_asOf.daysTo(d.due));
    default:
        return display(row, column);
    }
}

QVariant DeadlineTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AccountDeadline& row = m_rows.at(index.row());
    const bool late = row.deadline.status == DeadlineStatus::Late;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == DeadlineColumn)
            return help(row.deadline);
        if (index.column() == NameColumn)
            return row.name;
        return {};
    case Qt::ForegroundRole:
        return late ? QBrush(lateColour) : QVariant();
    case Qt::FontRole:
        if (late && (index.column() == StatusColumn || index.column() == DaysColumn)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DaysColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawSortRole:
        return raw(row, index.column());
    case AccountIdRole:
        return row.accountId;
    case KindRole:
        return int(row.deadline.kind);
    case LateRole:
        return late;
    case SearchTextRole:
        return m_search.value(index.row());
    }
    return {};
}

QVariant DeadlineTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RefColumn:
        return tr("Ref");
    case NameColumn:
        return tr("Tenant");
    case DeadlineColumn:
        return tr("Deadline");
    case SinceColumn:
        return tr("Since");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case DaysColumn:
        return tr("Days");
    }
    return {};
}

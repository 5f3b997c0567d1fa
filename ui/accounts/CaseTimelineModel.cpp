#include "CaseTimelineModel.h"

#include "recovery/RecoveryLabels.h"
#include "reminders/CodeLabels.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QPalette>
#include <QStyle>

namespace {

QIcon documentIcon()
{
    return QIcon::fromTheme(QStringLiteral("application-pdf"),
                            QApplication::style()->standardIcon(QStyle::SP_FileIcon));
}

QString shortDate(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

CaseTimelineModel::CaseTimelineModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int CaseTimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseTimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void CaseTimelineModel::setReminders(QList<HistoryEntry> reminders)
{
    beginResetModel();
    m_reminders = std::move(reminders);
    rebuild();
    endResetModel();
}

void CaseTimelineModel::setEvents(QList<CaseEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    rebuild();
    endResetModel();
}

void CaseTimelineModel::rebuild()
{
    m_rows.clear();
    for (int i = 0; i < m_events.size(); ++i)
        m_rows.append({m_events.at(i).date, i, -1});
    for (int i = 0; i < m_reminders.size(); ++i)
        m_rows.append({m_reminders.at(i).date, -1, i});
    // Newest first; on one day the later record first (higher numbers were
    // made later), and what the agency recorded before the reminders: it
    // usually answers them.
    std::stable_sort(m_rows.begin(), m_rows.end(), [this](const Row& a, const Row& b) {
        if (a.date != b.date)
            return a.date > b.date;
        const bool aEvent = a.eventIndex >= 0;
        const bool bEvent = b.eventIndex >= 0;
        if (aEvent != bEvent)
            return aEvent;
        if (aEvent)
            return m_events.at(a.eventIndex).id > m_events.at(b.eventIndex).id;
        return m_reminders.at(a.reminderIndex).reminderId >
               m_reminders.at(b.reminderIndex).reminderId;
    });
}

const CaseEvent* CaseTimelineModel::eventAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).eventIndex < 0)
        return nullptr;
    return &m_events.at(m_rows.at(row).eventIndex);
}

int CaseTimelineModel::rowOfEvent(qint64 eventId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (const CaseEvent* e = eventAt(row); e && e->id == eventId)
            return row;
    return -1;
}

QVariant CaseTimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const CaseEvent* event = row.eventIndex >= 0 ? &m_events.at(row.eventIndex) : nullptr;
    switch (role) {
    case EventIdRole:
        return event ? event->id : qint64(0);
    case CancelledRole:
        return event && event->cancelled;
    case HasDocumentRole:
        return event && !event->documentName.isEmpty();
    case SortDateRole:
        return row.date;
    default:
        break;
    }
    if (event)
        return eventData(*event, index.column(), role);
    return reminderData(m_reminders.at(row.reminderIndex), index.column(), role);
}

QVariant CaseTimelineModel::reminderData(const HistoryEntry& r, int column, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case DateColumn:
        return shortDate(r.date);
    case EntryColumn:
        return r.repeat > 0 ? tr("Reminder: %1 (repeat %2)").arg(r.levelName).arg(r.repeat)
                            : tr("Reminder: %1").arg(r.levelName);
    case DetailsColumn: {
        QStringList channels;
        for (const QString& c : r.channels)
            channels << CodeLabels::channel(c);
        QString text = channels.join(QStringLiteral(", "));
        if (!r.tracking.isEmpty())
            text = tr("%1 — registered letter no. %2").arg(text, r.tracking);
        return text;
    }
    case UserColumn:
        return r.userName;
    default:
        return {};
    }
}

QVariant CaseTimelineModel::eventData(const CaseEvent& e, int column, int role) const
{
    const QString cancelled =
        e.cancelled ? tr("Cancelled by %1 on %2")
                          .arg(e.cancelledBy, shortDate(e.cancelledAt.toLocalTime().date()))
                    : QString();
    if (role == Qt::ForegroundRole && e.cancelled)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    // The cancellation itself stays readable; what was cancelled is struck.
    if (role == Qt::FontRole && e.cancelled && column != DetailsColumn) {
        QFont font;
        font.setStrikeOut(true);
        return font;
    }
    if (role == Qt::DecorationRole && column == DocumentColumn && !e.documentName.isEmpty())
        return documentIcon();
    if (role == Qt::ToolTipRole && e.cancelled)
        return cancelled;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case DateColumn:
        return shortDate(e.date);
    case EntryColumn:
        return RecoveryLabels::event(e.kind);
    case DetailsColumn: {
        const QString note = e.note.simplified();
        if (!e.cancelled)
            return note;
        return note.isEmpty() ? cancelled : tr("%1 — %2").arg(cancelled, note);
    }
    case UserColumn:
        return e.userName;
    case DocumentColumn:
        return e.documentName;
    default:
        return {};
    }
}

QVariant CaseTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case EntryColumn:
        return tr("What");
    case DetailsColumn:
        return tr("Details");
    case UserColumn:
        return tr("By");
    case DocumentColumn:
        return tr("Document");
    default:
        return {};
    }
}

#pragma once

#include "recovery/CaseEvent.h"
#include "reminders/HistoryEntry.h"

#include <QAbstractTableModel>
#include <QList>

// An account's case file as one timeline, newest first: the reminders it was
// sent (from the history) and the events the agency recorded. Cancelled
// events stay listed, greyed and struck through, with who cancelled them
// and when (recovery-path.md « The case file »: never deleted).
class CaseTimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        EntryColumn,   // the event's kind, or « Reminder: <level> »
        DetailsColumn, // the note, or the channels and registered-letter number
        UserColumn,
        DocumentColumn,
        ColumnCount
    };
    enum Role
    {
        EventIdRole = Qt::UserRole + 1, // 0 on a reminder's row
        CancelledRole,
        HasDocumentRole,
        SortDateRole
    };

    explicit CaseTimelineModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setReminders(QList<HistoryEntry> reminders);
    void setEvents(QList<CaseEvent> events);

    // The recorded event on `row` (nullptr on a reminder's row).
    const CaseEvent* eventAt(int row) const;
    int rowOfEvent(qint64 eventId) const;

private:
    struct Row
    {
        QDate date;
        int eventIndex = -1;    // into m_events
        int reminderIndex = -1; // into m_reminders
    };
    void rebuild();
    QVariant reminderData(const HistoryEntry& r, int column, int role) const;
    QVariant eventData(const CaseEvent& e, int column, int role) const;

    QList<HistoryEntry> m_reminders;
    QList<CaseEvent> m_events;
    QList<Row> m_rows;
};

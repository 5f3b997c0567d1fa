#pragma once

#include "recovery/DeadlineReport.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QStringList>

// The open and late deadlines of a report, one row each, as of its date.
// Display text (locale dates, translated kinds and statuses, days left or
// late) and sort keys (RawSortRole: QDate for dates, days as numbers) are
// kept apart. Late rows are marked (red, the status in bold).
class DeadlineTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RefColumn,
        NameColumn,
        DeadlineColumn,
        SinceColumn,
        DueColumn,
        StatusColumn,
        DaysColumn,
        ColumnCount
    };
    enum Role
    {
        RawSortRole = Qt::UserRole + 1, // QDate, int or QString
        AccountIdRole,                  // qint64, on every column
        KindRole,                       // int DeadlineKind, on every column
        LateRole,                       // bool, on every column
        SearchTextRole,                 // ref and name folded, on every column
    };

    explicit DeadlineTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setDeadlines(QList<AccountDeadline> deadlines, QDate asOf);
    const AccountDeadline& deadlineAt(int row) const { return m_rows.at(row); }
    QDate asOf() const { return m_asOf; }

    // « 3 days late », « Due today », « 12 days left ».
    static QString daysText(const Deadline& deadline, QDate asOf);
    // What the deadline asks and why, and the article or contract it comes from.
    static QString help(const Deadline& deadline);

private:
    QVariant display(const AccountDeadline& row, int column) const;
    QVariant raw(const AccountDeadline& row, int column) const;

    QList<AccountDeadline> m_rows;
    QStringList m_search; // folded once per row
    QDate m_asOf;
};

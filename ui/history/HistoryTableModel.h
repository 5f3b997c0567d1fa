#pragma once

#include "reminders/HistoryDetail.h"

#include <QAbstractTableModel>
#include <QList>

// The reminders issued, one row each, with the state of each letter and
// e-mail. Display text (locale dates, money, translated states) and sort keys
// (RawSortRole: QDate for dates, cents for money) are kept apart.
class HistoryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        RefColumn,
        NameColumn,
        LevelColumn,
        ManualColumn,
        RecipientsColumn,
        ChannelsColumn,
        LettersColumn,
        EmailsColumn,
        OverdueColumn,
        FeeColumn,
        InvoiceColumn,
        TrackingColumn,
        ColumnCount
    };
    enum Role
    {
        RawSortRole = Qt::UserRole + 1, // QDate, qint64 cents, int or QString
        ReminderIdRole,                 // qint64, on every column
        AccountIdRole,                  // qint64, on every column
        LevelRole,                      // int level position, on every column
        StatesRole,     // QStringList "letter:<key>" and "email:<key>", on every column
        SearchTextRole, // ref, name, level, recipients… folded, on column 0
    };

    explicit HistoryTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setDetails(QList<HistoryDetail> details);
    const HistoryDetail& detailAt(int row) const { return m_details.at(row); }
    int rowOfReminder(qint64 reminderId) const;

    static QString recipientLabel(const QString& key);
    static QString channelLabel(const QString& key);

private:
    QVariant display(const HistoryDetail& detail, int column) const;
    QVariant raw(const HistoryDetail& detail, int column) const;
    QString lettersText(const HistoryDetail& detail) const;
    QString emailsText(const HistoryDetail& detail) const;
    QString tooltip(const HistoryDetail& detail, int column) const;
    static QStringList states(const HistoryDetail& detail);

    QList<HistoryDetail> m_details;
    QStringList m_search; // folded once per row
};

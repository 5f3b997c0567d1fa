#pragma once

#include "mail/OutboxMessage.h"

#include <QAbstractTableModel>
#include <QList>

// The e-mail outbox, one message per row. The state column sorts the
// messages that need a person (uncertain, then failed) before the others.
class OutboxTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StateColumn,
        RecipientColumn,
        AccountColumn,
        SubjectColumn,
        AttemptsColumn,
        LastErrorColumn,
        NextAttemptColumn,
        ColumnCount
    };
    enum Role
    {
        RawSortRole = Qt::UserRole + 1, // int rank, QDateTime, int or QString
        MessageIdRole,                  // qint64, on every column
        StateRole,                      // int(OutboxState), on every column
    };

    explicit OutboxTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setMessages(QList<OutboxMessage> messages);
    const OutboxMessage& messageAt(int row) const { return m_messages.at(row); }
    int rowOfId(qint64 id) const;

    // Lower first: what a person must decide about comes on top.
    static int urgency(OutboxState state);

private:
    QVariant display(const OutboxMessage& m, int column) const;
    QVariant raw(const OutboxMessage& m, int column) const;

    QList<OutboxMessage> m_messages;
};

#include "OutboxTableModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

OutboxTableModel::OutboxTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int OutboxTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int OutboxTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int OutboxTableModel::urgency(OutboxState state)
{
    switch (state) {
    case OutboxState::Uncertain:
        return 0;
    case OutboxState::Failed:
        return 1;
    case OutboxState::Sending:
        return 2;
    case OutboxState::Queued:
        return 3;
    case OutboxState::Sent:
        return 4;
    }
    return 5;
}

QVariant OutboxTableModel::display(const OutboxMessage& m, int column) const
{
    switch (column) {
    case StateColumn:
        if (m.state == OutboxState::Failed)
            return m.permanentFailure ? tr("Failed (for good)") : tr("Failed (will retry)");
        return OutboxStates::label(m.state);
    case RecipientColumn:
        return m.toName.isEmpty() ? m.toAddress : tr("%1 <%2>").arg(m.toName, m.toAddress);
    case AccountColumn:
        return m.accountRef;
    case SubjectColumn:
        return m.subject;
    case AttemptsColumn:
        return m.attempts;
    case LastErrorColumn:
        return m.lastError.simplified();
    case NextAttemptColumn:
        // Only a temporary failure waits for a time; the others wait for a
        // send or for a person.
        if (m.state != OutboxState::Failed || m.permanentFailure || !m.nextAttemptAt.isValid())
            return QString();
        return QLocale().toString(m.nextAttemptAt.toLocalTime(), QLocale::ShortFormat);
    }
    return {};
}

QVariant OutboxTableModel::raw(const OutboxMessage& m, int column) const
{
    switch (column) {
    case StateColumn:
        return urgency(m.state);
    case RecipientColumn:
        return m.toAddress;
    case AttemptsColumn:
        return m.attempts;
    case NextAttemptColumn:
        return m.nextAttemptAt;
    default:
        return display(m, column);
    }
}

QVariant OutboxTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxMessage& m = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(m, index.column());
    case Qt::ToolTipRole:
        if (index.column() == LastErrorColumn && !m.lastError.isEmpty())
            return m.lastError;
        if (index.column() == StateColumn && m.state == OutboxState::Uncertain)
            return tr("Sending was interrupted: the server may or may not have received this "
                      "e-mail. Check with the recipient, then mark it as sent or retry it.");
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StateColumn &&
            (m.state == OutboxState::Failed || m.state == OutboxState::Uncertain))
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AttemptsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawSortRole:
        return raw(m, index.column());
    case MessageIdRole:
        return m.id;
    case StateRole:
        return int(m.state);
    default:
        return {};
    }
}

QVariant OutboxTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn:
        return tr("State");
    case RecipientColumn:
        return tr("Recipient");
    case AccountColumn:
        return tr("Account");
    case SubjectColumn:
        return tr("Subject");
    case AttemptsColumn:
        return tr("Attempts");
    case LastErrorColumn:
        return tr("Last error");
    case NextAttemptColumn:
        return tr("Next attempt");
    }
    return {};
}

void OutboxTableModel::setMessages(QList<OutboxMessage> messages)
{
    beginResetModel();
    m_messages = std::move(messages);
    endResetModel();
}

int OutboxTableModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_messages.size(); ++row)
        if (m_messages.at(row).id == id)
            return row;
    return -1;
}

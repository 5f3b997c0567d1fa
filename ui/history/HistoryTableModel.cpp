#include "HistoryTableModel.h"

#include "common/SearchText.h"
#include "reminders/CodeLabels.h"

#include <QLocale>

HistoryTableModel::HistoryTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int HistoryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_details.size());
}

int HistoryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryTableModel::recipientLabel(const QString& key)
{
    return CodeLabels::recipient(key);
}

QString HistoryTableModel::channelLabel(const QString& key)
{
    return CodeLabels::channel(key);
}

QString HistoryTableModel::lettersText(const HistoryDetail& d) const
{
    if (d.letters.isEmpty())
        return d.entry.letter ? LetterStates::label(*d.entry.letter) : QString();
    QStringList parts;
    for (const ReminderLetter& l : d.letters)
        parts.append(tr("%1: %2", "letter recipient: state")
                         .arg(recipientLabel(l.recipient), LetterStates::label(l.state)));
    return parts.join(QStringLiteral("; "));
}

QString HistoryTableModel::emailsText(const HistoryDetail& d) const
{
    QStringList parts;
    for (const OutboxMessage& m : d.emails)
        parts.append(tr("%1: %2", "e-mail recipient: state")
                         .arg(recipientLabel(m.recipient), OutboxStates::label(m.state)));
    return parts.join(QStringLiteral("; "));
}

QVariant HistoryTableModel::display(const HistoryDetail& d, int column) const
{
    const HistoryEntry& e = d.entry;
    switch (column) {
    case DateColumn:
        return QLocale().toString(e.date, QLocale::ShortFormat);
    case RefColumn:
        return e.ref;
    case NameColumn:
        return e.accountName;
    case LevelColumn:
        return e.repeat > 0 ? tr("%1. %2 (repeat %3)").arg(e.level).arg(e.levelName).arg(e.repeat)
                            : tr("%1. %2").arg(e.level).arg(e.levelName);
    case ManualColumn:
        if (!e.manual)
            return QString();
        return e.overriddenReason.isEmpty()
                   ? tr("Manual")
                   : tr("Manual (despite: %1)").arg(CodeLabels::overridden(e.overriddenReason));
    case RecipientsColumn: {
        QStringList labels;
        for (const QString& r : e.recipients)
            labels.append(recipientLabel(r));
        return labels.join(QStringLiteral(", "));
    }
    case ChannelsColumn: {
        QStringList labels;
        for (const QString& c : e.channels)
            labels.append(channelLabel(c));
        return labels.join(QStringLiteral(", "));
    }
    case LettersColumn:
        return lettersText(d);
    case EmailsColumn:
        return emailsText(d);
    case OverdueColumn:
        return e.overdue.toLocaleString();
    case FeeColumn:
        return e.fee.isZero() ? QString() : e.fee.toLocaleString();
    case InvoiceColumn:
        if (!d.invoice)
            return QString();
        return tr("%1 (%2)").arg(d.invoice->number, FeeInvoiceStates::label(d.invoice->state));
    case TrackingColumn:
        return e.tracking;
    }
    return {};
}

QVariant HistoryTableModel::raw(const HistoryDetail& d, int column) const
{
    const HistoryEntry& e = d.entry;
    switch (column) {
    case DateColumn:
        return e.date;
    case LevelColumn:
        return e.level * 1000 + e.repeat;
    case OverdueColumn:
        return e.overdue.cents();
    case FeeColumn:
        return e.fee.cents();
    case RefColumn:
        return e.ref;
    default:
        return display(d, column);
    }
}

QString HistoryTableModel::tooltip(const HistoryDetail& d, int column) const
{
    switch (column) {
    case LettersColumn: {
        QStringList lines;
        for (const ReminderLetter& l : d.letters)
            lines.append(
                tr("%1 — %2: %3")
                    .arg(recipientLabel(l.recipient), l.addressee, LetterStates::label(l.state)));
        return lines.join(u'\n');
    }
    case EmailsColumn: {
        QStringList lines;
        for (const OutboxMessage& m : d.emails)
            lines.append(m.lastError.isEmpty()
                             ? tr("%1: %2").arg(m.toAddress, OutboxStates::label(m.state))
                             : tr("%1: %2 — %3")
                                   .arg(m.toAddress, OutboxStates::label(m.state), m.lastError));
        return lines.join(u'\n');
    }
    case ManualColumn:
        return d.entry.userName.isEmpty() ? QString() : tr("Issued by %1").arg(d.entry.userName);
    default:
        return {};
    }
}

QStringList HistoryTableModel::states(const HistoryDetail& d)
{
    QStringList out;
    for (const ReminderLetter& l : d.letters)
        out.append(QStringLiteral("letter:") + LetterStates::toKey(l.state));
    if (d.letters.isEmpty() && d.entry.letter)
        out.append(QStringLiteral("letter:") + LetterStates::toKey(*d.entry.letter));
    for (const OutboxMessage& m : d.emails)
        out.append(QStringLiteral("email:") + OutboxStates::toKey(m.state));
    return out;
}

QVariant HistoryTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryDetail& d = m_details.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(d, index.column());
    case Qt::ToolTipRole: {
        const QString tip = tooltip(d, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        if (index.column() == OverdueColumn || index.column() == FeeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawSortRole:
        return raw(d, index.column());
    case ReminderIdRole:
        return d.entry.reminderId;
    case AccountIdRole:
        return d.entry.accountId;
    case LevelRole:
        return d.entry.level;
    case StatesRole:
        return states(d);
    case SearchTextRole:
        return index.column() == 0 ? QVariant(m_search.at(index.row())) : QVariant();
    default:
        return {};
    }
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case RefColumn:
        return tr("Ref");
    case NameColumn:
        return tr("Tenant");
    case LevelColumn:
        return tr("Level");
    case ManualColumn:
        return tr("Manual");
    case RecipientsColumn:
        return tr("Recipients");
    case ChannelsColumn:
        return tr("Channels");
    case LettersColumn:
        return tr("Letters");
    case EmailsColumn:
        return tr("E-mails");
    case OverdueColumn:
        return tr("Overdue");
    case FeeColumn:
        return tr("Fee");
    case InvoiceColumn:
        return tr("Fee invoice");
    case TrackingColumn:
        return tr("Tracking number");
    }
    return {};
}

void HistoryTableModel::setDetails(QList<HistoryDetail> details)
{
    beginResetModel();
    m_details = std::move(details);
    m_search.clear();
    m_search.reserve(m_details.size());
    for (const HistoryDetail& d : std::as_const(m_details)) {
        QStringList parts = {d.entry.ref, d.entry.accountName, d.entry.levelName, d.entry.tracking,
                             CodeLabels::overridden(d.entry.overriddenReason)};
        for (const OutboxMessage& m : d.emails)
            parts.append(m.toAddress);
        for (const ReminderLetter& l : d.letters)
            parts.append(l.addressee);
        if (d.invoice)
            parts.append(d.invoice->number);
        m_search.append(SearchText::fold(parts.join(u' ')));
    }
    endResetModel();
}

int HistoryTableModel::rowOfReminder(qint64 reminderId) const
{
    for (int row = 0; row < m_details.size(); ++row)
        if (m_details.at(row).entry.reminderId == reminderId)
            return row;
    return -1;
}

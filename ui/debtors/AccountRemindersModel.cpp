#include "AccountRemindersModel.h"

#include "mail/OutboxState.h"

#include <QLocale>

AccountRemindersModel::AccountRemindersModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int AccountRemindersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AccountRemindersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void AccountRemindersModel::setEntries(QList<HistoryEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    std::sort(m_entries.begin(), m_entries.end(), [](const HistoryEntry& a, const HistoryEntry& b) {
        return a.date != b.date ? a.date > b.date : a.reminderId > b.reminderId;
    });
    endResetModel();
}

QVariant AccountRemindersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry& e = m_entries.at(index.row());
    const QLocale locale;
    if (role == Qt::TextAlignmentRole && index.column() == OverdueColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return locale.toString(e.date, QLocale::ShortFormat);
    case LevelColumn: {
        QString text =
            e.repeat > 0 ? tr("%1 (repeat %2)").arg(e.levelName).arg(e.repeat) : e.levelName;
        if (e.manual)
            text = tr("%1, manual").arg(text);
        return text;
    }
    case OverdueColumn:
        return e.overdue.toLocaleString(locale);
    case ChannelsColumn: {
        QStringList channels;
        if (e.channels.contains(QStringLiteral("letter")))
            channels << tr("letter");
        if (e.channels.contains(QStringLiteral("email")))
            channels << tr("e-mail");
        return channels.join(QStringLiteral(", "));
    }
    case LetterColumn:
        return e.letter ? LetterStates::label(*e.letter) : QString();
    case EmailColumn: {
        if (e.email.isEmpty())
            return QString();
        const auto state = OutboxStates::fromKey(e.email);
        return state ? OutboxStates::label(*state) : e.email;
    }
    default:
        return {};
    }
}

QVariant AccountRemindersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case LevelColumn:
        return tr("Level");
    case OverdueColumn:
        return tr("Overdue then");
    case ChannelsColumn:
        return tr("Sent by");
    case LetterColumn:
        return tr("Letter");
    case EmailColumn:
        return tr("E-mail");
    default:
        return {};
    }
}

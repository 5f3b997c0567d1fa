#include "OutboxFilterProxy.h"

#include "OutboxTableModel.h"

#include <QDateTime>

OutboxFilterProxy::OutboxFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_collator(QLocale(QLocale::French, QLocale::France))
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(OutboxTableModel::RawSortRole);
}

void OutboxFilterProxy::setShowSent(bool show)
{
    if (show == m_showSent)
        return;
    m_showSent = show;
    invalidateRowsFilter();
}

bool OutboxFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_showSent)
        return true;
    const auto state = OutboxState(
        sourceModel()->index(sourceRow, 0, sourceParent).data(OutboxTableModel::StateRole).toInt());
    return state != OutboxState::Sent;
}

bool OutboxFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QDateTime && r.typeId() == QMetaType::QDateTime) {
        if (l.toDateTime() != r.toDateTime())
            return l.toDateTime() < r.toDateTime();
    } else if (l.typeId() == QMetaType::Int && r.typeId() == QMetaType::Int) {
        if (l.toInt() != r.toInt())
            return l.toInt() < r.toInt();
    } else if (const int order = m_collator.compare(l.toString(), r.toString()); order != 0) {
        return order < 0;
    }
    // Equal keys: the message queued first stays first.
    return left.data(OutboxTableModel::MessageIdRole).toLongLong() <
           right.data(OutboxTableModel::MessageIdRole).toLongLong();
}

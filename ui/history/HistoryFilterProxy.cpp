#include "HistoryFilterProxy.h"

#include "HistoryTableModel.h"
#include "common/SearchText.h"

HistoryFilterProxy::HistoryFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_collator(QLocale(QLocale::French, QLocale::France))
{
    // Refs sort as people read them: LOC2 before LOC10.
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(HistoryTableModel::RawSortRole);
}

void HistoryFilterProxy::setSearchText(const QString& text)
{
    const QStringList words = SearchText::fold(text).split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void HistoryFilterProxy::setAccountId(qint64 accountId)
{
    if (accountId == m_accountId)
        return;
    m_accountId = accountId;
    invalidateRowsFilter();
}

void HistoryFilterProxy::setLevel(int level)
{
    if (level == m_level)
        return;
    m_level = level;
    invalidateRowsFilter();
}

void HistoryFilterProxy::setDateRange(const QDate& from, const QDate& to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidateRowsFilter();
}

void HistoryFilterProxy::setState(const QString& state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateRowsFilter();
}

bool HistoryFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_accountId > 0 && first.data(HistoryTableModel::AccountIdRole).toLongLong() != m_accountId)
        return false;
    if (m_level > 0 && first.data(HistoryTableModel::LevelRole).toInt() != m_level)
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const QDate date = sourceModel()
                               ->index(sourceRow, HistoryTableModel::DateColumn, sourceParent)
                               .data(HistoryTableModel::RawSortRole)
                               .toDate();
        if ((m_from.isValid() && date < m_from) || (m_to.isValid() && date > m_to))
            return false;
    }
    if (!m_state.isEmpty() &&
        !first.data(HistoryTableModel::StatesRole).toStringList().contains(m_state))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = first.data(HistoryTableModel::SearchTextRole).toString();
    for (const QString& word : m_words)
        if (!haystack.contains(word))
            return false;
    return true;
}

bool HistoryFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QDate && r.typeId() == QMetaType::QDate)
        return l.toDate() < r.toDate();
    if ((l.typeId() == QMetaType::LongLong || l.typeId() == QMetaType::Int) &&
        (r.typeId() == QMetaType::LongLong || r.typeId() == QMetaType::Int))
        return l.toLongLong() < r.toLongLong();
    return m_collator.compare(l.toString(), r.toString()) < 0;
}

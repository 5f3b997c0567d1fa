#include "DeadlineFilterProxy.h"

#include "DeadlineTableModel.h"
#include "common/SearchText.h"

DeadlineFilterProxy::DeadlineFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_collator(QLocale(QLocale::French, QLocale::France))
{
    // Refs sort as people read them: LOC2 before LOC10.
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(DeadlineTableModel::RawSortRole);
}

void DeadlineFilterProxy::setSearchText(const QString& text)
{
    const QStringList words = SearchText::fold(text).split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void DeadlineFilterProxy::setKind(std::optional<DeadlineKind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateRowsFilter();
}

bool DeadlineFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_kind && first.data(DeadlineTableModel::KindRole).toInt() != int(*m_kind))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = first.data(DeadlineTableModel::SearchTextRole).toString();
    for (const QString& word : m_words)
        if (!haystack.contains(word))
            return false;
    return true;
}

bool DeadlineFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QDate && r.typeId() == QMetaType::QDate)
        return l.toDate() < r.toDate();
    if (l.typeId() == QMetaType::Int && r.typeId() == QMetaType::Int)
        return l.toInt() < r.toInt();
    return m_collator.compare(l.toString(), r.toString()) < 0;
}

#include "AccountFilterProxy.h"

#include "AccountTableModel.h"
#include "common/SearchText.h"

AccountFilterProxy::AccountFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_collator(QLocale(QLocale::French, QLocale::France))
{
    // French collation orders accented names as a French reader expects
    // (« Éric » with the E's), and numeric mode puts LOC2 before LOC10.
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(AccountTableModel::RawSortRole);
}

void AccountFilterProxy::setSearchText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = SearchText::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void AccountFilterProxy::setOwnerFilter(const QString& ownerRef)
{
    if (ownerRef == m_owner)
        return;
    m_owner = ownerRef;
    invalidateRowsFilter();
}

bool AccountFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_owner.isEmpty() && first.data(AccountTableModel::OwnerRefRole).toString() != m_owner)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = first.data(AccountTableModel::SearchTextRole).toString();
    for (const QString& word : m_words)
        if (!haystack.contains(word))
            return false;
    return true;
}

bool AccountFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::LongLong && r.typeId() == QMetaType::LongLong)
        return l.toLongLong() < r.toLongLong();
    const int order = m_collator.compare(l.toString(), r.toString());
    if (order != 0)
        return order < 0;
    // Equal texts (two "Lyon"): keep a stable order by ref.
    const QModelIndex lRef = left.siblingAtColumn(AccountTableModel::RefColumn);
    const QModelIndex rRef = right.siblingAtColumn(AccountTableModel::RefColumn);
    return m_collator.compare(lRef.data(sortRole()).toString(), rRef.data(sortRole()).toString()) <
           0;
}

#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>
#include <QStringList>

// Search and sort over AccountTableModel. The search matches every word typed
// (in any order) against ref, name, property, city and e-mail, ignoring case
// and accents, and, when one is chosen, the account must be the owner's;
// filtering happens here in memory, never as a query per key.
// Text sorts the way people read it (French collation, "LOC2" before
// "LOC10"), money by its cents.
class AccountFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AccountFilterProxy(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    QString searchText() const { return m_text; }
    // Only the accounts of this owner (by ref); empty: every account.
    void setOwnerFilter(const QString& ownerRef);
    QString ownerFilter() const { return m_owner; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_text;
    QString m_owner;
    QStringList m_words; // folded
    QCollator m_collator;
};

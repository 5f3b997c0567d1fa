#pragma once

#include <QCollator>
#include <QDate>
#include <QSortFilterProxyModel>
#include <QStringList>

// Search, filters and sort over HistoryTableModel: the words typed (any
// order, accents and case ignored), one account, one level, a date range and
// a letter or e-mail state. Everything happens in memory.
class HistoryFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit HistoryFilterProxy(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    void setAccountId(qint64 accountId); // 0: every account
    void setLevel(int level);            // 0: every level
    // Null dates leave that end open.
    void setDateRange(const QDate& from, const QDate& to);
    // "letter:<key>" or "email:<key>" (HistoryTableModel::StatesRole); empty: any.
    void setState(const QString& state);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QStringList m_words; // folded
    qint64 m_accountId = 0;
    int m_level = 0;
    QDate m_from;
    QDate m_to;
    QString m_state;
    QCollator m_collator;
};

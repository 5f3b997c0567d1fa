#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

// Sort and filter over OutboxTableModel: sent messages are hidden unless the
// user asks for every message, since the outbox is where problems are dealt
// with. Ties keep the oldest message first.
class OutboxFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit OutboxFilterProxy(QObject* parent = nullptr);

    void setShowSent(bool show);
    bool showSent() const { return m_showSent; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    bool m_showSent = false;
    QCollator m_collator;
};

#pragma once

#include "recovery/Deadline.h"

#include <QCollator>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

// Search and kind filter over DeadlineTableModel (and RecoveryNoticeModel,
// which has no kind): the words typed match the ref or the tenant's name
// (any order, accents and case ignored). Everything happens in memory; the
// window (« within N days ») is the report's, computed in core.
class DeadlineFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DeadlineFilterProxy(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    void setKind(std::optional<DeadlineKind> kind); // none: every kind

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QStringList m_words; // folded
    std::optional<DeadlineKind> m_kind;
    QCollator m_collator;
};

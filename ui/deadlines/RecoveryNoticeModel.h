#pragma once

#include "recovery/DeadlineReport.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

// What the report shows beside the deadlines, one row each: the CCAPEX
// flags (since when), then the prescription warnings (which unpaid item,
// prescribed on which day). Neither is a deadline to act on, and neither is
// filtered by kind or window (recovery-path.md). Roles are the deadline
// model's (DeadlineTableModel::Role), so one filter proxy serves both.
class RecoveryNoticeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RefColumn,
        NameColumn,
        NoticeColumn,
        EntryColumn,
        SinceColumn,
        PrescribedColumn,
        ColumnCount
    };

    explicit RecoveryNoticeModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setNotices(QList<AccountCcapex> flags, QList<AccountPrescription> warnings);

private:
    struct Row
    {
        qint64 accountId = 0;
        QString ref;
        QString name;
        std::optional<CcapexFlag> ccapex;
        std::optional<ItemPrescription> prescription;
    };
    QVariant display(const Row& row, int column) const;
    QString tooltip(const Row& row) const;

    QList<Row> m_rows;
    QStringList m_search; // folded once per row
};

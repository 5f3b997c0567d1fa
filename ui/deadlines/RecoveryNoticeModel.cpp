#include "RecoveryNoticeModel.h"

#include "DeadlineTableModel.h"
#include "common/SearchText.h"
#include "recovery/RecoveryLabels.h"

#include <QLocale>

RecoveryNoticeModel::RecoveryNoticeModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int RecoveryNoticeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecoveryNoticeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void RecoveryNoticeModel::setNotices(QList<AccountCcapex> flags,
                                     QList<AccountPrescription> warnings)
{
    beginResetModel();
    m_rows.clear();
    m_search.clear();
    for (const AccountCcapex& f : std::as_const(flags))
        m_rows.append({f.accountId, f.ref, f.name, f.flag, std::nullopt});
    for (const AccountPrescription& w : std::as_const(warnings))
        m_rows.append({w.accountId, w.ref, w.name, std::nullopt, w.item});
    for (const Row& row : std::as_const(m_rows))
        m_search.append(SearchText::fold(row.ref + u' ' + row.name));
    endResetModel();
}

QVariant RecoveryNoticeModel::display(const Row& row, int column) const
{
    switch (column) {
    case RefColumn:
        return row.ref;
    case NameColumn:
        return row.name;
    case NoticeColumn:
        if (row.ccapex)
            return row.ccapex->approximate
                       ? tr("%1 (rent without charges unknown)").arg(RecoveryLabels::ccapex())
                       : RecoveryLabels::ccapex();
        return RecoveryLabels::prescriptionNear();
    case EntryColumn:
        return row.prescription ? row.prescription->entryRef : QString();
    case SinceColumn:
        return row.ccapex ? QLocale().toString(row.ccapex->since, QLocale::ShortFormat) : QString();
    case PrescribedColumn:
        return row.prescription
                   ? QLocale().toString(row.prescription->prescribedOn, QLocale::ShortFormat)
                   : QString();
    }
    return {};
}

QString RecoveryNoticeModel::tooltip(const Row& row) const
{
    if (row.ccapex) {
        const QString help = RecoveryLabels::ccapexHelp();
        return row.ccapex->approximate
                   ? tr("%1\nThe rent without charges is unknown: the rent with charges was "
                        "used.")
                         .arg(help)
                   : help;
    }
    return tr("The unpaid item %1, due on %2, can no longer be claimed from %3.")
        .arg(row.prescription->entryRef,
             QLocale().toString(row.prescription->dueDate, QLocale::ShortFormat),
             QLocale().toString(row.prescription->prescribedOn, QLocale::ShortFormat));
}

QVariant RecoveryNoticeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == NoticeColumn ? tooltip(row) : QVariant();
    case DeadlineTableModel::RawSortRole:
        if (index.column() == SinceColumn)
            return row.ccapex ? row.ccapex->since : QDate();
        if (index.column() == PrescribedColumn)
            return row.prescription ? row.prescription->prescribedOn : QDate();
        return display(row, index.column());
    case DeadlineTableModel::AccountIdRole:
        return row.accountId;
    case DeadlineTableModel::SearchTextRole:
        return m_search.value(index.row());
    }
    return {};
}

QVariant RecoveryNoticeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RefColumn:
        return tr("Ref");
    case NameColumn:
        return tr("Tenant");
    case NoticeColumn:
        return tr("Flag or warning");
    case EntryColumn:
        return tr("Unpaid item");
    case SinceColumn:
        return tr("Since");
    case PrescribedColumn:
        return tr("Prescribed on");
    }
    return {};
}

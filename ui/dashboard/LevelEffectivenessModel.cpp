#include "LevelEffectivenessModel.h"

#include <QLocale>

LevelEffectivenessModel::LevelEffectivenessModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int LevelEffectivenessModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LevelEffectivenessModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void LevelEffectivenessModel::setRows(QList<LevelEffectiveness> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QString LevelEffectivenessModel::levelLabel(const LevelEffectiveness& level)
{
    if (level.name.isEmpty())
        return tr("Level %1").arg(level.level);
    return tr("%1. %2").arg(level.level).arg(level.name);
}

int LevelEffectivenessModel::perMille(int part, int whole)
{
    if (whole <= 0)
        return 0;
    return int((qint64(part) * 1000 + whole / 2) / whole);
}

QString LevelEffectivenessModel::percentText(int perMille)
{
    // The translation places the sign: « 66,7 % » in French, "66.7%" in English.
    return tr("%1%", "a share in percent").arg(QLocale().toString(perMille / 10.0, 'f', 1));
}

QVariant LevelEffectivenessModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LevelEffectiveness& row = m_rows.at(index.row());
    const QLocale locale;
    const int share15 = perMille(row.cleared15, row.issued);
    const int share30 = perMille(row.cleared30, row.issued);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LevelColumn:
            return levelLabel(row);
        case IssuedColumn:
            return locale.toString(row.issued);
        case Within15Column:
            return tr("%1 (%2)").arg(percentText(share15), locale.toString(row.cleared15));
        case Within30Column:
            return tr("%1 (%2)").arg(percentText(share30), locale.toString(row.cleared30));
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1: of %n reminder(s) issued in the period, %2 were followed by the end of the "
                  "arrears within 15 days and %3 within 30 days. Click to list the debtors whose "
                  "last reminder is of this level.",
                  nullptr, row.issued)
            .arg(levelLabel(row), locale.toString(row.cleared15), locale.toString(row.cleared30));
    case Qt::TextAlignmentRole:
        if (index.column() != LevelColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawSortRole:
        switch (index.column()) {
        case LevelColumn:
            return row.level;
        case IssuedColumn:
            return row.issued;
        case Within15Column:
            return share15;
        case Within30Column:
            return share30;
        }
        return {};
    case LevelRole:
        return row.level;
    }
    return {};
}

QVariant LevelEffectivenessModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && (section == Within15Column || section == Within30Column))
        return tr("The share of the level's reminders whose arrears were paid off within %1 "
                  "days of the reminder, and how many")
            .arg(section == Within15Column ? 15 : 30);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LevelColumn:
        return tr("Level");
    case IssuedColumn:
        return tr("Reminders");
    case Within15Column:
        return tr("Within 15 days");
    case Within30Column:
        return tr("Within 30 days");
    }
    return {};
}

#include "TemplateListModel.h"

#include <QFont>
#include <QLocale>

TemplateListModel::TemplateListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int TemplateListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_templates.size());
}

int TemplateListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TemplateListModel::languageName(const QString& code)
{
    if (code == QLatin1String("fr"))
        return tr("French");
    if (code == QLatin1String("en"))
        return tr("English");
    return code;
}

QVariant TemplateListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LetterTemplate& t = m_templates.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return t.name;
        case LanguageColumn:
            return languageName(t.language);
        case DefaultColumn:
            return t.isDefault ? tr("Default") : QString();
        case UpdatedColumn:
            return t.updatedAt.isValid()
                       ? QLocale().toString(t.updatedAt.toLocalTime(), QLocale::ShortFormat)
                       : QString();
        default:
            return {};
        }
    case Qt::FontRole:
        // The template a run uses stands out.
        if (t.isDefault && index.column() == NameColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case RawSortRole:
        switch (index.column()) {
        case DefaultColumn:
            return t.isDefault;
        case UpdatedColumn:
            return t.updatedAt;
        case LanguageColumn:
            return t.language;
        default:
            return t.name;
        }
    case TemplateIdRole:
        return t.id;
    default:
        return {};
    }
}

QVariant TemplateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Template");
    case LanguageColumn:
        return tr("Language");
    case DefaultColumn:
        return tr("Default", "template column");
    case UpdatedColumn:
        return tr("Changed");
    default:
        return {};
    }
}

void TemplateListModel::setTemplates(QList<LetterTemplate> templates)
{
    beginResetModel();
    m_templates = std::move(templates);
    endResetModel();
}

int TemplateListModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_templates.size(); ++row)
        if (m_templates.at(row).id == id)
            return row;
    return -1;
}

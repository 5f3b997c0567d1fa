#pragma once

#include "letters/LetterTemplate.h"

#include <QAbstractTableModel>
#include <QList>

// The letter templates of one level: name, language, whether it is the
// default for its language, last change. RawSortRole gives sort keys (the
// date as QDateTime, the default flag as a bool).
class TemplateListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        LanguageColumn,
        DefaultColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role
    {
        RawSortRole = Qt::UserRole + 1,
        TemplateIdRole, // qint64, on every column
    };

    explicit TemplateListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setTemplates(QList<LetterTemplate> templates);
    const QList<LetterTemplate>& templates() const { return m_templates; }
    const LetterTemplate& templateAt(int row) const { return m_templates.at(row); }
    int rowOfId(qint64 id) const;

    static QString languageName(const QString& code);

private:
    QList<LetterTemplate> m_templates;
};

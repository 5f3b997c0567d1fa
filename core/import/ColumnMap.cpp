#include "ColumnMap.h"

#include "CsvReader.h"
#include "ImportReport.h"

#include <QSet>

ColumnMap::ColumnMap(QList<Column> columns)
    : m_columns(std::move(columns))
{}

QString ColumnMap::normalise(const QString& name)
{
    // Compatibility decomposition splits "é" into "e" + accent and "º" into
    // "o"; keeping letters and digits then drops accents and separators.
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    return out;
}

QString ColumnMap::value(const QStringList& fields, int index)
{
    if (index < 0 || index >= fields.size())
        return {};
    return fields.at(index).trimmed();
}

void ColumnMap::map(const QStringList& header, ImportReport& report)
{
    QHash<QString, QString> keyByName;
    for (const Column& column : std::as_const(m_columns)) {
        keyByName.insert(normalise(column.key), column.key);
        for (const QString& alias : column.aliases)
            keyByName.insert(normalise(alias), column.key);
    }
    m_index.clear();
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        if (name.isEmpty())
            continue; // trailing delimiters of spreadsheet exports
        const QString key = keyByName.value(normalise(name));
        if (key.isEmpty()) {
            report.addWarning(1, name, tr("unknown column, ignored"));
            continue;
        }
        if (m_index.contains(key)) {
            report.addError(1, name,
                            tr("this column appears twice (as “%1” and “%2”); keep only one")
                                .arg(header.at(m_index.value(key)).trimmed(), name));
            continue;
        }
        m_index.insert(key, i);
    }
    for (const Column& column : std::as_const(m_columns))
        if (column.required && !m_index.contains(column.key))
            report.addError(1, column.key, tr("this required column is missing"));
}

bool ColumnMap::openAndMap(CsvReader& reader, const QString& path, ImportReport& report)
{
    if (Status s = reader.open(path); !s) {
        report.addError(reader.errorLine(), {}, s.error());
        return false;
    }
    map(reader.header().fields, report);
    return true;
}

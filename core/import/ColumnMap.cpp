#include "ColumnMap.h"

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
    m_headerSize = header.size();
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        if (name.isEmpty())
            continue; // trailing delimiters of spreadsheet exports
        const QString key = keyByName.value(normalise(name));
        if (key.isEmpty()) {
            // A whole line of text taken for a header must not flood the report.
            constexpr qsizetype shown = 60;
            report.addWarning(1, name.size() > shown ? name.left(shown) + u'…' : name,
                              tr("unknown column, ignored"));
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
    m_checks.clear();
    for (const Column& column : std::as_const(m_columns))
        if (const int index = m_index.value(column.key, -1); index >= 0)
            m_checks.append({index, &column});
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

bool ColumnMap::checkFieldCount(int line, qsizetype fieldCount, ImportReport& report) const
{
    if (fieldCount > m_headerSize) {
        // Usually a decimal comma left unquoted in a comma-separated file,
        // which shifts every value after it.
        report.addError(line, {},
                        tr("this row has %1 fields but the header has %2 columns; check the "
                           "quotes and delimiters (an amount like 1013,50 must be quoted in a "
                           "comma-separated file)")
                            .arg(fieldCount)
                            .arg(m_headerSize));
        return false;
    }
    if (fieldCount < m_headerSize) {
        // Never read as empty values: re-imported over existing accounts,
        // a cut row would blank their e-mail and address.
        report.addError(line, {},
                        tr("this row has %1 fields but the header has %2 columns; it is "
                           "incomplete (was the file cut short?) or a delimiter is missing")
                            .arg(fieldCount)
                            .arg(m_headerSize));
        return false;
    }
    return true;
}

void ColumnMap::report(ImportReport& report, int line, const Column& column,
                       FieldLimits::Problem problem) const
{
    report.addError(line, column.key, FieldLimits::describe(problem, column.maxLength));
}

bool ColumnMap::checkRow(const CsvReader::Record& record, ImportReport& report) const
{
    if (!checkFieldCount(record.line, record.fieldCount, report))
        return false;
    bool ok = true;
    for (const Check& check : m_checks) {
        const FieldLimits::Problem problem = FieldLimits::check(
            value(record.fields, check.index), check.column->maxLength, check.column->multiLine);
        if (problem != FieldLimits::Problem::None) {
            this->report(report, record.line, *check.column, problem);
            ok = false;
        }
    }
    return ok;
}

bool ColumnMap::checkRow(const CsvReader::RawRecord& record, const CsvReader& reader,
                         ImportReport& report) const
{
    if (!checkFieldCount(record.line, record.fieldCount, report))
        return false;
    bool ok = true;
    for (const Check& check : m_checks) {
        const QByteArrayView field =
            check.index < record.fields.size() ? record.fields.at(check.index) : QByteArrayView();
        FieldLimits::Problem problem = FieldLimits::Problem::None;
        if (const auto ascii = CsvReader::asciiTrimmed(field)) {
            // One character a byte; the line breaks FieldLimits knows that
            // ASCII has are LF, VT, FF and CR.
            if (ascii->size() > check.column->maxLength)
                problem = FieldLimits::Problem::TooLong;
            else if (!check.column->multiLine)
                for (const char c : *ascii)
                    if (c >= '\n' && c <= '\r') {
                        problem = FieldLimits::Problem::LineBreak;
                        break;
                    }
        } else {
            problem = FieldLimits::check(reader.text(field), check.column->maxLength,
                                         check.column->multiLine);
        }
        if (problem != FieldLimits::Problem::None) {
            this->report(report, record.line, *check.column, problem);
            ok = false;
        }
    }
    return ok;
}

void ColumnMap::finish(const CsvReader& reader, ImportReport& report)
{
    if (!reader.error().isEmpty())
        report.addError(reader.errorLine(), {}, reader.error());
    else if (const int line = reader.unterminatedLastLine(); line > 0)
        report.addWarning(line, {},
                          tr("the file ends in the middle of this line (no line break after "
                             "it); if the file was cut short, this row is incomplete"));
}

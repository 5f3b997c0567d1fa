#include "ColumnMap.h"

#include "CsvBytes.h"
#include "ImportReport.h"

#include <QSet>

#include <optional>

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

namespace {

// What FieldLimits::check() says of the field's text, worked out from its
// bytes where that is exact, else std::nullopt (decode it). Exact for ASCII
// (one character a byte) and for UTF-8 whose trimmed bytes begin and end
// with ASCII (then trimming the bytes trims the text): a character is a
// byte that does not continue one, plus one for the four-byte ones (two
// UTF-16 units); the line breaks past ASCII are NEL (C2 85), U+2028 and
// U+2029 (E2 80 A8, E2 80 A9). The file is valid UTF-8 when read as such.
std::optional<FieldLimits::Problem> bytesProblem(QByteArrayView field, bool utf8,
                                                 qsizetype maxLength, bool multiLine)
{
    using P = FieldLimits::Problem;
    if (field.size() > CsvReader::maxFieldBytes + 1)
        return std::nullopt;
    const QByteArrayView t = CsvReader::trimmedBytes(field);
    uchar any = 0;
    bool asciiBreak = false; // LF, VT, FF or CR
    for (const char c : t) {
        any |= uchar(c);
        asciiBreak = asciiBreak || uchar(c - '\n') <= '\r' - '\n';
    }
    if (any < 0x80) {
        if (t.size() > maxLength)
            return P::TooLong;
        return !multiLine && asciiBreak ? P::LineBreak : P::None;
    }
    if (!utf8 || uchar(t.front()) >= 0x80 || uchar(t.back()) >= 0x80)
        return std::nullopt;
    qsizetype length = 0;
    bool lineBreak = asciiBreak;
    const auto* b = reinterpret_cast<const uchar*>(t.data());
    const qsizetype n = t.size();
    for (qsizetype i = 0; i < n; ++i) {
        length += (b[i] & 0xC0) != 0x80 ? 1 : 0;
        length += b[i] >= 0xF0 ? 1 : 0;
        if (b[i] == 0xC2 && i + 1 < n && b[i + 1] == 0x85)
            lineBreak = true;
        else if (b[i] == 0xE2 && i + 2 < n && b[i + 1] == 0x80 &&
                 (b[i + 2] == 0xA8 || b[i + 2] == 0xA9))
            lineBreak = true;
    }
    if (length > maxLength)
        return P::TooLong;
    return !multiLine && lineBreak ? P::LineBreak : P::None;
}

} // namespace

bool ColumnMap::checkRow(const CsvReader::RawRecord& record, const CsvReader& reader,
                         ImportReport& report) const
{
    if (!checkFieldCount(record.line, record.fieldCount, report))
        return false;
    const bool utf8 = reader.encoding() == CsvReader::Encoding::Utf8;
    // The usual row: unquoted fields, one after the other in the file, and
    // no line break in the whole row (one scan). Then a field of no more
    // bytes than its column's length is within it, and only the longer
    // ones are looked at.
    const QList<QByteArrayView>& fields = record.fields;
    bool plain = !fields.isEmpty();
    for (qsizetype i = 1; plain && i < fields.size(); ++i)
        plain = fields.at(i).data() == fields.at(i - 1).data() + fields.at(i - 1).size() + 1;
    const bool latin9 = reader.encoding() == CsvReader::Encoding::Iso8859_15;
    plain = plain && CsvBytes::withoutLineBreak(fields.first().data(),
                                                fields.last().data() + fields.last().size() -
                                                    fields.first().data(),
                                                utf8, latin9);
    bool ok = true;
    for (const Check& check : m_checks) {
        const QByteArrayView field =
            check.index < record.fields.size() ? record.fields.at(check.index) : QByteArrayView();
        if (plain && field.size() <= check.column->maxLength)
            continue;
        const auto fromBytes =
            bytesProblem(field, utf8, check.column->maxLength, check.column->multiLine);
        const FieldLimits::Problem problem =
            fromBytes ? *fromBytes
                      : FieldLimits::check(reader.text(field), check.column->maxLength,
                                           check.column->multiLine);
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

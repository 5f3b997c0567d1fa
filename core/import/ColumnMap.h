#pragma once

#include "CsvReader.h"
#include "util/FieldLimits.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

struct ImportReport;

// Finds the known columns in a header row. Names are compared after
// normalise(): case, accents, spaces, underscores, hyphens and apostrophes do
// not count, so "Date d'échéance", "due_date" and "DUE-DATE" all match.
class ColumnMap
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMap)

public:
    struct Column
    {
        QString key; // the name in import-formats.md, e.g. "due_date"
        bool required = false;
        QStringList aliases; // other accepted names (French)
        // The longest value accepted (FieldLimits), and whether it may span
        // lines (only notes may).
        qsizetype maxLength = FieldLimits::word;
        bool multiLine = false;
    };

    explicit ColumnMap(QList<Column> columns);

    // Maps the header; an unknown column is a warning, a missing required or
    // a repeated column an error, all reported on line 1.
    void map(const QStringList& header, ImportReport& report);
    // Opens `path` with `reader` and maps its header: the first steps of
    // every import. False when the file cannot be read (reported).
    bool openAndMap(CsvReader& reader, const QString& path, ImportReport& report);

    // What every row must satisfy before its values are read: as many fields
    // as the header (a row cut short would blank the values it lacks, a
    // stray delimiter shifts them), and each value within its column's
    // length and on one line where required. Reports every problem as
    // "line: column: message"; false when the row is refused.
    bool checkRow(const CsvReader::Record& record, ImportReport& report) const;
    // The same for a row read as bytes (CsvReader::nextRaw): the lengths
    // and line breaks of ASCII values are checked on the bytes, the others
    // decoded first; the same errors, in the same order.
    bool checkRow(const CsvReader::RawRecord& record, const CsvReader& reader,
                  ImportReport& report) const;
    // Only the first part: as many fields as the header (for rows whose
    // values are not read, such as a FEC's non-tenant lines).
    bool checkFieldCount(int line, qsizetype fieldCount, ImportReport& report) const;

    // After the last row: reports the reader's error, if any, and warns when
    // the file ends in the middle of a line (a file cut short looks so).
    static void finish(const CsvReader& reader, ImportReport& report);

    // Position of the column in each record, or -1 when the file lacks it.
    int index(const QString& key) const { return m_index.value(key, -1); }
    bool has(const QString& key) const { return index(key) >= 0; }

    // The trimmed value at `index` (empty when the column or field is missing).
    static QString value(const QStringList& fields, int index);

    // Lower case, no accents, letters and digits only.
    static QString normalise(const QString& name);

private:
    // What checkRow() checks, worked out once by map(): the file's columns
    // in the order of m_columns.
    struct Check
    {
        int index;
        const Column* column;
    };
    void report(ImportReport& report, int line, const Column& column,
                FieldLimits::Problem problem) const;

    QList<Column> m_columns;
    QList<Check> m_checks;
    QHash<QString, int> m_index;
    qsizetype m_headerSize = 0;
};

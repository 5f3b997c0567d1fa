#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QStringList>

// Reads the CSV files other programs export: UTF-8 (with or without BOM) or
// Windows-1252, detected; ';', ',' or tab, detected from the header line;
// RFC 4180 quoting. The file is mapped, not loaded, and read one record at a
// time, so that a file of a million rows costs little memory.
//
// Parsing works on bytes: the delimiters, quotes and line breaks are ASCII in
// both encodings and never part of a multi-byte UTF-8 character, so fields
// are cut first and decoded afterwards.
//
// Strict where leniency would move data silently: a quote inside a quoted
// field must be doubled ("abc"def" is an error, not abcdef"), and a quoted
// field must be closed.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // Bounds that keep a broken or hostile file from eating memory. A field
    // longer than maxFieldBytes is cut to maxFieldBytes + 1 bytes: every
    // column's own limit (FieldLimits) is far below, so the importer still
    // refuses it, naming its column. Fields past the header's count are
    // counted, not kept.
    static constexpr qsizetype maxFieldBytes = 64 * 1024;
    static constexpr qsizetype maxColumns = 256;
    // About seven million ledger rows: thirty years of a large agency.
    static constexpr qint64 maxFileBytes = 512LL * 1024 * 1024;

    enum class Encoding
    {
        Utf8,
        Windows1252,
        Iso8859_15 // only with Dialect::iso8859_15 (FEC exports)
    };

    // What the files of one format look like. The CSV files of
    // import-formats.md use the defaults; a FEC has '|' or tab, no quoting,
    // and may be in ISO-8859-15.
    struct Dialect
    {
        // The candidates, detected from the header line; a tie goes to the
        // first one listed.
        QByteArray delimiters = QByteArrayLiteral(";\t,");
        // RFC 4180 quotes. Off, a '"' is text like any other.
        bool quoting = true;
        // Recognise ISO-8859-15 beside Windows-1252: a file with none of the
        // bytes 0x80-0x9F (where Windows-1252 puts its extra letters) but
        // with one of the eight bytes where ISO-8859-15 puts €, œ, Š... is
        // read as ISO-8859-15 (« cœur » is 0xBD there, ½ in Windows-1252).
        bool iso8859_15 = false;
    };

    // One row of the file. line is the physical line where it starts
    // (the header is line 1); a quoted field may span several lines.
    struct Record
    {
        int line = 0;
        QStringList fields;
        // How many fields the row has; more than fields.size() when it has
        // more than the header plus one (those are not kept).
        qsizetype fieldCount = 0;
    };

    CsvReader() = default;
    explicit CsvReader(Dialect dialect)
        : m_dialect(std::move(dialect))
    {}
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    // Opens the file, detects encoding and delimiter and reads the header.
    // On failure, errorLine() tells the line concerned (0: the whole file).
    Status open(const QString& path);
    // The same on bytes in memory (tests, clipboard).
    Status openData(const QByteArray& data);

    Encoding encoding() const { return m_encoding; }
    char delimiter() const { return m_delimiter; }
    const Record& header() const { return m_header; }

    // Reads the next record, skipping blank lines; false at the end of the
    // file or on a quoting error (then error() is set).
    bool next(Record& record);

    // A record's fields as bytes of the file, not decoded: for a dialect
    // without quoting, where a field is exactly the bytes between two
    // delimiters, and for files whose rows are mostly skipped (a FEC's
    // non-tenant lines), so that only the fields used are decoded. The views
    // stay valid while the reader is open.
    struct RawRecord
    {
        int line = 0;
        QList<QByteArrayView> fields; // up to the header's count + 1
        qsizetype fieldCount = 0;
    };
    // Like next(), blank lines skipped; only without quoting.
    bool nextRaw(RawRecord& record);
    // Back to the first row after the header, for a second pass over the
    // same mapping (a second reader would map, and count, the file again).
    void rewind();
    // One field of a RawRecord as text, bounded like next()'s fields.
    QString decodeField(QByteArrayView field) const
    {
        return decode(field.data(), qMin(field.size(), maxFieldBytes + 1));
    }
    const QString& error() const { return m_error; }
    int errorLine() const { return m_errorLine; }
    // The line of the last record when it ends the file without a line
    // break (normal for some programs, but also what a file cut short looks
    // like), else 0.
    int unterminatedLastLine() const { return m_unterminatedLine; }

    // For progress: bytes read so far out of the total.
    qint64 position() const { return m_pos; }
    qint64 size() const { return m_size; }

private:
    Status start();
    Status detectEncoding();
    void detectDelimiter();
    enum class ReadResult
    {
        Record,
        End,
        Error
    };
    ReadResult readRecord(Record& record);
    void addField(Record& record, const char* data, qsizetype length) const;
    QString decode(const char* data, qsizetype length) const;

    Dialect m_dialect;
    QFile m_file;
    QByteArray m_bytes; // when reading from memory
    const char* m_data = nullptr;
    qint64 m_size = 0;
    qint64 m_pos = 0;
    int m_line = 1;
    Encoding m_encoding = Encoding::Utf8;
    char m_delimiter = ';';
    Record m_header;
    QString m_error;
    int m_errorLine = 0;
    QByteArray m_buffer;                     // a quoted field being unescaped
    qsizetype m_keepFields = maxColumns + 1; // the header's count + 1 once it is read
    bool m_atEnd = false;                    // the last record reached the end of the data
    int m_unterminatedLine = 0;
    qint64 m_bodyStart = 0; // where the first row after the header starts
    int m_bodyLine = 2;
};

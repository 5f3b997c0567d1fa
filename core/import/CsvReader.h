#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QStringList>

#include <optional>

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

    // A record's fields as bytes, not decoded: a field is the bytes between
    // two delimiters, or for a quoted field its text with the quotes
    // removed and the doubled quotes undone. For files of a million rows
    // (only the fields used are decoded, values are read from the bytes
    // where that is exact) and for files whose rows are mostly skipped (a
    // FEC's non-tenant lines). An unquoted field's view stays valid while
    // the reader is open; a quoted field's until the next nextRaw().
    struct RawRecord
    {
        int line = 0;
        QList<QByteArrayView> fields; // up to the header's count + 1
        qsizetype fieldCount = 0;
    };
    // Like next(), blank lines skipped.
    bool nextRaw(RawRecord& record);
    // Back to the first row after the header, for a second pass over the
    // same mapping (a second reader would map, and count, the file again).
    void rewind();
    // QByteArrayView::trimmed() (the same ASCII white space: space, tab,
    // LF, VT, FF, CR), inline: called for several fields of every row.
    static QByteArrayView trimmedBytes(QByteArrayView bytes)
    {
        const auto space = [](char c) {
            return c == ' ' || (c >= '\t' && c <= '\r');
        };
        const char* begin = bytes.data();
        const char* end = begin + bytes.size();
        while (begin < end && space(*begin))
            ++begin;
        while (begin < end && space(end[-1]))
            --end;
        return QByteArrayView(begin, end - begin);
    }
    // One field of a RawRecord as text, bounded like next()'s fields.
    QString decodeField(QByteArrayView field) const
    {
        return decode(field.data(), qMin(field.size(), maxFieldBytes + 1));
    }
    // The same, trimmed: what ColumnMap::value() gives for next()'s record.
    // Only the trimmed bytes are decoded when trimming bytes is exact: the
    // value does not begin or end with a byte past ASCII (which could be a
    // no-break space, trimmed too).
    QString text(QByteArrayView field) const
    {
        if (field.size() <= maxFieldBytes + 1) {
            const QByteArrayView t = trimmedBytes(field);
            if (t.isEmpty())
                return {};
            if (uchar(t.front()) < 0x80 && uchar(t.back()) < 0x80)
                return decode(t.data(), t.size());
        }
        return decodeField(field).trimmed();
    }
    // The trimmed field when it is all ASCII: then it reads the same in
    // every encoding, one character a byte, and values can be read from the
    // bytes. std::nullopt otherwise (decode it with text()).
    static std::optional<QByteArrayView> asciiTrimmed(QByteArrayView field)
    {
        if (field.size() > maxFieldBytes + 1)
            return std::nullopt;
        const QByteArrayView t = trimmedBytes(field);
        uchar any = 0;
        for (const char c : t)
            any |= uchar(c);
        if (any >= 0x80)
            return std::nullopt;
        return t;
    }
    // One value of a RawRecord: its trimmed bytes when they are all ASCII
    // (the usual forms are read from them, ImportValues::plainDate...),
    // else its text, decoded and trimmed.
    struct Value
    {
        std::optional<QByteArrayView> ascii;
        QString decoded;

        bool isEmpty() const { return ascii ? ascii->isEmpty() : decoded.isEmpty(); }
        // What ColumnMap::value() gives for next()'s record.
        QString text() const { return ascii ? QString::fromLatin1(*ascii) : decoded; }
    };
    Value value(const RawRecord& record, int column) const
    {
        const QByteArrayView field = column >= 0 && column < record.fields.size()
                                         ? record.fields.at(column)
                                         : QByteArrayView();
        Value v;
        v.ascii = asciiTrimmed(field);
        if (!v.ascii)
            v.decoded = text(field);
        return v;
    }
    // Drops the pages of the mapping already read from the process's
    // memory (they stay in the system's cache): for a file read once, front
    // to back, the memory then stays flat instead of growing to the file's
    // size. Views into those pages stay valid (read again on access).
    void releaseRead();
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
    template <typename Sink> ReadResult readFields(int& line, qsizetype& fieldCount, Sink&& add);
    bool isBlank(QByteArrayView onlyField) const;
    // nextRaw() for a dialect without quoting (a FEC): no field needs
    // unquoting, each is the bytes up to the next delimiter or line break.
    ReadResult readUnquoted(RawRecord& record);
    // Where the unquoted field from `p` ends: the first delimiter, CR or LF,
    // or `end`.
    const char* fieldEnd(const char* p, const char* end, char delimiter);
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
    QList<QByteArray> m_quoted;              // nextRaw()'s quoted fields, by position
    qint64 m_released = 0;                   // releaseRead(): up to here
    qsizetype m_keepFields = maxColumns + 1; // the header's count + 1 once it is read
    bool m_atEnd = false;                    // the last record reached the end of the data
    int m_unterminatedLine = 0;
    qint64 m_bodyStart = 0; // where the first row after the header starts
    int m_bodyLine = 2;
    // fieldEnd()'s last 64 bytes: where they start, a bit for each end.
    const char* m_scanBase = nullptr;
    quint64 m_scanBits = 0;
    // readUnquoted()'s: where they start, a bit for each delimiter, for
    // each line break.
    const char* m_rowBase = nullptr;
    quint64 m_rowDelimiters = 0;
    quint64 m_rowBreaks = 0;
};

#include "CsvReader.h"

#include "CsvBytes.h"

#include <QFileInfo>
#include <QtAlgorithms>

#if defined(Q_OS_UNIX)
#include <sys/mman.h>
#include <unistd.h>
#endif

#include <array>
#include <cstring>

namespace {

// Windows-1252 bytes 0x80..0x9F; 0 marks the five bytes the code page leaves
// undefined, which no Windows export contains.
constexpr std::array<char16_t, 32> cp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// The eight bytes where ISO-8859-15 differs from ISO-8859-1 (and from
// Windows-1252): € Š š Ž ž Œ œ Ÿ.
char16_t latin9Char(unsigned char c)
{
    switch (c) {
    case 0xA4:
        return 0x20AC;
    case 0xA6:
        return 0x0160;
    case 0xA8:
        return 0x0161;
    case 0xB4:
        return 0x017D;
    case 0xB8:
        return 0x017E;
    case 0xBC:
        return 0x0152;
    case 0xBD:
        return 0x0153;
    case 0xBE:
        return 0x0178;
    default:
        return 0;
    }
}

bool isCp1252Undefined(unsigned char c)
{
    return c >= 0x80 && c <= 0x9F && cp1252High[c - 0x80] == 0;
}

// Control characters have no place in a CSV export: their presence means the
// file is binary (a spreadsheet saved as .xlsx, UTF-16 text...).
bool isForbiddenControl(unsigned char c)
{
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
}

// Length of the valid UTF-8 sequence at p (1..4), or 0 if invalid.
int utf8SequenceLength(const unsigned char* p, qint64 available)
{
    const unsigned char c = p[0];
    int length = 0;
    unsigned int minimum = 0;
    unsigned int code = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
        code = c & 0x1F;
        minimum = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        code = c & 0x0F;
        minimum = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        code = c & 0x07;
        minimum = 0x10000;
    } else {
        return 0;
    }
    if (available < length)
        return 0;
    for (int i = 1; i < length; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        code = (code << 6) | (p[i] & 0x3F);
    }
    if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        return 0;
    return length;
}

} // namespace

inline const char* CsvReader::fieldEnd(const char* p, const char* end, char delimiter)
{
#ifdef RELANCE_CSV_SSE2
    // The ends of 64 bytes found at once and kept for the next fields (and
    // lines): a field is about ten bytes, so finding each end on its own
    // started over for every field.
    for (;;) {
        if (m_scanBase && p >= m_scanBase && p < m_scanBase + 64) {
            const quint64 left = m_scanBits & (~quint64(0) << (p - m_scanBase));
            if (left)
                return m_scanBase + qCountTrailingZeroBits(left);
            p = m_scanBase + 64;
        }
        if (end - p < 64)
            break;
        m_scanBase = p;
        m_scanBits = CsvBytes::fieldEndBits(p, delimiter);
    }
#endif
    return CsvBytes::findFieldEnd(p, end, delimiter);
}

Status CsvReader::open(const QString& path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return Status::failure(tr("the file cannot be read: %1. Check its name and permissions.")
                                   .arg(m_file.errorString()));
    m_size = m_file.size();
    if (m_size > maxFileBytes)
        return Status::failure(tr("the file is larger than %1 MB; split it into several files "
                                  "(for instance one per year)")
                                   .arg(maxFileBytes / (1024 * 1024)));
    if (m_size > 0) {
        m_data = reinterpret_cast<const char*>(m_file.map(0, m_size));
        if (!m_data) {
            // Some file systems cannot map: read it instead.
            m_bytes = m_file.readAll();
            m_data = m_bytes.constData();
            m_size = m_bytes.size();
        }
    }
    return start();
}

Status CsvReader::openData(const QByteArray& data)
{
    if (data.size() > maxFileBytes)
        return Status::failure(tr("the file is larger than %1 MB; split it into several files "
                                  "(for instance one per year)")
                                   .arg(maxFileBytes / (1024 * 1024)));
    m_bytes = data;
    m_data = m_bytes.constData();
    m_size = m_bytes.size();
    return start();
}

Status CsvReader::start()
{
    m_scanBase = nullptr;
    m_rowBase = nullptr;
    m_pos = 0;
    m_line = 1;
    m_keepFields = maxColumns + 1;
    if (m_size == 0)
        return Status::failure(tr("the file is empty; it needs a header row and one row per line"));
    if (Status s = detectEncoding(); !s)
        return s;
    detectDelimiter();
    const ReadResult r = readRecord(m_header);
    if (r == ReadResult::Error)
        return Status::failure(m_error);
    if (r == ReadResult::End)
        return Status::failure(tr("the file is empty; it needs a header row and one row per line"));
    if (m_header.fieldCount > maxColumns) {
        m_errorLine = 1;
        return Status::failure(
            tr("the header has more than %1 columns; is this the right file?").arg(maxColumns));
    }
    m_keepFields = m_header.fields.size() + 1;
    m_bodyStart = m_pos;
    m_bodyLine = m_line;
    return {};
}

void CsvReader::rewind()
{
    m_scanBase = nullptr;
    m_rowBase = nullptr;
    m_pos = m_bodyStart;
    m_released = 0;
    m_line = m_bodyLine;
    m_atEnd = false;
    m_unterminatedLine = 0;
    m_error.clear();
    m_errorLine = 0;
}

Status CsvReader::detectEncoding()
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(m_data);
    if (m_size >= 2 &&
        ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))) {
        m_errorLine = 1;
        return Status::failure(tr("the file is in UTF-16; export it again as CSV in UTF-8 or "
                                  "Windows-1252"));
    }
    bool bom = false;
    if (m_size >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) {
        bom = true;
        m_pos = 3;
    }
    // One pass: is every byte valid UTF-8? Remember where the first invalid
    // byte is, and whether valid multi-byte characters were seen too (then
    // the file mixes two encodings and neither reading is right).
    int line = 1;
    int firstInvalidLine = 0;
    int firstUndefinedLine = 0;
    qint64 multiByte = 0;
    bool c1Bytes = false;     // 0x80-0x9F: Windows-1252's own letters
    bool latin9Bytes = false; // where ISO-8859-15 has €, œ, Š...
    const qint64 size = m_size;
    for (qint64 i = m_pos; i < size;) {
        // Plain ASCII text at once (LFs counted), up to the first byte that
        // needs a look.
        i += CsvBytes::plainTextRun(bytes + i, size - i, line);
        if (i >= size)
            break;
        const unsigned char c = bytes[i];
        if (c < 0x80) {
            if (c == '\n')
                ++line;
            else if (isForbiddenControl(c)) {
                m_errorLine = line;
                return Status::failure(tr("the file contains control characters: it is not a "
                                          "CSV text file. Export it again as CSV"));
            }
            ++i;
            continue;
        }
        const int length = utf8SequenceLength(bytes + i, size - i);
        if (length > 0) {
            ++multiByte;
            i += length;
            continue;
        }
        if (firstInvalidLine == 0)
            firstInvalidLine = line;
        if (firstUndefinedLine == 0 && isCp1252Undefined(c))
            firstUndefinedLine = line;
        c1Bytes = c1Bytes || c <= 0x9F;
        latin9Bytes = latin9Bytes || latin9Char(c) != 0;
        ++i;
    }
    if (firstInvalidLine == 0) {
        m_encoding = Encoding::Utf8;
        return {};
    }
    if (bom) {
        m_errorLine = firstInvalidLine;
        return Status::failure(tr("the file says it is UTF-8 but this line is not valid UTF-8; "
                                  "export it again as CSV in UTF-8"));
    }
    if (multiByte > 0) {
        m_errorLine = firstInvalidLine;
        return Status::failure(tr("the file mixes UTF-8 and another encoding (from this line "
                                  "on); export it again as CSV in UTF-8"));
    }
    if (firstUndefinedLine > 0) {
        m_errorLine = firstUndefinedLine;
        return Status::failure(tr("this line has bytes that are neither UTF-8 nor Windows-1252 "
                                  "text; export the file again as CSV in UTF-8"));
    }
    m_encoding = m_dialect.iso8859_15 && latin9Bytes && !c1Bytes ? Encoding::Iso8859_15
                                                                 : Encoding::Windows1252;
    return {};
}

void CsvReader::detectDelimiter()
{
    // Count the candidates outside quotes on the header line; a tie goes to
    // the first candidate (for CSV ';', the French spreadsheets' choice,
    // then tab).
    const QByteArray& candidates = m_dialect.delimiters;
    std::array<int, 8> counts{};
    bool quoted = false;
    for (qint64 i = m_pos; i < m_size; ++i) {
        const char c = m_data[i];
        if (c == '"' && m_dialect.quoting)
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == '\n' || c == '\r')
            break;
        else if (const qsizetype k = candidates.indexOf(c); k >= 0 && k < qsizetype(counts.size()))
            ++counts[k];
    }
    m_delimiter = candidates.isEmpty() ? ';' : candidates.at(0);
    int best = counts[0];
    for (qsizetype k = 1; k < qMin(candidates.size(), qsizetype(counts.size())); ++k)
        if (counts[k] > best) {
            best = counts[k];
            m_delimiter = candidates.at(k);
        }
}

QString CsvReader::decode(const char* data, qsizetype length) const
{
    if (m_encoding == Encoding::Utf8)
        return QString::fromUtf8(data, length);
    QString text(length, Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(text.data());
    if (m_encoding == Encoding::Iso8859_15) {
        for (qsizetype i = 0; i < length; ++i) {
            const auto c = static_cast<unsigned char>(data[i]);
            const char16_t l = latin9Char(c);
            out[i] = l != 0 ? l : char16_t(c);
        }
        return text;
    }
    for (qsizetype i = 0; i < length; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        out[i] = (c >= 0x80 && c <= 0x9F) ? cp1252High[c - 0x80] : char16_t(c);
    }
    return text;
}

bool CsvReader::isBlank(QByteArrayView onlyField) const
{
    // A line of one empty field. next() trims the decoded text, which also
    // drops no-break spaces; a FEC (no quoting) has always trimmed bytes.
    if (trimmedBytes(onlyField).isEmpty())
        return true;
    return m_dialect.quoting && decodeField(onlyField).trimmed().isEmpty();
}

bool CsvReader::next(Record& record)
{
    for (;;) {
        const ReadResult r = readRecord(record);
        if (r != ReadResult::Record)
            return false;
        // Blank lines (one empty field) are not rows.
        if (record.fieldCount == 1 && record.fields.first().trimmed().isEmpty())
            continue;
        m_unterminatedLine = m_atEnd ? record.line : 0;
        return true;
    }
}

CsvReader::ReadResult CsvReader::readUnquoted(RawRecord& record)
{
    // readFields() for unquoted fields, with the same results, the views
    // written in place. The delimiters and line breaks of 64 bytes are
    // found at once (kept for the next row): each field is then one bit
    // to take, and the row ends at the first line break. Locals only in
    // the loops: through the members, each view written (a pointer may
    // alias anything) would reload them.
    record.line = m_line;
    record.fieldCount = 0;
    m_atEnd = false;
    if (m_pos >= m_size)
        return ReadResult::End;
    const qsizetype keep = m_keepFields;
    if (record.fields.size() != keep)
        record.fields.resize(keep);
    QByteArrayView* const out = record.fields.data();
    const char delimiter = m_delimiter;
    const char* p = m_data + m_pos; // where the current field starts
    const char* const end = m_data + m_size;
    qsizetype count = 0;
    const auto field = [&](const char* stop) {
        if (count < keep)
            out[count] = QByteArrayView(p, stop - p);
        ++count;
    };
    const char* scan = p; // where to look for the current field's end
    const char* lineBreak = nullptr;
#ifdef RELANCE_CSV_SSE2
    const char* base = m_rowBase;
    quint64 delimiters = m_rowDelimiters;
    quint64 breaks = m_rowBreaks;
    for (;;) {
        if (!(base && scan >= base && scan < base + 64)) {
            if (end - scan < 64)
                break; // the last bytes, one by one below
            base = scan;
            CsvBytes::rowBits(base, delimiter, delimiters, breaks);
        }
        const quint64 from = ~quint64(0) << (scan - base);
        const quint64 breaksHere = breaks & from;
        quint64 delimitersHere = delimiters & from;
        if (breaksHere) // only the delimiters before the line break
            delimitersHere &= (breaksHere & (0 - breaksHere)) - 1;
        while (delimitersHere) {
            const char* const stop = base + qCountTrailingZeroBits(delimitersHere);
            delimitersHere &= delimitersHere - 1;
            field(stop);
            p = stop + 1;
        }
        if (breaksHere) {
            lineBreak = base + qCountTrailingZeroBits(breaksHere);
            break;
        }
        scan = base + 64;
    }
    m_rowBase = base;
    m_rowDelimiters = delimiters;
    m_rowBreaks = breaks;
#endif
    bool lineEnded = true;
    if (lineBreak) {
        field(lineBreak);
        p = lineBreak + 1;
        if (*lineBreak == '\r' && p < end && *p == '\n')
            ++p;
    } else {
        // No delimiter between p and scan: the field's end is the first
        // delimiter or line break from scan.
        for (const char* stop = CsvBytes::findFieldEnd(scan, end, delimiter);;
             stop = CsvBytes::findFieldEnd(p, end, delimiter)) {
            field(stop);
            if (stop == end) {
                p = end;
                lineEnded = false;
                break;
            }
            const char c = *stop;
            p = stop + 1;
            if (c == delimiter)
                continue;
            if (c == '\r' && p < end && *p == '\n')
                ++p;
            break;
        }
    }
    m_atEnd = !lineEnded;
    m_line += lineEnded ? 1 : 0;
    m_pos = p - m_data;
    record.fieldCount = count;
    if (count < keep)
        record.fields.resize(count);
    return ReadResult::Record;
}

bool CsvReader::nextRaw(RawRecord& record)
{
    if (!m_dialect.quoting)
        for (;;) {
            if (readUnquoted(record) != ReadResult::Record)
                return false;
            // Blank lines (one empty field) are not rows.
            if (record.fieldCount == 1 && isBlank(record.fields.first()))
                continue;
            m_unterminatedLine = m_atEnd ? record.line : 0;
            return true;
        }
    for (;;) {
        record.fields.clear();
        const ReadResult r =
            readFields(record.line, record.fieldCount,
                       [&](qsizetype index, const char* data, qsizetype length, bool quoted) {
                           if (!quoted) {
                               record.fields.append(QByteArrayView(data, length));
                               return;
                           }
                           // m_buffer is reused for the next quoted field: keep
                           // a copy, in a buffer of this position reused row
                           // after row.
                           if (m_quoted.size() <= index)
                               m_quoted.resize(index + 1);
                           QByteArray& kept = m_quoted[index];
                           kept.resize(0);
                           kept.append(data, length);
                           record.fields.append(QByteArrayView(kept));
                       });
        if (r != ReadResult::Record)
            return false;
        // Blank lines (one empty field) are not rows.
        if (record.fieldCount == 1 && isBlank(record.fields.first()))
            continue;
        m_unterminatedLine = m_atEnd ? record.line : 0;
        return true;
    }
}

void CsvReader::releaseRead()
{
#if defined(Q_OS_UNIX)
    // Whole pages only, and some way behind the current record: a caller
    // may still hold views into the previous rows.
    constexpr qint64 step = 16 * 1024 * 1024;
    const qint64 page = ::sysconf(_SC_PAGESIZE);
    if (m_bytes.isEmpty() && m_data && m_pos - m_released > 2 * step) {
        const qint64 until = ((m_pos - step) / page) * page;
        const qint64 from = (m_released / page) * page;
        auto* base = const_cast<char*>(m_data);
        if (until > from)
            ::madvise(base + from, size_t(until - from), MADV_DONTNEED);
        m_released = until;
    }
#endif
}

CsvReader::ReadResult CsvReader::readRecord(Record& record)
{
    record.fields.clear();
    return readFields(record.line, record.fieldCount,
                      [&](qsizetype, const char* data, qsizetype length, bool) {
                          record.fields.append(decode(data, qMin(length, maxFieldBytes + 1)));
                      });
}

template <typename Sink>
CsvReader::ReadResult CsvReader::readFields(int& line, qsizetype& fieldCount, Sink&& add)
{
    fieldCount = 0;
    line = m_line;
    m_atEnd = false;
    if (m_pos >= m_size)
        return ReadResult::End;
    const char delimiter = m_delimiter;
    // Past the header's count the row is wrong anyway: count, do not keep.
    const auto field = [&](const char* data, qsizetype length, bool quoted) {
        if (++fieldCount <= m_keepFields)
            add(fieldCount - 1, data, length, quoted);
    };
    for (;;) {
        // One field starts at m_pos.
        if (m_dialect.quoting && m_pos < m_size && m_data[m_pos] == '"') {
            m_buffer.resize(0);
            ++m_pos;
            bool closed = false;
            while (m_pos < m_size) {
                const char c = m_data[m_pos];
                if (c == '"') {
                    if (m_pos + 1 < m_size && m_data[m_pos + 1] == '"') {
                        if (m_buffer.size() <= maxFieldBytes)
                            m_buffer.append('"');
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    closed = true;
                    break;
                }
                if (c == '\n')
                    ++m_line;
                if (m_buffer.size() <= maxFieldBytes)
                    m_buffer.append(c);
                ++m_pos;
            }
            if (!closed) {
                m_errorLine = line;
                m_error = tr("a quoted field is not closed (a \" is missing); the rest of the "
                             "file was read as part of it");
                return ReadResult::Error;
            }
            // After the closing quote comes the delimiter or the end of the
            // line (spaces aside). Text there means a quote inside the field
            // was not doubled: keeping it would move the text silently.
            while (m_pos < m_size && m_data[m_pos] == ' ')
                ++m_pos;
            if (m_pos < m_size && m_data[m_pos] != delimiter && m_data[m_pos] != '\n' &&
                m_data[m_pos] != '\r') {
                m_errorLine = m_line;
                m_error = tr("a quote inside a quoted field is not doubled: text follows the "
                             "closing quote. Write a quote inside a field as \"\"");
                return ReadResult::Error;
            }
            field(m_buffer.constData(), m_buffer.size(), true);
        } else {
            // Local pointers: through the members, every byte read (a
            // char may alias anything) reloads m_pos and m_data.
            const char* const begin = m_data + m_pos;
            const char* const end = m_data + m_size;
            const char* p = fieldEnd(begin, end, delimiter);
            m_pos = p - m_data;
            field(begin, p - begin, false);
        }
        if (m_pos >= m_size) {
            m_atEnd = true;
            return ReadResult::Record;
        }
        const char c = m_data[m_pos++];
        if (c == delimiter)
            continue;
        if (c == '\r' && m_pos < m_size && m_data[m_pos] == '\n')
            ++m_pos;
        ++m_line;
        return ReadResult::Record;
    }
}

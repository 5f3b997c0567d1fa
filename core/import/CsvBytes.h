#pragma once

#include <QtGlobal>

#include <cstring>

// RELANCE_NO_SSE2 (a compile definition) tries the portable loops on x86-64.
#if (defined(__SSE2__) || defined(_M_X64)) && !defined(RELANCE_NO_SSE2)
#include <emmintrin.h>
#define RELANCE_CSV_SSE2 1
#endif

// The byte scans under the import's reading (CsvReader, ColumnMap), where a
// file of hundreds of megabytes spends its time: 16 or 64 bytes at a time
// with SSE2 (every x86-64 processor has it), eight at a time elsewhere.
namespace CsvBytes {

// The first delimiter, CR or LF from `p` on, or `end`. Eight bytes at a
// time: a file is about a hundred million bytes, a field about ten.
inline const char* findFieldEnd(const char* p, const char* end, char delimiter)
{
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    // A high bit set for each zero byte of v; exact up to the first one,
    // which is all that is used.
    const auto zeros = [](quint64 v) {
        return (v - ones) & ~v & highs;
    };
    const quint64 d = quint64(uchar(delimiter)) * ones;
    while (end - p >= 8) {
        quint64 w;
        memcpy(&w, p, 8);
        const quint64 found = zeros(w ^ d) | zeros(w ^ (0x0A * ones)) | zeros(w ^ (0x0D * ones));
        if (found)
            return p + qCountTrailingZeroBits(found) / 8;
        p += 8;
    }
#endif
    while (p < end && *p != delimiter && *p != '\n' && *p != '\r')
        ++p;
    return p;
}

#ifdef RELANCE_CSV_SSE2
// One bit for each delimiter, CR or LF among the 64 bytes from `p`.
inline quint64 fieldEndBits(const char* p, char delimiter)
{
    const __m128i d = _mm_set1_epi8(delimiter);
    const __m128i lf = _mm_set1_epi8('\n');
    const __m128i cr = _mm_set1_epi8('\r');
    quint64 bits = 0;
    for (int i = 0; i < 4; ++i) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * i));
        const __m128i found = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(v, d), _mm_cmpeq_epi8(v, lf)), _mm_cmpeq_epi8(v, cr));
        bits |= quint64(quint32(_mm_movemask_epi8(found))) << (16 * i);
    }
    return bits;
}

// The same, apart: one bit for each delimiter, one for each CR or LF.
inline void rowBits(const char* p, char delimiter, quint64& delimiters, quint64& breaks)
{
    const __m128i d = _mm_set1_epi8(delimiter);
    const __m128i lf = _mm_set1_epi8('\n');
    const __m128i cr = _mm_set1_epi8('\r');
    delimiters = 0;
    breaks = 0;
    for (int i = 0; i < 4; ++i) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * i));
        delimiters |= quint64(quint32(_mm_movemask_epi8(_mm_cmpeq_epi8(v, d)))) << (16 * i);
        breaks |= quint64(quint32(_mm_movemask_epi8(
                      _mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, cr)))))
                  << (16 * i);
    }
}
#endif

// How many of the n bytes at p are plain text from the start: ASCII with
// no control but tab, CR and LF (the LFs added to `lines`), no DEL. Stops
// at the first byte that needs a look (and, near the end, earlier: the
// caller looks at the rest byte by byte).
inline qint64 plainTextRun(const uchar* p, qint64 n, int& lines)
{
    qint64 k = 0;
#ifdef RELANCE_CSV_SSE2
    for (; n - k >= 16; k += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k));
        // Signed: below 0x20, and every byte past 0x7F.
        const __m128i special = _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)),
                                             _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)));
        const __m128i lf = _mm_cmpeq_epi8(v, _mm_set1_epi8('\n'));
        const __m128i text = _mm_or_si128(lf, _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\t')),
                                                           _mm_cmpeq_epi8(v, _mm_set1_epi8('\r'))));
        const auto look = quint32(_mm_movemask_epi8(_mm_andnot_si128(text, special)));
        const auto breaks = quint32(_mm_movemask_epi8(lf));
        if (look != 0) {
            const uint plain = qCountTrailingZeroBits(look);
            lines += int(qPopulationCount(breaks & ((1U << plain) - 1)));
            return k + plain;
        }
        lines += int(qPopulationCount(breaks));
    }
#else
    // No byte past 0x7F, none below 0x20 (line breaks too), no DEL.
    Q_UNUSED(lines);
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    for (; n - k >= 8; k += 8) {
        quint64 w;
        memcpy(&w, p + k, 8);
        const quint64 below20 = (w - 0x20 * ones) & ~w & highs;
        const quint64 del = ((w ^ (0x7F * ones)) - ones) & ~(w ^ (0x7F * ones)) & highs;
        if (((w & highs) | below20 | del) != 0)
            break;
    }
#endif
    return k;
}

// Whether the n bytes at p, read in UTF-8, ISO-8859-15 (latin9) or else
// Windows-1252, hold no line break
// (FieldLimits: LF, VT, FF, CR, NEL, U+2028, U+2029): none of LF..CR, nor
// NEL in ISO-8859-15 (0x85), nor C2 85, E2 80 A8, E2 80 A9 in UTF-8
// (Windows-1252 has none past ASCII). Such text has no more characters
// than bytes, in every encoding.
inline bool withoutLineBreak(const char* p, qsizetype n, bool utf8, bool latin9)
{
    qsizetype i = 0;
#ifdef RELANCE_CSV_SSE2
    const __m128i ten = _mm_set1_epi8(0x0A);
    const __m128i three = _mm_set1_epi8(3);
    const __m128i x85 = _mm_set1_epi8(char(0x85));
    const __m128i xC2 = _mm_set1_epi8(char(0xC2));
    const __m128i xE2 = _mm_set1_epi8(char(0xE2));
    const __m128i x80 = _mm_set1_epi8(char(0x80));
    const __m128i xFE = _mm_set1_epi8(char(0xFE));
    const __m128i xA8 = _mm_set1_epi8(char(0xA8));
    // Sixteen bytes at a time, and the two after them for UTF-8 (read
    // within the n bytes).
    for (; i + 18 <= n; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
        const __m128i fromTen = _mm_sub_epi8(v, ten); // 0..3 for LF..CR
        __m128i found = _mm_cmpeq_epi8(_mm_min_epu8(fromTen, three), fromTen);
        if (latin9)
            found = _mm_or_si128(found, _mm_cmpeq_epi8(v, x85));
        if (utf8) {
            const __m128i v1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + 1));
            const __m128i v2 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + 2));
            const __m128i nel = _mm_and_si128(_mm_cmpeq_epi8(v, xC2), _mm_cmpeq_epi8(v1, x85));
            const __m128i separator =
                _mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(v, xE2), _mm_cmpeq_epi8(v1, x80)),
                              _mm_cmpeq_epi8(_mm_and_si128(v2, xFE), xA8));
            found = _mm_or_si128(found, _mm_or_si128(nel, separator));
        }
        if (_mm_movemask_epi8(found) != 0)
            return false;
    }
#endif
    const auto* b = reinterpret_cast<const uchar*>(p);
    for (; i < n; ++i) {
        if (b[i] >= 0x0A && b[i] <= 0x0D)
            return false;
        if (latin9 && b[i] == 0x85)
            return false;
        if (utf8 && b[i] == 0xC2 && i + 1 < n && b[i + 1] == 0x85)
            return false;
        if (utf8 && b[i] == 0xE2 && i + 2 < n && b[i + 1] == 0x80 &&
            (b[i + 2] == 0xA8 || b[i + 2] == 0xA9))
            return false;
    }
    return true;
}

} // namespace CsvBytes

#include "TestSupport.h"

#include "import/ColumnMap.h"
#include "import/CsvReader.h"
#include "import/ImportReport.h"

#include <catch2/catch.hpp>

namespace {

QList<CsvReader::Record> readAll(CsvReader& reader)
{
    QList<CsvReader::Record> records;
    CsvReader::Record r;
    while (reader.next(r))
        records.append(r);
    return records;
}

} // namespace

TEST_CASE("CSV: UTF-8 with BOM and semicolons")
{
    CsvReader reader;
    REQUIRE(reader.openData(QByteArray("\xEF\xBB\xBFref;nom\r\nLOC1;Hélène Martin\r\n")).ok());
    CHECK(reader.encoding() == CsvReader::Encoding::Utf8);
    CHECK(reader.delimiter() == ';');
    CHECK(reader.header().fields == QStringList{QStringLiteral("ref"), QStringLiteral("nom")});
    const auto rows = readAll(reader);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].line == 2);
    CHECK(rows[0].fields.value(1) == QStringLiteral("Hélène Martin"));
}

TEST_CASE("CSV: Windows-1252 accents and the euro sign are decoded")
{
    CsvReader reader;
    // "Hélène" and "€" in Windows-1252: E9, E8, 80.
    REQUIRE(reader.openData(QByteArray("ref,nom,loyer\nLOC1,H\xE9l\xE8ne,850 \x80\n")).ok());
    CHECK(reader.encoding() == CsvReader::Encoding::Windows1252);
    CHECK(reader.delimiter() == ',');
    const auto rows = readAll(reader);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].fields.value(1) == QStringLiteral("Hélène"));
    CHECK(rows[0].fields.value(2) == QStringLiteral("850 €"));
}

TEST_CASE("CSV: tab delimiter, and a tie between delimiters goes to the semicolon")
{
    CsvReader tabs;
    REQUIRE(tabs.openData(QByteArray("ref\tname\tcity\nA\tB, C\tLyon\n")).ok());
    CHECK(tabs.delimiter() == '\t');
    const auto rows = readAll(tabs);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].fields.value(1) == QStringLiteral("B, C"));

    CsvReader tie;
    REQUIRE(tie.openData(QByteArray("a;b,c\n")).ok());
    CHECK(tie.delimiter() == ';');
}

TEST_CASE("CSV: quoted fields keep delimiters, doubled quotes and line breaks; lines count")
{
    CsvReader reader;
    REQUIRE(reader
                .openData(QByteArray("ref;label;x\n"
                                     "A;\"Loyer; juin\";1\n"
                                     "B;\"Il a dit \"\"non\"\"\";2\n"
                                     "C;\"deux\r\nlignes\";3\n"
                                     "\n"
                                     "D;;\n"))
                .ok());
    const auto rows = readAll(reader);
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].fields.value(1) == QStringLiteral("Loyer; juin"));
    CHECK(rows[0].line == 2);
    CHECK(rows[1].fields.value(1) == QStringLiteral("Il a dit \"non\""));
    CHECK(rows[2].fields.value(1) == QStringLiteral("deux\r\nlignes"));
    CHECK(rows[2].line == 4);
    // The quoted line break moved the next row down a line, the blank line one more.
    CHECK(rows[3].line == 7);
    CHECK(rows[3].fields == QStringList{QStringLiteral("D"), QString(), QString()});
}

TEST_CASE("CSV: an unclosed quote is an error on the line where the field starts")
{
    CsvReader reader;
    REQUIRE(reader.openData(QByteArray("a;b\n1;2\n3;\"oops\n4;5\n")).ok());
    const auto rows = readAll(reader);
    CHECK(rows.size() == 1);
    CHECK(reader.errorLine() == 3);
    CHECK(reader.error().contains(QStringLiteral("not closed")));
}

TEST_CASE("CSV: a quote inside a quoted field must be doubled")
{
    SECTION("text after the closing quote")
    {
        CsvReader reader;
        REQUIRE(reader.openData(QByteArray("a;b\n1;\"abc\"def\"\n2;x\n")).ok());
        const auto rows = readAll(reader);
        CHECK(rows.isEmpty());
        CHECK(reader.errorLine() == 2);
        CHECK(reader.error().contains(QStringLiteral("not doubled")));
    }
    SECTION("reported on the line of the quote when the field spans lines")
    {
        CsvReader reader;
        REQUIRE(reader.openData(QByteArray("a;b\n1;\"one\ntwo\"x;\n")).ok());
        CHECK(readAll(reader).isEmpty());
        CHECK(reader.errorLine() == 3);
    }
    SECTION("spaces after the closing quote are fine")
    {
        CsvReader reader;
        REQUIRE(reader.openData(QByteArray("a;b\n1;\"abc\"  \n")).ok());
        const auto rows = readAll(reader);
        REQUIRE(rows.size() == 1);
        CHECK(rows[0].fields.value(1) == QStringLiteral("abc"));
        CHECK(reader.error().isEmpty());
    }
    SECTION("a quote left open at the end of the file")
    {
        CsvReader reader;
        REQUIRE(reader.openData(QByteArray("a;b\n1;2\n3;\"abc")).ok());
        CHECK(readAll(reader).size() == 1);
        CHECK(reader.errorLine() == 3);
        CHECK(reader.error().contains(QStringLiteral("not closed")));
    }
}

TEST_CASE("CSV: rows say how many fields they have, and huge ones cost no memory")
{
    CsvReader reader;
    const QByteArray huge(1024 * 1024, 'x');
    REQUIRE(reader.openData("a;b\n1\n1;" + huge + "\n" + QByteArray(100000, ';') + "\n").ok());
    const auto rows = readAll(reader);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].fieldCount == 1);
    CHECK(rows[1].fieldCount == 2);
    // Cut just past the bound: still longer than any column accepts.
    CHECK(rows[1].fields.value(1).size() == CsvReader::maxFieldBytes + 1);
    CHECK(rows[2].fieldCount == 100001);
    CHECK(rows[2].fields.size() == 3);
}

TEST_CASE("CSV: a file that ends in the middle of a line is noticed")
{
    CsvReader cut;
    REQUIRE(cut.openData(QByteArray("a;b\n1;2\n3;4")).ok());
    CHECK(readAll(cut).size() == 2);
    CHECK(cut.unterminatedLastLine() == 3);

    CsvReader whole;
    REQUIRE(whole.openData(QByteArray("a;b\n1;2\n3;4\r\n")).ok());
    CHECK(readAll(whole).size() == 2);
    CHECK(whole.unterminatedLastLine() == 0);
}

TEST_CASE("CSV: a file over the size bound is refused before it is read")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("a;b\n");
    // Sparse: no disk space used.
    REQUIRE(f.resize(CsvReader::maxFileBytes + 1));
    f.close();
    CsvReader reader;
    const Status s = reader.open(path);
    CHECK_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("larger than 512 MB")));
}

TEST_CASE("CSV: files that are not UTF-8 or Windows-1252 text are refused with the line")
{
    SECTION("bytes undefined in Windows-1252")
    {
        CsvReader reader;
        CHECK_FALSE(reader.openData(QByteArray("a;b\n1;2\n3;\x81\x8D\n")).ok());
        CHECK(reader.errorLine() == 3);
    }
    SECTION("UTF-8 mixed with Latin-1")
    {
        CsvReader reader;
        const Status s = reader.openData(QByteArray("a;b\n1;\xC3\xA9t\xC3\xA9\n2;\xE9t\xE9\n"));
        CHECK_FALSE(s.ok());
        CHECK(reader.errorLine() == 3);
        CHECK(s.error().contains(QStringLiteral("mixes")));
    }
    SECTION("UTF-16")
    {
        CsvReader reader;
        CHECK_FALSE(reader.openData(QByteArray("\xFF\xFEr\0e\0f\0", 8)).ok());
    }
    SECTION("binary")
    {
        CsvReader reader;
        CHECK_FALSE(reader.openData(QByteArray("PK\x03\x04\x14\0\0\0", 8)).ok());
    }
    SECTION("empty")
    {
        CsvReader reader;
        CHECK_FALSE(reader.openData(QByteArray()).ok());
    }
}

TEST_CASE("CSV: a file on disk is read the same as bytes in memory")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.csv"));
    TestSupport::writeFile(path, QByteArray("a;b\n1;\"x\ny\"\n2;z"));
    CsvReader reader;
    REQUIRE(reader.open(path).ok());
    const auto rows = readAll(reader);
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].line == 4);
    CHECK(rows[1].fields.value(1) == QStringLiteral("z"));
    CHECK(reader.position() == reader.size());
}

TEST_CASE("Column names ignore case, accents and separators")
{
    CHECK(ColumnMap::normalise(QStringLiteral("Date d'échéance")) ==
          ColumnMap::normalise(QStringLiteral("dated_echeance")));
    CHECK(ColumnMap::normalise(QStringLiteral("DUE-DATE")) == QStringLiteral("duedate"));
    CHECK(ColumnMap::normalise(QStringLiteral("N° Pièce")) == QStringLiteral("npiece"));
    CHECK(ColumnMap::normalise(QStringLiteral("E-mail")) == QStringLiteral("email"));
}

TEST_CASE("CSV: rows read as bytes give the same lines and values as decoded rows")
{
    // The ledger imports read rows as bytes (nextRaw, text, value): every
    // field must come out as next() and ColumnMap::value() give it, in
    // both encodings, quoted or not, with the blank lines skipped alike
    // (a line of one no-break space too).
    const QByteArray utf8("ref;label;amount\r\n"
                          "A; Loyer juin ;\"1 013,50\"\r\n"
                          "B;\"Il a dit \"\"non\"\"; \";2\r\n"
                          "C;\"deux\nlignes\";\"\"\r\n"
                          "\r\n"
                          "\xC2\xA0\r\n"
                          "D;\xC2\xA0Hélène\xC2\xA0;-3.5\r\n"
                          "E;  ;;extra\r\n"
                          "F;\"\";4");
    QByteArray cp1252 = QByteArray("ref;label\n"
                                   "A;\xA0"
                                   "caf\xE9\xA0\n"
                                   "\xA0\n"
                                   "B; \x80 5 \n");
    for (const QByteArray& data : {utf8, cp1252}) {
        CsvReader decoded;
        CsvReader raw;
        REQUIRE(decoded.openData(data).ok());
        REQUIRE(raw.openData(data).ok());
        CsvReader::Record d;
        CsvReader::RawRecord r;
        int rows = 0;
        while (decoded.next(d)) {
            REQUIRE(raw.nextRaw(r));
            ++rows;
            CHECK(r.line == d.line);
            CHECK(r.fieldCount == d.fieldCount);
            REQUIRE(r.fields.size() == d.fields.size());
            for (int i = 0; i < d.fields.size(); ++i) {
                CHECK(raw.text(r.fields.at(i)) == ColumnMap::value(d.fields, i));
                CHECK(raw.value(r, i).text() == ColumnMap::value(d.fields, i));
                CHECK(raw.value(r, i).isEmpty() == ColumnMap::value(d.fields, i).isEmpty());
            }
        }
        CHECK_FALSE(raw.nextRaw(r));
        CHECK(rows == (data == utf8 ? 6 : 2));
        CHECK(raw.unterminatedLastLine() == decoded.unterminatedLastLine());
    }
}

TEST_CASE("FEC: rows read as bytes are cut at every delimiter and line break")
{
    // A FEC (no quoting) is cut 64 bytes at a time: fields of 0 to 70
    // bytes put their ends at every place of a block and across blocks;
    // LF, CRLF and CR end lines, blank lines are skipped, fields past the
    // header's count + 1 are counted, not kept, and a '"' is text. The
    // expected rows come from a plain split.
    QByteArray data("a|b|c|d|e\n");
    const char* const breaks[] = {"\n", "\r\n", "\r"};
    for (int row = 0; row < 300; ++row) {
        const int fields = row % 17 == 0 ? 8 : 5;
        for (int k = 0; k < fields; ++k) {
            if (k > 0)
                data += '|';
            const int length = (row * 7 + k * 13) % 71;
            for (int i = 0; i < length; ++i)
                data += i % 23 == 5 ? '"' : char('a' + (row + i) % 26);
        }
        data += breaks[row % 3];
        if (row % 50 == 0)
            data += "\n";
    }
    data += "last|x|y|z|w"; // no final line break
    QList<QList<QByteArray>> expected;
    QList<int> lines;
    int line = 1;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= data.size(); ++i) {
        const bool atEnd = i == data.size();
        if (!atEnd && data[i] != '\n' && data[i] != '\r')
            continue;
        const QByteArray text = data.mid(start, i - start);
        if (line > 1 && !text.isEmpty()) {
            expected.append(text.split('|'));
            lines.append(line);
        }
        if (!atEnd && data[i] == '\r' && i + 1 < data.size() && data[i + 1] == '\n')
            ++i;
        start = i + 1;
        ++line;
    }
    CsvReader reader(CsvReader::Dialect{QByteArrayLiteral("|\t"), false, true});
    REQUIRE(reader.openData(data).ok());
    CsvReader::RawRecord r;
    for (qsizetype row = 0; row < expected.size(); ++row) {
        REQUIRE(reader.nextRaw(r));
        CHECK(r.line == lines.at(row));
        const QList<QByteArray>& fields = expected.at(row);
        CHECK(r.fieldCount == fields.size());
        REQUIRE(r.fields.size() == qMin<qsizetype>(fields.size(), 6));
        for (qsizetype k = 0; k < r.fields.size(); ++k)
            CHECK(r.fields.at(k) == fields.at(k));
    }
    CHECK_FALSE(reader.nextRaw(r));
    CHECK(reader.unterminatedLastLine() == lines.last());
    CHECK(expected.size() == 301);
}

namespace {

// Every row of `data` checked on its decoded text and on its bytes: the
// same answer row by row; the reports of both, in that order.
std::pair<ImportReport, ImportReport> checkedBothWays(const ColumnMap& map, const QByteArray& data)
{
    CsvReader decoded;
    CsvReader raw;
    REQUIRE(decoded.openData(data).ok());
    REQUIRE(raw.openData(data).ok());
    CsvReader::Record d;
    CsvReader::RawRecord r;
    ImportReport fromDecoded;
    ImportReport fromBytes;
    while (decoded.next(d)) {
        REQUIRE(raw.nextRaw(r));
        CHECK(map.checkRow(d, fromDecoded) == map.checkRow(r, raw, fromBytes));
    }
    return {fromDecoded, fromBytes};
}

} // namespace

TEST_CASE("CSV: a row's lengths and line breaks are checked the same on bytes")
{
    // ColumnMap::checkRow on a row read as bytes reports what it reports
    // on the decoded row: the same errors, in the same order.
    QList<ColumnMap::Column> columns{{QStringLiteral("ref"), true, {}, 4},
                                     {QStringLiteral("label"), false, {}, 6},
                                     {QStringLiteral("notes"), false, {}, 8, true}};
    const QByteArray data(
        "ref;label;notes\n"
        "ABCD;123456;\"a\nb\"\n"
        "ABCDE;\"x\ny\";ok\n"
        "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9;\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
        "\xC3\xA9\xC3\xA9;\n"
        "A;\"x\xE2\x80\xA8y\";  \n"
        // UTF-8 between ASCII ends, checked without decoding: € is one
        // character in three bytes, 😀 two (UTF-16) in four; NEL (C2 85) and
        // U+2029 are line breaks, Å (C3 85) is not; a no-break space at an
        // end is trimmed (decoded then).
        "B;a\xE2\x82\xAC\xE2\x82\xAC\xE2\x82\xAC\xE2\x82\xAC"
        "b;\n"
        "C;a\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
        "b;\n"
        "D;a\xF0\x9F\x98\x80\xF0\x9F\x98\x80"
        "b;\n"
        "E;a\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80"
        "b;\n"
        "F;a\xC2\x85"
        "b;\n"
        "G;a\xC3\x85"
        "b;\n"
        "H;a\xE2\x80\xA9"
        "b;\n"
        "I;a\xE2\x80\xA8\xE2\x80\xA8\xE2\x80\xA8\xE2\x80\xA8\xE2\x80\xA8"
        "b;\n"
        " J ;\xC2\xA0"
        "abcdef\xC2\xA0;\n");
    CsvReader header;
    REQUIRE(header.openData(data).ok());
    ImportReport headerReport;
    ColumnMap map(columns);
    map.map(header.header().fields, headerReport);
    const auto [fromDecoded, fromBytes] = checkedBothWays(map, data);
    CHECK(fromBytes.errorLines() == fromDecoded.errorLines());
    REQUIRE(fromBytes.errors.size() == fromDecoded.errors.size());
    for (qsizetype i = 0; i < fromBytes.errors.size(); ++i) {
        CHECK(fromBytes.errors.at(i).column == fromDecoded.errors.at(i).column);
        CHECK(fromBytes.errors.at(i).message == fromDecoded.errors.at(i).message);
    }
    // Rows 2 to 4: a ref too long and a break in the label; a label too
    // long in characters (a ref of 4 characters in 8 bytes is not); U+2028
    // in the label. Then C and E: labels of 7 and 8 characters; F and H:
    // NEL and U+2029; I: too long (said before the breaks). Lines are
    // physical lines (rows 1 and 2 span two).
    CHECK(fromBytes.errors.size() == 9);
    QList<int> lines;
    for (const ImportIssue& e : std::as_const(fromBytes.errors))
        lines.append(e.line);
    CHECK(lines == QList<int>{4, 4, 6, 7, 9, 11, 12, 14, 15});

    // Windows-1252: 0x85 is « … », no line break; é one byte.
    const QByteArray cp1252("ref;label;notes\n"
                            "A;a\x85\x85\x85\x85"
                            "b;\n"
                            "B;\xE9\xE9\xE9\xE9\xE9\xE9\xE9;\n"
                            "C;a\x85\x85\x85\x85\x85\x85"
                            "b;\n");
    CsvReader raw1252;
    REQUIRE(raw1252.openData(cp1252).ok());
    REQUIRE(raw1252.encoding() == CsvReader::Encoding::Windows1252);
    const auto [fromDecoded1252, fromBytes1252] = checkedBothWays(map, cp1252);
    CHECK(fromBytes1252.errors == fromDecoded1252.errors);
    // B and C: 7 and 8 characters.
    QList<int> lines1252;
    for (const ImportIssue& e : std::as_const(fromBytes1252.errors))
        lines1252.append(e.line);
    CHECK(lines1252 == QList<int>{3, 4});
}

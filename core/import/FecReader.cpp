#include "FecReader.h"

#include "FecLettrage.h"
#include "ImportReport.h"
#include "ImportValues.h"

namespace {

QList<ColumnMap::Column> fecColumns()
{
    using L = FieldLimits;
    auto col = [](const char* key, bool required, qsizetype maxLength, QStringList aliases = {}) {
        return ColumnMap::Column{QString::fromLatin1(key), required, std::move(aliases), maxLength};
    };
    // The norm's 18 columns. Those the import does not use are optional, so
    // that a file lacking them is still read; they are bounded loosely.
    return {
        col("JournalCode", true, L::ref),
        col("JournalLib", false, L::label),
        col("EcritureNum", true, L::ref),
        col("EcritureDate", true, L::word),
        col("CompteNum", true, L::ref),
        col("CompteLib", false, L::label),
        col("CompAuxNum", true, L::ref),
        col("CompAuxLib", false, L::name),
        col("PieceRef", false, L::label),
        col("PieceDate", false, L::word),
        col("EcritureLib", false, L::label),
        col("Debit", true, L::word),
        col("Credit", true, L::word),
        col("EcritureLet", false, L::ref,
            {QStringLiteral("EcrtureLet"), QStringLiteral("LettragePiece")}),
        col("DateLet", false, L::word),
        col("ValidDate", false, L::word),
        col("Montantdevise", false, L::word),
        col("Idevise", false, L::word),
    };
}

CsvReader::Dialect fecDialect()
{
    // No quoting in a FEC: a '"' in a label is text.
    return {QByteArrayLiteral("|\t"), false, true};
}

} // namespace

FecReader::FecReader(const FecSettings& settings, ImportReport& report)
    : m_settings(settings)
    , m_report(&report)
    , m_reader(fecDialect())
    , m_columns(fecColumns())
{
    m_cJournal = m_cJournalLib = m_cNum = m_cDate = m_cCompte = m_cAux = m_cAuxLib = m_cPieceDate =
        m_cLabel = m_cDebit = m_cCredit = m_cLet = m_cDateLet = -1;
}

bool FecReader::isFecHeader(const QStringList& names)
{
    QStringList normalised;
    for (const QString& n : names)
        normalised.append(ColumnMap::normalise(n));
    return normalised.contains(QLatin1String("journalcode")) &&
           normalised.contains(QLatin1String("ecriturenum")) &&
           normalised.contains(QLatin1String("comptenum"));
}

std::optional<QDate> FecReader::date(const QString& text, QString* error)
{
    const QString t = text.trimmed();
    if (t.size() == 8) {
        bool digits = true;
        for (const QChar c : t)
            digits = digits && c >= u'0' && c <= u'9';
        if (digits) {
            const QDate d(QStringView(t).left(4).toInt(), QStringView(t).mid(4, 2).toInt(),
                          QStringView(t).mid(6, 2).toInt());
            if (!d.isValid()) {
                if (error)
                    *error = tr("“%1” is not a date of the calendar").arg(t);
                return std::nullopt;
            }
            return d;
        }
    }
    if (auto d = ImportValues::date(t, nullptr))
        return d;
    if (error)
        *error = t.isEmpty() ? tr("the date is empty")
                             : tr("“%1” is not a date; write YYYYMMDD (or YYYY-MM-DD, "
                                  "DD/MM/YYYY)")
                                   .arg(t);
    return std::nullopt;
}

bool FecReader::open(const QString& path)
{
    if (!m_columns.openAndMap(m_reader, path, *m_report))
        return false;
    if (!m_report->errors.isEmpty())
        return false;
    const auto idx = [&](const char* key) {
        return m_columns.index(QString::fromLatin1(key));
    };
    m_cJournal = idx("JournalCode");
    m_cJournalLib = idx("JournalLib");
    m_cNum = idx("EcritureNum");
    m_cDate = idx("EcritureDate");
    m_cCompte = idx("CompteNum");
    m_cAux = idx("CompAuxNum");
    m_cAuxLib = idx("CompAuxLib");
    m_cPieceDate = idx("PieceDate");
    m_cLabel = idx("EcritureLib");
    m_cDebit = idx("Debit");
    m_cCredit = idx("Credit");
    m_cLet = idx("EcritureLet");
    m_cDateLet = idx("DateLet");
    m_prefixBytes.clear();
    m_prefixesAscii = true;
    for (const QString& prefix : m_settings.tenantPrefixes) {
        if (prefix.isEmpty())
            continue;
        for (const QChar c : prefix)
            m_prefixesAscii = m_prefixesAscii && c.unicode() < 0x80;
        m_prefixBytes.append(prefix.toLatin1());
    }
    m_haveRecord = m_reader.nextRaw(m_record);
    return true;
}

void FecReader::restart(ImportReport& report)
{
    m_report = &report;
    m_reader.rewind();
    m_skipped.fill(0);
    m_haveRecord = m_reader.nextRaw(m_record);
}

void FecReader::finish()
{
    ColumnMap::finish(m_reader, *m_report);
    for (int c = 0; c < 256; ++c)
        if (m_skipped[c] > 0)
            m_report->fecSkipped[c == 0 ? QStringLiteral("?") : QString(QChar(c))] += m_skipped[c];
}

template <typename Line>
void FecReader::readEntry(QByteArrayView& journal, QByteArrayView& number, Line&& line)
{
    // Views into the file (a FEC has no quoted field): valid while it is open.
    journal = rawValue(m_record, m_cJournal);
    number = rawValue(m_record, m_cNum);
    int position = 0;
    do {
        line(m_record, ++position);
        m_haveRecord = m_reader.nextRaw(m_record);
        if (++m_sinceRelease % 65536 == 0)
            m_reader.releaseRead();
    } while (m_haveRecord && rawValue(m_record, m_cNum) == number &&
             rawValue(m_record, m_cJournal) == journal);
}

bool FecReader::nextEntry(QList<FecLine>& tenantLines)
{
    tenantLines.clear();
    if (!m_haveRecord)
        return false;
    m_positions.clear();
    QByteArrayView journal, number;
    readEntry(journal, number, [&](const CsvReader::RawRecord& record, int position) {
        const qsizetype before = tenantLines.size();
        readLine(record, tenantLines);
        if (tenantLines.size() > before)
            m_positions.push_back(position);
    });
    if (tenantLines.isEmpty())
        return true;
    const QString base = entryRef(journal, number);
    for (qsizetype i = 0; i < tenantLines.size(); ++i)
        tenantLines[i].entryRef =
            tenantLines.size() == 1 ? base : base + u'/' + QString::number(m_positions.at(i));
    return true;
}

bool FecReader::nextLetteredEntry(QList<FecLetteredLine>& lines)
{
    lines.clear();
    if (!m_haveRecord)
        return false;
    m_positions.clear();
    int tenantLines = 0;
    QByteArrayView journal, number;
    readEntry(journal, number, [&](const CsvReader::RawRecord& record, int position) {
        FecLetteredLine l;
        bool tenant = false;
        if (readLetteredLine(record, tenant, l)) {
            lines.append(l);
            m_positions.push_back(position);
        }
        tenantLines += tenant ? 1 : 0;
    });
    if (lines.isEmpty())
        return true;
    // nextEntry()'s refs in UTF-8: the position is added when the entry has
    // several tenant lines, lettered or not.
    QByteArray journalBuffer, numberBuffer;
    m_refBase.resize(0);
    m_refBase += utf8(journal, journalBuffer);
    m_refBase += '/';
    m_refBase += utf8(number, numberBuffer);
    if (tenantLines == 1) {
        lines.first().entryRef = m_refBase;
        return true;
    }
    m_refs.resize(0);
    std::vector<qsizetype> ends;
    for (const int position : m_positions) {
        m_refs += m_refBase;
        m_refs += '/';
        m_refs += QByteArray::number(position);
        ends.push_back(m_refs.size());
    }
    // m_refs no longer grows: the views stay valid.
    for (qsizetype i = 0, from = 0; i < lines.size(); from = ends[size_t(i)], ++i)
        lines[i].entryRef = QByteArrayView(m_refs.constData() + from, ends[size_t(i)] - from);
    return true;
}

bool FecReader::isTenant(QByteArrayView compte, QByteArrayView aux)
{
    bool tenant = false;
    if (!aux.isEmpty()) {
        if (m_prefixesAscii) {
            // An ASCII prefix: the bytes of CompteNum (cut as decodeField()
            // cuts them) begin with it when its text does, in every encoding.
            const QByteArrayView c =
                compte.first(qMin(compte.size(), CsvReader::maxFieldBytes + 1));
            for (const QByteArray& prefix : std::as_const(m_prefixBytes))
                if (c.startsWith(prefix)) {
                    tenant = true;
                    break;
                }
        } else {
            const QString text = m_reader.decodeField(compte);
            for (const QString& prefix : m_settings.tenantPrefixes)
                if (!prefix.isEmpty() && text.startsWith(prefix)) {
                    tenant = true;
                    break;
                }
        }
    }
    if (!tenant) {
        // The class is the first digit; anything else is shown as "?".
        const auto c = compte.isEmpty() ? 0 : static_cast<unsigned char>(compte.at(0));
        ++m_skipped[c < 0x80 ? c : 0];
    }
    return tenant;
}

QString FecReader::entryRef(QByteArrayView journal, QByteArrayView number) const
{
    const auto ascii = [](QByteArrayView bytes) {
        uchar any = 0;
        for (const char c : bytes)
            any |= uchar(c);
        return any < 0x80 && bytes.size() <= CsvReader::maxFieldBytes + 1;
    };
    if (!ascii(journal) || !ascii(number))
        return m_reader.decodeField(journal) + u'/' + m_reader.decodeField(number);
    // One string, not three: ASCII reads the same in every encoding.
    QString ref(journal.size() + 1 + number.size(), Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(ref.data());
    for (const char c : journal)
        *out++ = char16_t(uchar(c));
    *out++ = u'/';
    for (const char c : number)
        *out++ = char16_t(uchar(c));
    return ref;
}

QByteArrayView FecReader::utf8(QByteArrayView text, QByteArray& buffer) const
{
    uchar any = 0;
    for (const char c : text)
        any |= uchar(c);
    if (any < 0x80 && text.size() <= CsvReader::maxFieldBytes + 1)
        return text;
    buffer = m_reader.decodeField(text).toUtf8();
    return buffer;
}

bool FecReader::readLetteredLine(const CsvReader::RawRecord& raw, bool& tenant,
                                 FecLetteredLine& out)
{
    // What readLine() reads of a lettered line, in the same order, and the
    // same lines refused; only no text is kept.
    tenant = false;
    if (!m_columns.checkFieldCount(raw.line, raw.fieldCount, *m_report))
        return false;
    const QByteArrayView aux = rawValue(raw, m_cAux);
    if (!isTenant(rawValue(raw, m_cCompte), aux))
        return false;
    tenant = true;
    ++m_report->fecTenantLines;
    if (rawValue(raw, m_cLet).isEmpty())
        return false;
    Values v;
    if (!readValues(raw, m_reader.value(raw, m_cJournal).isEmpty(), false, v))
        return false;
    // A code of spaces only (a no-break space) is no code.
    const CsvReader::Value code = m_reader.value(raw, m_cLet);
    if (code.isEmpty())
        return false;
    QByteArrayView codeUtf8;
    if (code.ascii)
        codeUtf8 = *code.ascii;
    else {
        m_codeUtf8 = code.decoded.toUtf8();
        codeUtf8 = m_codeUtf8;
    }
    out.line = raw.line;
    out.key = FecLettrage::key(utf8(aux, m_accountUtf8), codeUtf8);
    out.date = v.date;
    out.dateLet = v.dateLet;
    out.side = v.side;
    out.cents = v.amount.cents();
    return true;
}

void FecReader::readLine(const CsvReader::RawRecord& raw, QList<FecLine>& tenantLines)
{
    if (!m_columns.checkFieldCount(raw.line, raw.fieldCount, *m_report))
        return;
    const QByteArrayView aux = rawValue(raw, m_cAux);
    if (!isTenant(rawValue(raw, m_cCompte), aux))
        return;
    ++m_report->fecTenantLines;

    FecLine& l = tenantLines.emplace_back();
    l.line = raw.line;
    // Only a tenant's values are kept: only theirs are bounded.
    if (!m_columns.checkRow(raw, m_reader, *m_report)) {
        l.ok = false;
        return;
    }
    // Only the fields used are decoded, and dates and amounts in their
    // usual forms are read from the bytes. The texts repeat from line to
    // line (journal, tenant, label): made once, shared after.
    const auto text = [&](RecentTexts& recent, int column) -> const QString& {
        const QByteArrayView field =
            column >= 0 && column < raw.fields.size() ? raw.fields.at(column) : QByteArrayView();
        return recent.text(field, [&] { return m_reader.value(raw, column).text(); });
    };
    l.account = m_accounts.text(aux, [&] { return m_reader.decodeField(aux); });
    l.journalCode = text(m_journals, m_cJournal);
    l.journalLabel = text(m_journalLabels, m_cJournalLib);
    l.accountName = text(m_accountNames, m_cAuxLib);
    l.label = text(m_labels, m_cLabel);
    l.lettrage = text(m_lettrages, m_cLet);
    Values v;
    l.ok = readValues(raw, l.journalCode.isEmpty(), true, v);
    l.date = v.date;
    l.pieceDate = v.pieceDate;
    l.dateLet = v.dateLet;
    l.side = v.side;
    l.amount = v.amount;
}

bool FecReader::readValues(const CsvReader::RawRecord& raw, bool journalEmpty, bool pieceDate,
                           Values& values)
{
    const int line = raw.line;
    const qsizetype errorsBefore = m_report->errors.size();
    QString why;
    const auto error = [&](const char* column, const QString& message) {
        m_report->addError(line, QString::fromLatin1(column), message);
    };
    const auto value = [&](int column) {
        return m_reader.value(raw, column);
    };
    const auto readDate = [&](const CsvReader::Value& v) -> std::optional<QDate> {
        if (v.ascii) {
            if (auto d = ImportValues::plainCompactDate(*v.ascii))
                return d;
            if (auto d = ImportValues::plainDate(*v.ascii))
                return d;
        }
        return date(v.text(), &why);
    };
    // "-" stands for nothing in some exports (PieceRef, PieceDate).
    const auto isNone = [](const CsvReader::Value& v) {
        return v.ascii ? v.ascii->isEmpty() || *v.ascii == "-" : v.decoded.isEmpty();
    };
    if (journalEmpty)
        error("JournalCode", tr("the journal code is empty"));
    if (value(m_cNum).isEmpty())
        error("EcritureNum", tr("the entry number is empty"));
    if (auto d = readDate(value(m_cDate)))
        values.date = *d;
    else
        error("EcritureDate", why);
    if (pieceDate)
        if (const CsvReader::Value v = value(m_cPieceDate); !isNone(v)) {
            if (auto d = readDate(v))
                values.pieceDate = *d;
            else
                error("PieceDate", why);
        }
    if (const CsvReader::Value v = value(m_cDateLet); !isNone(v)) {
        if (auto d = readDate(v))
            values.dateLet = *d;
        else
            error("DateLet", why);
    }

    // Signed amounts: some programs write a reversal as a negative debit.
    // What counts is debit − credit; exactly one of the two is given.
    Money debit, credit;
    bool valid = true;
    const auto read = [&](int column, const char* name, Money& target) {
        const CsvReader::Value v = value(column);
        if (v.isEmpty())
            return;
        if (v.ascii)
            if (auto m = ImportValues::plainAmount(*v.ascii)) {
                target = *m;
                return;
            }
        if (auto m = ImportValues::amount(v.text(), &why))
            target = *m;
        else {
            error(name, why);
            valid = false;
        }
    };
    read(m_cDebit, "Debit", debit);
    read(m_cCredit, "Credit", credit);
    if (valid) {
        if (!debit.isZero() && !credit.isZero())
            error("Debit/Credit",
                  tr("both a debit and a credit are given; a line is one or the other"));
        else if (debit.isZero() && credit.isZero())
            error("Debit/Credit", tr("neither a debit nor a credit is given"));
        else {
            const Money net = debit.isZero() ? -credit : debit;
            values.side = net.isNegative() ? Side::Credit : Side::Debit;
            values.amount = net.isNegative() ? -net : net;
        }
    }
    return m_report->errors.size() == errorsBefore;
}

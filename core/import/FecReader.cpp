#include "FecReader.h"

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

bool FecReader::nextEntry(QList<FecLine>& tenantLines)
{
    tenantLines.clear();
    if (!m_haveRecord)
        return false;
    const auto raw = [](const CsvReader::RawRecord& r, int column) {
        return column >= 0 && column < r.fields.size() ? r.fields.at(column).trimmed()
                                                       : QByteArrayView();
    };
    // Views into the file: valid while it is open.
    const QByteArrayView journal = raw(m_record, m_cJournal);
    const QByteArrayView number = raw(m_record, m_cNum);
    QList<int> positions;
    int position = 0;
    do {
        ++position;
        const qsizetype before = tenantLines.size();
        readLine(m_record, tenantLines);
        if (tenantLines.size() > before)
            positions.append(position);
        m_haveRecord = m_reader.nextRaw(m_record);
        if (++m_sinceRelease % 65536 == 0)
            m_reader.releaseRead();
    } while (m_haveRecord && raw(m_record, m_cNum) == number &&
             raw(m_record, m_cJournal) == journal);
    if (tenantLines.isEmpty())
        return true;
    const QString base = m_reader.decodeField(journal) + u'/' + m_reader.decodeField(number);
    for (qsizetype i = 0; i < tenantLines.size(); ++i)
        tenantLines[i].entryRef =
            tenantLines.size() == 1 ? base : base + u'/' + QString::number(positions.at(i));
    return true;
}

void FecReader::readLine(const CsvReader::RawRecord& raw, QList<FecLine>& tenantLines)
{
    if (!m_columns.checkFieldCount(raw.line, raw.fieldCount, *m_report))
        return;
    const auto rawValue = [&](int column) {
        return column >= 0 && column < raw.fields.size() ? raw.fields.at(column).trimmed()
                                                         : QByteArrayView();
    };
    const QByteArrayView aux = rawValue(m_cAux);
    const QByteArrayView compteBytes = rawValue(m_cCompte);
    bool tenant = false;
    if (!aux.isEmpty()) {
        const QString compte = m_reader.decodeField(compteBytes);
        for (const QString& prefix : m_settings.tenantPrefixes)
            if (!prefix.isEmpty() && compte.startsWith(prefix)) {
                tenant = true;
                break;
            }
    }
    if (!tenant) {
        // The class is the first digit; anything else is shown as "?".
        const auto c = compteBytes.isEmpty() ? 0 : static_cast<unsigned char>(compteBytes.at(0));
        ++m_skipped[c < 0x80 ? c : 0];
        return;
    }
    ++m_report->fecTenantLines;

    FecLine l;
    l.line = raw.line;
    // The values: in the first pass only those of lettered lines, and only
    // the fields the lettrage needs; in the second those the import uses,
    // the row bounded first by checkRow(). Only the fields used are
    // decoded, and dates and amounts in their usual forms are read from
    // the bytes.
    if (m_lettrageOnly) {
        if (rawValue(m_cLet).isEmpty()) {
            l.ok = false;
            tenantLines.append(std::move(l));
            return;
        }
    } else if (!m_columns.checkRow(raw, m_reader, *m_report)) {
        // Only a tenant's values are kept: only theirs are bounded.
        l.ok = false;
        tenantLines.append(std::move(l));
        return;
    }
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
    l.account = m_reader.decodeField(aux);
    l.journalCode = value(m_cJournal).text();
    if (!m_lettrageOnly) {
        l.journalLabel = value(m_cJournalLib).text();
        l.accountName = value(m_cAuxLib).text();
        l.label = value(m_cLabel).text();
    }
    l.lettrage = value(m_cLet).text();
    if (l.journalCode.isEmpty())
        error("JournalCode", tr("the journal code is empty"));
    if (value(m_cNum).isEmpty())
        error("EcritureNum", tr("the entry number is empty"));
    if (auto d = readDate(value(m_cDate)))
        l.date = *d;
    else
        error("EcritureDate", why);
    if (!m_lettrageOnly)
        if (const CsvReader::Value v = value(m_cPieceDate); !isNone(v)) {
            if (auto d = readDate(v))
                l.pieceDate = *d;
            else
                error("PieceDate", why);
        }
    if (const CsvReader::Value v = value(m_cDateLet); !isNone(v)) {
        if (auto d = readDate(v))
            l.dateLet = *d;
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
            l.side = net.isNegative() ? Side::Credit : Side::Debit;
            l.amount = net.isNegative() ? -net : net;
        }
    }
    l.ok = m_report->errors.size() == errorsBefore;
    tenantLines.append(std::move(l));
}

#pragma once

#include "ColumnMap.h"
#include "CsvReader.h"
#include "FecSettings.h"
#include "RecentTexts.h"
#include "money/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <vector>

struct ImportReport;

// One tenant line of a FEC, read and checked.
struct FecLine
{
    int line = 0;
    QString journalCode;
    QString journalLabel;
    QString account;     // CompAuxNum
    QString accountName; // CompAuxLib
    QString label;       // EcritureLib
    QString lettrage;    // EcritureLet
    QString entryRef;    // JournalCode/EcritureNum(/position)
    QDate date;          // EcritureDate
    QDate pieceDate;     // invalid when not given
    QDate dateLet;       // invalid when not given
    Side side = Side::Debit;
    Money amount;
    bool ok = true; // false when the line has errors (reported)
};

// One lettered tenant line as the first pass of the import needs it
// (FecLettrage): no text, the account and code as FecLettrage::key().
struct FecLetteredLine
{
    int line = 0;
    size_t key = 0;
    QDate date;
    QDate dateLet; // invalid when not given
    Side side = Side::Debit;
    qint64 cents = 0;
    QByteArrayView entryRef; // UTF-8; valid until the next nextLetteredEntry()
};

// Reads a FEC (import-formats.md « FEC ») entry by entry: '|' or tab, UTF-8,
// ISO-8859-15 or Windows-1252, header names in any case (EcritureLet also
// as EcrtureLet or LettragePiece). Only the tenant lines (CompteNum with a
// tenant prefix, CompAuxNum given) are read; the others are counted by
// account class in the report. Errors name the line and the FEC column.
//
// An entry is the run of consecutive lines with the same JournalCode and
// EcritureNum, as the norm writes them; its tenant lines get the entry_ref
// JournalCode/EcritureNum, plus /position (of the line within the entry)
// when the entry has several.
class FecReader
{
    Q_DECLARE_TR_FUNCTIONS(FecReader)

public:
    FecReader(const FecSettings& settings, ImportReport& report);

    // Back to the first line after the header, reporting into `report`
    // from now on (the first pass reports into a scratch report).
    void restart(ImportReport& report);

    // Opens the file and maps its header; false when it cannot be read or
    // lacks a required column (reported).
    bool open(const QString& path);
    // The tenant lines of the next entry (may be none); false at the end.
    bool nextEntry(QList<FecLine>& tenantLines);
    // For the first pass of the import (FecLettrage): the next entry's
    // lettered tenant lines that read without error (may be none); false at
    // the end. Their entry refs are nextEntry()'s, their values are read
    // and checked the same way, but not bounded (checkRow) and no text is
    // made: the first pass over 2.7 million lines costs little.
    bool nextLetteredEntry(QList<FecLetteredLine>& lines);
    // After the last entry: the reader's error or a cut last line.
    void finish();

    qint64 position() const { return m_reader.position(); }
    qint64 size() const { return m_reader.size(); }

    // The FEC column names, normalised: "journalcode", "ecriturenum"...
    static bool isFecHeader(const QStringList& names);
    // YYYYMMDD, YYYY-MM-DD or DD/MM/YYYY.
    static std::optional<QDate> date(const QString& text, QString* error);

private:
    // The values both passes read, checked in the same order (each error
    // reported); false when the line has errors.
    struct Values
    {
        QDate date;
        QDate pieceDate;
        QDate dateLet;
        Side side = Side::Debit;
        Money amount;
    };
    bool readValues(const CsvReader::RawRecord& raw, bool journalEmpty, bool pieceDate,
                    Values& values);
    // Calls `line(record, position)` for each line of the next entry; its
    // JournalCode and EcritureNum (trimmed bytes) in `journal`, `number`.
    template <typename Line>
    void readEntry(QByteArrayView& journal, QByteArrayView& number, Line&& line);
    // Counts the line as skipped when it is not a tenant's (CompteNum with
    // a tenant prefix, CompAuxNum given).
    bool isTenant(QByteArrayView compte, QByteArrayView aux);
    // The trimmed bytes of a field, empty when the column is missing.
    static QByteArrayView rawValue(const CsvReader::RawRecord& raw, int column)
    {
        return column >= 0 && column < raw.fields.size()
                   ? CsvReader::trimmedBytes(raw.fields.at(column))
                   : QByteArrayView();
    }
    void readLine(const CsvReader::RawRecord& raw, QList<FecLine>& tenantLines);
    // False when not a lettered tenant line read without error (then
    // `tenant` tells whether it is a tenant line all the same).
    bool readLetteredLine(const CsvReader::RawRecord& raw, bool& tenant, FecLetteredLine& out);
    QString entryRef(QByteArrayView journal, QByteArrayView number) const;
    // A field's text (or bytes) in UTF-8, for FecLettrage.
    QByteArrayView utf8(QByteArrayView text, QByteArray& buffer) const;

    const FecSettings& m_settings;
    ImportReport* m_report;
    CsvReader m_reader;
    ColumnMap m_columns;
    CsvReader::RawRecord m_record; // read ahead: the first line of the next entry
    // Skipped lines by the first byte of CompteNum (the account class),
    // added to the report by finish(): no string per skipped line.
    std::array<int, 256> m_skipped{};
    bool m_haveRecord = false;
    int m_sinceRelease = 0;
    // The tenant prefixes as bytes, when they are all ASCII (compared with
    // the bytes of CompteNum, which decode to the same characters); else
    // CompteNum is decoded.
    QList<QByteArray> m_prefixBytes;
    bool m_prefixesAscii = true;
    std::vector<int> m_positions; // of the tenant lines within their entry
    QByteArray m_refBase, m_refs; // nextLetteredEntry()'s entry refs
    QByteArray m_accountUtf8, m_codeUtf8;
    RecentTexts m_accounts, m_accountNames, m_journals, m_journalLabels, m_labels, m_lettrages;
    int m_cJournal, m_cJournalLib, m_cNum, m_cDate, m_cCompte, m_cAux, m_cAuxLib, m_cPieceDate,
        m_cLabel, m_cDebit, m_cCredit, m_cLet, m_cDateLet;
};

#pragma once

#include "ColumnMap.h"
#include "CsvReader.h"
#include "FecSettings.h"
#include "money/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <array>

#include <optional>

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

    // For the first pass of the import (FecLettrage): only the lettered
    // tenant lines are read; the others are returned unread (ok false),
    // so that the entry refs are the same; values are not bounded.
    void setLettrageOnly(bool only) { m_lettrageOnly = only; }
    // Back to the first line after the header, reporting into `report`
    // from now on (the first pass reports into a scratch report).
    void restart(ImportReport& report);

    // Opens the file and maps its header; false when it cannot be read or
    // lacks a required column (reported).
    bool open(const QString& path);
    // The tenant lines of the next entry (may be none); false at the end.
    bool nextEntry(QList<FecLine>& tenantLines);
    // After the last entry: the reader's error or a cut last line.
    void finish();

    qint64 position() const { return m_reader.position(); }
    qint64 size() const { return m_reader.size(); }

    // The FEC column names, normalised: "journalcode", "ecriturenum"...
    static bool isFecHeader(const QStringList& names);
    // YYYYMMDD, YYYY-MM-DD or DD/MM/YYYY.
    static std::optional<QDate> date(const QString& text, QString* error);

private:
    void readLine(const CsvReader::RawRecord& raw, QList<FecLine>& tenantLines);

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
    bool m_lettrageOnly = false;
    int m_cJournal, m_cJournalLib, m_cNum, m_cDate, m_cCompte, m_cAux, m_cAuxLib, m_cPieceDate,
        m_cLabel, m_cDebit, m_cCredit, m_cLet, m_cDateLet;
};

#pragma once

#include "DossierContent.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class Database;

// What was written: the dossier's own pages, then the copies appended.
struct DossierWritten
{
    int ownPages = 0;
    int appendedLetters = 0;
    int missingLetters = 0; // listed « copy not found » instead
};

// The hand-off to the commissaire de justice (recovery-path.md « Hand-off »):
// one PDF for an account as of D with the cover letter, the identities, the
// lease, the month-by-month statement, the reminders, the case file's
// events and the copies of the letters sent (their stored PDFs, appended
// with qpdf), and on request the statement as CSV. It records nothing: the
// face asks whether the file was sent and records `handed_to_commissaire`
// through CaseFile.
class CommissaireDossier
{
    Q_DECLARE_TR_FUNCTIONS(CommissaireDossier)

public:
    explicit CommissaireDossier(const Database& db)
        : m_db(db)
    {}

    // Reads everything as of `asOf`. `language` "fr" or "en"; empty: the
    // language of the user interface (QLocale's default).
    Result<DossierContent> load(const QString& ref, QDate asOf, const QString& language = {}) const;
    Result<DossierContent> load(qint64 accountId, QDate asOf, const QString& language = {}) const;

    // Writes the PDF (and the CSV when `csvPath` is not empty). Every file
    // is written under a temporary name beside it and renamed at the end:
    // on any failure nothing is left under the names given.
    static Result<DossierWritten> write(const DossierContent& dossier, const QString& pdfPath,
                                        const QString& csvPath = {});

    // « dossier-LOC0042-2026-11-23.pdf » (plain ASCII whatever the ref).
    static QString fileName(const DossierContent& dossier, const QString& extension);

private:
    const Database& m_db;
};

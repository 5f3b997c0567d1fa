#pragma once

#include "reminders/ReminderLetter.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

class Database;

struct LetterOutputOptions
{
    QString outDir;      // one PDF per letter in this folder (empty: none)
    QString mergedPath;  // the merged PDF of the whole run (empty: none)
    QString printerName; // print the run on this printer (empty: don't print)
    int copies = 1;      // as chosen in the print dialog
    bool duplex = false; // both sides of the sheet
    // Letters written to PDF only leave the print batch ("generated") unless
    // this is set: automation renders PDFs for the e-mails, but the paper
    // letters still have to be printed.
    bool keepInPrintBatch = false;
    // Only the letters still owed: those "to print" that have no PDF yet
    // (a run that was stopped before its letters were written). Finishing a
    // run this way never writes or prints a letter twice.
    bool onlyUnwritten = false;
    // Called after each letter is drawn (done, total); may be empty.
    std::function<void(int, int)> progress;
    // Polled between letters; returning true stops with a failure that says
    // so (nothing is recorded as printed). May be empty.
    std::function<bool()> cancelled;
    // How many threads draw the letters, each its own part of the run
    // (0: one per core). Fewer are used for a short run.
    int threads = 0;
};

// Where a production's time went, in CPU seconds of the threads that did
// the work, summed (wall-clock time on a shared machine would mislead):
// merging the templates and placing the text, drawing into Qt's PDF writer
// (its file written), qpdf cutting one file per letter, qpdf writing the
// merged file.
struct LetterTimings
{
    int threads = 0;
    double layout = 0;
    double writing = 0;
    double splitting = 0;
    double merging = 0;
};

struct LetterOutput
{
    int letters = 0;
    int pages = 0;
    QString mergedPath;
    QStringList files; // one per letter, in the order of the run
    bool printed = false;
    LetterTimings timings;
};

// Produces the paper side of a run: reads its reminders and letters (the
// snapshot engine-run recorded), merges each letter's template, draws every
// letter once into one merged PDF/A-1b, splits it into one PDF per letter
// (records the absolute path in letters.file_path), and prints it when asked
// (letters then become "printed"; written to PDF only, "generated"). Every
// file gets its final name only once complete (PdfScratch), and the letters
// are recorded as written all together, in one transaction, at the end.
class LetterProducer
{
    Q_DECLARE_TR_FUNCTIONS(LetterProducer)

public:
    static Result<LetterOutput> produceRun(const Database& db, qint64 runId,
                                           const LetterOutputOptions& options);
    // The same for chosen letters of any runs (e.g. the pending print batch,
    // as ReminderRepository lists them).
    // Where a run's letters are kept, one PDF each (the e-mails attach them
    // and the history opens them): "letters/run-N" beside the database file.
    static QString runFolder(const Database& db, qint64 runId);
    // Where letters printed later from the print batch are kept.
    static QString batchFolder(const Database& db, const QDateTime& when);

    static Result<LetterOutput> produceLetters(const Database& db,
                                               const QList<ReminderLetter>& letters,
                                               const LetterOutputOptions& options);
};

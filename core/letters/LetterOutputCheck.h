#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

struct LetterOutputOptions;

// Checks, before a run records anything, that its letters can go where they
// are asked to go: the folder exists (or is created) and takes files, the
// merged PDF is a file in a folder that takes files, the printer exists, and
// the disk has room. A run that records its reminders and then cannot write
// their letters leaves work half-done; this makes most such runs refused
// instead, with a sentence saying what to change.
class LetterOutputCheck
{
    Q_DECLARE_TR_FUNCTIONS(LetterOutputCheck)

public:
    // Below this much free space a run is refused (a letter is 10–50 KB; the
    // merged file and the split files about double it).
    static constexpr qint64 minimumFreeBytes = 32 * 1024 * 1024;

    static Status check(const LetterOutputOptions& options);
    // The folder exists or can be created, and a file can be written in it.
    static Status checkFolder(const QString& dir);
    static Status checkPrinter(const QString& printerName);
};

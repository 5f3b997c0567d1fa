#pragma once

#include <QString>

// Where letters are written before they get their final name. Every file a
// run writes is first written under a temporary name in the same folder
// (".relance-<pid>-…") and then renamed: a run killed in the middle, or a
// full disk, never leaves a truncated PDF under a letter's name. What a
// killed process left behind is removed by the next one that writes in the
// same folder (only entries of processes that no longer run).
namespace PdfScratch {

// The prefix of every temporary entry this process makes.
QString prefix();
// A temporary file name beside `finalPath`.
QString tempPathFor(const QString& finalPath);
// Moves `tempPath` to `finalPath`, replacing it, in one step.
bool commit(const QString& tempPath, const QString& finalPath);
// Removes the temporary files and folders of dead processes in `dir`.
void removeStale(const QString& dir);

// Fault injection for tests only: with RELANCE_TEST_ABORT_AFTER_LETTERS=N in
// the environment, the process kills itself (SIGKILL, as `kill -9`) at the
// N-th step of producing letters (each letter drawn, each letter's file
// written, and the moment before the letters are recorded as written). Never
// set it in production; unset (the normal case) it does nothing.
void testAbortPoint();

} // namespace PdfScratch

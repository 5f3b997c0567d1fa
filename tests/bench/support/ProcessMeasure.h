#pragma once

#include <QString>
#include <QStringList>

// One program run measured alone: wall time, its own CPU time (what the
// figure would be on an idle machine) and its own peak resident memory
// (wait4 gives the child's rusage, not the sum of all).
struct ProcessMeasure
{
    double seconds = 0;
    double cpuSeconds = 0;
    long peakKb = 0;
    int exitCode = -1;

    bool ok() const { return exitCode == 0; }
    double peakMb() const { return double(peakKb) / 1024.0; }

    // `argv[0]` is the program. Its standard output goes to `stdoutPath`
    // and its errors to `stderrPath` (empty: /dev/null).
    static ProcessMeasure run(const QStringList& argv, const QString& stdoutPath = {},
                              const QString& stderrPath = {});
};

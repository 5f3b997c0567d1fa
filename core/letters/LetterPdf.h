#pragma once

#include "EnvelopeWindow.h"
#include "LetterContent.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Writes letters that are not part of a run (a test letter, the preview
// saved by hand) to one PDF file, drawn by the same LetterRenderer as the
// run's letters.
class LetterPdf
{
    Q_DECLARE_TR_FUNCTIONS(LetterPdf)

public:
    // `archival`: PDF/A-1b, like the letters of a run (a letter kept as a
    // record, such as a payment plan's agreement).
    static Status write(const QList<LetterContent>& letters, const EnvelopeWindow& window,
                        const QString& path, const QString& title, bool archival = false);
};

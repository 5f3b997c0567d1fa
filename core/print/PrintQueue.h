#pragma once

#include "PrintJob.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

// The system's print queues (CUPS): which printers exist, and printing a
// finished PDF on one of them. The letters are drawn once, into a PDF, by
// LetterRenderer; paper is that same PDF handed to the queue, so what is
// printed is what is archived and previewed. This is all the letters know
// of printing: no QPrinter, hence no Qt Widgets in relance-cli.
class PrintQueue
{
    Q_DECLARE_TR_FUNCTIONS(PrintQueue)

public:
    // The names a print job may name ("queue" or "queue/instance"), as the
    // print dialog (QPrinterInfo) lists them: both ask CUPS.
    static QStringList printerNames();
    // Hands the PDF to the queue; returns once the print system holds a copy
    // of it, so the file may be removed afterwards.
    static Status print(const QString& pdfPath, const PrintJob& job);
};

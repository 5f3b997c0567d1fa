#pragma once

#include <QString>

// What a print queue needs to print a finished PDF as the user asked in the
// print dialog or on the command line.
struct PrintJob
{
    QString printer;                      // the queue, as PrintQueue::printerNames() lists it
    QString title;                        // shown in the queue (« Reminder run 12 »)
    int copies = 1;                       // at least one
    bool duplex = false;                  // both sides of the sheet (long edge)
    QString media = QStringLiteral("A4"); // the letters' paper size
};

#pragma once

#include "OwnerStatement.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QPainter;
class QPagedPaintDevice;

// What a batch of statements wrote.
struct OwnerStatementFiles
{
    QStringList paths; // one per statement, in the statements' order
    QString merged;    // every statement, to print in one go
    int pages = 0;
};

// A landlord's statement on A4 pages (the letters' conventions through
// ReportCanvas, PDF/A-1b): the owner's name and address, the tenants in
// arrears (ref, name, lot, overdue, days in arrears, total), then for each
// tenant the reminders sent in the current arrears period and the next
// step.
class OwnerStatementPdf
{
    Q_DECLARE_TR_FUNCTIONS(OwnerStatementPdf)

public:
    // « Relevé des impayés au 30 novembre 2026 »
    static QString title(const OwnerStatements& all);
    static int paint(QPainter& painter, QPagedPaintDevice& device, const OwnerStatements& all,
                     const OwnerStatement& statement, bool startOnNewPage = false);

    // ASCII, from the owner's ref: « releve-PROP0042-2026-11-30.pdf ».
    static QString fileName(const OwnerStatement& statement);
    // « releves-2026-11-30.pdf »
    static QString mergedFileName(QDate asOf);

    // Every statement into `dir` (created if needed), one file per owner
    // and the merged file; drawn once, then split (PdfFinisher).
    static Result<OwnerStatementFiles> writeAll(const OwnerStatements& all, const QString& dir);
};

#pragma once

#include "RecoveryReportContent.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

class QPainter;
class QPagedPaintDevice;

// The agency's monthly recovery report (issue 15): the dashboard's figures
// and charts on A4 pages, then the debtors grouped by the age of their
// arrears. Drawn with the letters' conventions (ReportCanvas) and written
// as PDF/A-1b with the letters' metadata (Title, Author: the agency,
// Subject), like every PDF Relance keeps.
class RecoveryReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryReportPdf)

public:
    // « Rapport de recouvrement au 30 novembre 2026 »
    static QString title(const RecoveryReportContent& report);
    // Paints every page, the first on the device's current page; returns
    // how many were drawn.
    static int paint(QPainter& painter, QPagedPaintDevice& device,
                     const RecoveryReportContent& report);
    // Writes the report to `path` (under a temporary name, then renamed:
    // a failure never leaves half a file under that name).
    static Result<int> write(const RecoveryReportContent& report, const QString& path);
};

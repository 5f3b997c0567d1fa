#pragma once

#include "letters/PdfFinisher.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QPainter;
class QPagedPaintDevice;

// Writes a report as the letters are written: a QPdfWriter at 600 dpi
// making PDF/A-1b on A4 pages with no margins (LetterRenderer::preparePage),
// then qpdf (PdfFinisher) for the Author and Subject Qt does not write. The
// file appears under its name only once complete.
class ReportPdfFile
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdfFile)

public:
    // Returns how many pages `paint` drew.
    using Paint = std::function<int(QPainter&, QPagedPaintDevice&)>;

    static Result<int> write(const QString& path, const PdfMetadata& meta, const Paint& paint);
    // Draws into Qt's file `qtPath` only (PdfFinisher finishes it): a
    // batch draws every document into one file, then splits it.
    static Result<int> draw(const QString& qtPath, const QString& finalPath, const QString& title,
                            const Paint& paint);
};

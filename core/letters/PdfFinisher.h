#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

// The document information every file carries (pdfinfo's Title, Author,
// Subject), written both in the Info dictionary and in the XMP metadata, as
// PDF/A-1b requires them to agree.
struct PdfMetadata
{
    QString title;
    QString author; // the agency
    QString subject;
    QString creator = QStringLiteral("Relance");
    QDateTime created = QDateTime::currentDateTimeUtc();
};

// One letter's pages in the merged file, and where its own PDF goes.
struct PdfPart
{
    int firstPage = 0; // 0-based
    int pageCount = 0;
    QString path;
    QString title;
};

// Finishes what Qt wrote: Qt's PDF/A-1b output has no Author or Subject, so
// qpdf (the engine of `qpdf --split-pages`) rewrites the merged file with the
// full metadata and cuts it into one file per letter. Each part gets the
// pages, the fonts they use (embedded), the PDF/A output intent and its own
// title: this is an order of magnitude faster than drawing every letter a
// second time into its own QPdfWriter.
class PdfFinisher
{
    Q_DECLARE_TR_FUNCTIONS(PdfFinisher)

public:
    // Reads `qtPdf`; writes `mergedPath` (if not empty) and every part.
    // `progress(done, total)` and `cancelled()` may be empty.
    static Status finish(const QString& qtPdf, const QString& mergedPath, const PdfMetadata& merged,
                         const QList<PdfPart>& parts,
                         const std::function<void(int, int)>& progress = {},
                         const std::function<bool()>& cancelled = {});
    // Writes `mergedPath` from several files Qt wrote (the chunks rendered
    // in parallel), pages in order, with the full metadata.
    static Status merge(const QStringList& qtPdfs, const QString& mergedPath,
                        const PdfMetadata& merged);
};

// The merged file built chunk by chunk as the drawing threads finish them
// (PdfFinisher::merge in steps): the pages of each chunk are taken in while
// the other chunks are still being drawn, and only the writing is left at
// the end. Chunks are added in the order of the letters.
class PdfMerger
{
public:
    explicit PdfMerger(const QString& mergedPath);
    ~PdfMerger();
    PdfMerger(const PdfMerger&) = delete;
    PdfMerger& operator=(const PdfMerger&) = delete;

    // Reads one file Qt wrote; its pages go after those added before.
    Status add(const QString& qtPdf);
    // Writes the merged file with every page added, and the full metadata.
    Status write(const PdfMetadata& merged);

private:
    QString m_path;
    struct Pages;
    std::unique_ptr<Pages> m_pages;
};

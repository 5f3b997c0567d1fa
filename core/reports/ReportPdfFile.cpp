#include "ReportPdfFile.h"

#include "letters/LetterRenderer.h"
#include "letters/PdfScratch.h"

#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>

Result<int> ReportPdfFile::draw(const QString& qtPath, const QString& finalPath,
                                const QString& title, const Paint& paint)
{
    using R = Result<int>;
    const auto cannotWrite = [&]() {
        QFile::remove(qtPath);
        return R::failure(ErrorKind::Storage,
                          tr("The file %1 cannot be written: check the folder and your rights on "
                             "it.")
                              .arg(finalPath));
    };
    int pages = 0;
    {
        QPdfWriter writer(qtPath);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Relance"));
        writer.setResolution(600);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        LetterRenderer::preparePage(writer);
        QPainter painter;
        if (!painter.begin(&writer))
            return cannotWrite();
        pages = paint(painter, writer);
        if (!painter.end())
            return cannotWrite();
    }
    if (QFileInfo(qtPath).size() == 0)
        return cannotWrite();
    return pages;
}

Result<int> ReportPdfFile::write(const QString& path, const PdfMetadata& meta, const Paint& paint)
{
    using R = Result<int>;
    // What a killed process left beside the output goes first.
    PdfScratch::removeStale(QFileInfo(path).absolutePath());
    const QString drawn = PdfScratch::tempPathFor(path);
    auto pages = draw(drawn, path, meta.title, paint);
    if (!pages)
        return pages;
    const QString finished = PdfScratch::tempPathFor(path);
    const Status merged = PdfFinisher::merge({drawn}, finished, meta);
    QFile::remove(drawn);
    if (!merged) {
        QFile::remove(finished);
        return R::failure(merged.kind(), merged.error());
    }
    if (!PdfScratch::commit(finished, path)) {
        QFile::remove(finished);
        return R::failure(ErrorKind::Storage, tr("The file %1 could not be written.").arg(path));
    }
    return pages;
}

#include "LetterPdf.h"

#include "LetterRenderer.h"
#include "PdfScratch.h"

#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>

Status LetterPdf::write(const QList<LetterContent>& letters, const EnvelopeWindow& window,
                        const QString& path, const QString& title, bool archival)
{
    if (letters.isEmpty())
        return Status::failure(tr("There is no letter to write."));
    // Written under a temporary name, then renamed: a full disk never leaves
    // a truncated file under the name the user chose.
    const QString temp = PdfScratch::tempPathFor(path);
    {
        QPdfWriter writer(temp);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Relance"));
        writer.setResolution(600);
        if (archival)
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        LetterRenderer::preparePage(writer);
        QPainter painter;
        if (!painter.begin(&writer)) {
            QFile::remove(temp);
            return Status::failure(
                tr("The file %1 cannot be written: check the folder and your rights on it.")
                    .arg(path));
        }
        const LetterRenderer renderer(window);
        for (int i = 0; i < letters.size(); ++i)
            renderer.render(painter, writer, letters.at(i), i > 0);
        if (!painter.end()) {
            QFile::remove(temp);
            return Status::failure(tr("The file %1 could not be written.").arg(path));
        }
    }
    if (QFileInfo(temp).size() == 0 || !PdfScratch::commit(temp, path)) {
        QFile::remove(temp);
        return Status::failure(tr("The file %1 could not be written.").arg(path));
    }
    return {};
}

#include "LetterPdf.h"

#include "LetterRenderer.h"

#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>

Status LetterPdf::write(const QList<LetterContent>& letters, const EnvelopeWindow& window,
                        const QString& path, const QString& title)
{
    if (letters.isEmpty())
        return Status::failure(tr("There is no letter to write."));
    {
        QPdfWriter writer(path);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Relance"));
        writer.setResolution(600);
        LetterRenderer::preparePage(writer);
        QPainter painter;
        if (!painter.begin(&writer))
            return Status::failure(
                tr("The file %1 cannot be written: check the folder and your rights on it.")
                    .arg(path));
        const LetterRenderer renderer(window);
        for (int i = 0; i < letters.size(); ++i)
            renderer.render(painter, writer, letters.at(i), i > 0);
        painter.end();
    }
    if (QFileInfo(path).size() == 0)
        return Status::failure(tr("The file %1 could not be written.").arg(path));
    return {};
}

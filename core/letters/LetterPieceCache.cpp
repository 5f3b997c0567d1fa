#include "LetterPieceCache.h"

#include "LetterFonts.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace {

std::shared_ptr<QTextDocument> makeDocument(const QString& html, QPaintDevice& device,
                                            double widthPx)
{
    auto doc = std::make_shared<QTextDocument>();
    doc->documentLayout()->setPaintDevice(&device);
    doc->setDefaultFont(LetterFonts::font(10));
    doc->setDocumentMargin(0);
    doc->setUndoRedoEnabled(false);
    // The layout scales CSS pixels (1/96 in) to the device: 8px = 6pt.
    doc->setDefaultStyleSheet(QStringLiteral("p { margin-top: 0px; margin-bottom: 8px; }"));
    // The width first: set after the text, it would lay the text out twice.
    doc->setTextWidth(widthPx);
    doc->setHtml(html);
    return doc;
}

QImage pngImage(const QByteArray& bytes)
{
    QImage img;
    if (!bytes.isEmpty())
        img.loadFromData(bytes, "PNG");
    // PDF/A-1 forbids transparency: flatten the image on white paper.
    if (!img.isNull() && img.hasAlphaChannel()) {
        QImage flat(img.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter p(&flat);
        p.drawImage(0, 0, img);
        p.end();
        img = flat;
    }
    return img;
}

} // namespace

std::shared_ptr<QTextDocument> LetterPieceCache::document(const QString& html, QPaintDevice& device,
                                                          double widthPx)
{
    // Most letters of a run share whole pieces of their body (the closing
    // paragraphs name the same deadline): such a piece is laid out once and
    // drawn again. A document is laid out for one device at one width.
    const QString key = QString::number(quintptr(&device)) + u'/' +
                        QString::number(device.logicalDpiX()) + u'/' +
                        QString::number(widthPx, 'g', 17) + u'/' + html;
    auto it = m_documents.constFind(key);
    if (it != m_documents.constEnd())
        return *it;
    if (m_documents.size() > 32)
        m_documents.clear();
    auto doc = makeDocument(html, device, widthPx);
    m_documents.insert(key, doc);
    return doc;
}

QImage LetterPieceCache::image(const QByteArray& png)
{
    if (png.isEmpty())
        return {};
    auto it = m_images.constFind(png);
    if (it != m_images.constEnd())
        return *it;
    if (m_images.size() > 16)
        m_images.clear();
    const QImage decoded = pngImage(png);
    m_images.insert(png, decoded);
    return decoded;
}

#include "DossierRenderer.h"

#include "DossierAnnex.h"
#include "letters/LetterRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace {

// The letters' margins (LetterRenderer): 20 mm on each side, the footer
// below 275 mm.
constexpr double leftMm = 20.0;
constexpr double topMm = 20.0;
constexpr double widthMm = 170.0;
constexpr double heightMm = 250.0;
constexpr double footerTopMm = 282.0;

QFont font(double points)
{
    // The letters' font: embedded, with every French character.
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

} // namespace

int DossierRenderer::paint(QPainter& painter, QPagedPaintDevice& device,
                           const DossierContent& dossier)
{
    const LetterRenderer letters(dossier.window);
    const int coverPages = letters.render(painter, device, dossier.cover, false);

    const double perMmX = device.logicalDpiX() / 25.4;
    const double perMmY = device.logicalDpiY() / 25.4;
    QTextDocument doc;
    // Without the device, the layout measures for the screen and the text
    // comes out microscopic on a 600 dpi writer (TECH-NOTES « Qt PDF »).
    doc.documentLayout()->setPaintDevice(&device);
    doc.setDefaultFont(font(8.5));
    doc.setDocumentMargin(0);
    doc.setUndoRedoEnabled(false);
    doc.setDefaultStyleSheet(QStringLiteral("p { margin-top: 0px; margin-bottom: 6px; }"));
    doc.setHtml(DossierAnnex::html(dossier));
    const QSizeF page(widthMm * perMmX, heightMm * perMmY);
    // A page size makes the layout break between lines and table rows, and
    // repeat the tables' header rows on every page.
    doc.setPageSize(page);
    const int annexPages = std::max(1, doc.pageCount());
    const int total = coverPages + annexPages;
    for (int i = 0; i < annexPages; ++i) {
        device.newPage();
        painter.save();
        painter.translate(leftMm * perMmX, topMm * perMmY - i * page.height());
        doc.drawContents(&painter, QRectF(0, i * page.height(), page.width(), page.height()));
        painter.restore();
        painter.setFont(font(8));
        painter.setPen(QColor(80, 80, 80));
        painter.drawText(QRectF(leftMm * perMmX, footerTopMm * perMmY, page.width(), 6 * perMmY),
                         Qt::AlignRight | Qt::AlignTop,
                         DossierAnnex::footer(dossier, coverPages + i + 1, total));
        painter.setPen(Qt::black);
    }
    return total;
}

#include "LetterFlow.h"

#include "LetterPageGeometry.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>

using namespace LetterPageGeometry;

LetterFlow::LetterFlow(const LetterUnits& units, double startMm)
    : m_u(units)
    , m_y(units.y(startMm))
    , m_bottom(units.y(flowBottomMm))
{
    m_pages.emplace_back();
}

void LetterFlow::newPage()
{
    m_pages.emplace_back();
    m_y = m_u.y(topMarginMm);
}

bool LetterFlow::atPageTop() const
{
    return m_y <= m_u.y(topMarginMm) + 1;
}

void LetterFlow::ensure(double height)
{
    if (!fits(height) && !atPageTop())
        newPage();
}

void LetterFlow::add(double height, std::function<void(QPainter&, double)> draw)
{
    const double top = m_y;
    m_pages.back().push_back([draw = std::move(draw), top](QPainter& p) { draw(p, top); });
    m_y += height;
}

void LetterFlow::addDocument(const std::shared_ptr<QTextDocument>& doc, double xPx, int keepBlocks,
                             double keepWithNext)
{
    // Where the document may be cut: the bottom of each line.
    std::vector<double> cuts;
    std::vector<double> paragraphTops;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        const QRectF br = doc->documentLayout()->blockBoundingRect(b);
        const QTextLayout* layout = b.layout();
        if (!b.text().trimmed().isEmpty())
            paragraphTops.push_back(br.top());
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            cuts.push_back(br.top() + line.y() + line.height());
        }
    }
    const double total = doc->size().height();
    if (cuts.empty() || cuts.back() < total)
        cuts.push_back(total);
    // Where the kept part starts (the document's end when nothing is kept).
    double keptTop = total;
    if (keepBlocks > 0 && !paragraphTops.empty())
        keptTop = paragraphTops[paragraphTops.size() -
                                std::min(paragraphTops.size(), size_t(keepBlocks))];
    double start = 0;
    size_t next = 0;
    while (start < total - 0.5) {
        // The longest slice of whole lines that fits in the room left.
        double end = start;
        size_t k = next;
        while (k < cuts.size() && cuts[k] - start <= room()) {
            end = cuts[k];
            ++k;
        }
        // The slice reaches into the kept part but the kept part and what
        // follows it do not fit here: cut before the kept part instead.
        if (start < keptTop + 0.5 && end > keptTop + 0.5 && total - start + keepWithNext > room()) {
            double before = start;
            size_t kb = next;
            while (kb < cuts.size() && cuts[kb] <= keptTop + 0.5) {
                before = cuts[kb];
                ++kb;
            }
            if (before > start) {
                end = before;
                k = kb;
            } else if (!atPageTop()) {
                end = start; // the kept part starts here: take it to the next page
            }
            // At the top of a page and still too long: cut between lines.
        }
        if (end <= start) {
            if (!atPageTop()) {
                newPage();
                continue;
            }
            // A line taller than a whole page: draw it cut rather than loop.
            end = cuts[k];
            ++k;
        }
        next = k;
        const double sliceTop = start;
        const double sliceHeight = end - start;
        add(sliceHeight, [doc, xPx, sliceTop, sliceHeight](QPainter& p, double top) {
            p.save();
            p.translate(xPx, top - sliceTop);
            // The layout draws every line that touches the rectangle, even
            // one that ends exactly where the slice starts: clipped from the
            // page but still in the PDF's text, read twice by a screen reader
            // and by a search. A hair inside the cuts draws each line once.
            doc->drawContents(&p, QRectF(0, sliceTop + 1, doc->textWidth(), sliceHeight - 2));
            p.restore();
        });
        start = end;
        if (start < total - 0.5)
            newPage();
    }
}

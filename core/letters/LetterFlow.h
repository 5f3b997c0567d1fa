#pragma once

#include "LetterPages.h"
#include "LetterUnits.h"

#include <functional>
#include <memory>
#include <vector>

class QPainter;
class QTextDocument;

// Places content in a column page after page, so that page numbers
// (« 1/2 ») are known before anything is drawn. Positions are device pixels.
class LetterFlow
{
public:
    using Drawing = LetterPages::Drawing;

    LetterFlow(const LetterUnits& units, double startMm);

    double y() const { return m_y; }
    void skip(double mm) { m_y += m_u.y(mm); }
    bool fits(double height) const { return m_y + height <= m_bottom; }
    double room() const { return m_bottom - m_y; }
    void newPage();
    bool atPageTop() const;
    // A new page unless `height` fits here (or this page is still empty).
    void ensure(double height);
    // Adds a drawing at the current position on the current page.
    void add(double height, std::function<void(QPainter&, double)> draw);
    // Adds a drawing at a fixed place of `page`, outside the column.
    void addFixed(Drawing op, int page = 0) { m_pages[size_t(page)].push_back(std::move(op)); }
    // Lays a rich-text document into the column at `xPx`, breaking between
    // lines. Its last `keepBlocks` paragraphs stay on one page with the
    // `keepWithNext` pixels drawn after it (the last paragraph, the closing
    // formula and the signature), so that no page holds only the signature
    // or the closing.
    void addDocument(const std::shared_ptr<QTextDocument>& doc, double xPx, int keepBlocks = 0,
                     double keepWithNext = 0);

    std::vector<std::vector<Drawing>>& pages() { return m_pages; }

private:
    const LetterUnits& m_u;
    double m_y;
    double m_bottom;
    std::vector<std::vector<Drawing>> m_pages;
};

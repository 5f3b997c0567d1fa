#pragma once

#include <QRectF>
#include <QString>

#include <functional>
#include <vector>

class QPainter;

// One letter placed on its pages (LetterRenderer::layout, done by
// LetterLayout), ready to draw: every piece of text is shaped and every
// position known. Kept apart from the drawing so that a production can tell
// the two costs apart.
struct LetterPages
{
    // One piece of a page, drawn in device pixels.
    using Drawing = std::function<void(QPainter&)>;

    std::vector<std::vector<Drawing>> pages;
    QString footer;
    QRectF footerRect;
    QRectF numberRect;
};

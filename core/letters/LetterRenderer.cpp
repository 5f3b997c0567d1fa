#include "LetterRenderer.h"

#include "LetterFonts.h"
#include "LetterLayout.h"
#include "LetterPageGeometry.h"
#include "LetterUnits.h"

#include <QFont>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

using namespace LetterPageGeometry;
using LetterFonts::font;

LetterRenderer::LetterRenderer(const EnvelopeWindow& window)
    : m_window(window)
{}

LetterRenderer::~LetterRenderer()
{
    LetterFonts::forgetThreadFonts();
}

void LetterRenderer::preparePage(QPagedPaintDevice& device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
}

int LetterRenderer::render(QPainter& painter, QPagedPaintDevice& device,
                           const LetterContent& letter, bool startOnNewPage) const
{
    return paint(painter, device, layout(device, letter), startOnNewPage);
}

LetterPages LetterRenderer::layout(QPagedPaintDevice& device, const LetterContent& letter) const
{
    return LetterLayout(device, m_window, m_cache, letter).place();
}

int LetterRenderer::paint(QPainter& painter, QPagedPaintDevice& device, const LetterPages& letter,
                          bool startOnNewPage) const
{
    const int count = int(letter.pages.size());
    painter.setPen(Qt::black);
    for (int i = 0; i < count; ++i) {
        if (i > 0 || startOnNewPage)
            device.newPage();
        if (!m_draftMark.isEmpty())
            drawDraftMark(painter, device);
        for (const LetterPages::Drawing& op : letter.pages[size_t(i)])
            op(painter);
        painter.setFont(font(7));
        painter.setPen(QColor(80, 80, 80));
        painter.drawText(letter.footerRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                         letter.footer);
        painter.setFont(font(8));
        painter.drawText(letter.numberRect, Qt::AlignRight | Qt::AlignTop,
                         QStringLiteral("%1/%2").arg(i + 1).arg(count));
        painter.setPen(Qt::black);
    }
    return count;
}

void LetterRenderer::drawDraftMark(QPainter& painter, QPagedPaintDevice& device) const
{
    // Under the letter, in a solid light grey (no transparency: the same
    // painter may write PDF/A), across the page's diagonal.
    const LetterUnits u(device);
    painter.save();
    painter.translate(u.x(pageWidthMm / 2), u.y(pageHeightMm / 2));
    painter.rotate(-50);
    QFont mark = font(96, true);
    painter.setFont(mark);
    painter.setPen(QColor(222, 222, 222));
    const QRectF box(-u.x(pageWidthMm), -u.y(30), 2 * u.x(pageWidthMm), u.y(60));
    painter.drawText(box, Qt::AlignCenter, m_draftMark);
    painter.restore();
}

void LetterRenderer::renderCalibration(QPainter& painter, QPagedPaintDevice& device,
                                       bool startOnNewPage) const
{
    if (startOnNewPage)
        device.newPage();
    const LetterUnits u(device);
    const QRectF window =
        u.rect(m_window.leftMm, m_window.topMm, m_window.widthMm, m_window.heightMm);
    painter.setPen(QPen(Qt::black, u.y(0.3)));
    painter.drawRect(window);
    // Cross marks at the corners show by how much to move the frame.
    painter.setPen(QPen(Qt::black, u.y(0.2)));
    for (double mm = 10; mm < pageWidthMm; mm += 10)
        painter.drawLine(QPointF(u.x(mm), 0), QPointF(u.x(mm), u.y(mm / 10 == 5 ? 6 : 3)));
    for (double mm = 10; mm < pageHeightMm; mm += 10)
        painter.drawLine(QPointF(0, u.y(mm)), QPointF(u.x(mm / 10 == 5 ? 6 : 3), u.y(mm)));
    painter.setFont(font(9));
    const QString inside = tr("Address window\n%1 mm from the left, %2 mm from the top\n%3 × %4 mm")
                               .arg(m_window.leftMm)
                               .arg(m_window.topMm)
                               .arg(m_window.widthMm)
                               .arg(m_window.heightMm);
    painter.drawText(window.adjusted(u.x(3), u.y(3), -u.x(3), -u.y(3)),
                     Qt::AlignLeft | Qt::AlignTop, inside);
    painter.setFont(font(10));
    painter.drawText(u.rect(leftMarginMm, 120, contentWidthMm, 60), Qt::TextWordWrap,
                     tr("Calibration sheet. Print this page, fold it as you fold your letters "
                        "and slide it into a window envelope. The frame must show entirely "
                        "in the window. If it does not, change the window offsets in the "
                        "settings by the distance you see, using the millimetre marks along "
                        "the top and left edges, and print this sheet again."));
}

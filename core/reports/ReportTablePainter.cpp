#include "ReportTablePainter.h"

#include "ReportCanvas.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

#include <memory>

namespace {

struct Layout
{
    double left = 0;
    double width = 0;
    double rowH = 0;
    double pad = 0;
    double rule = 0;
    QList<double> xs;
    QList<double> ws;
    QList<bool> right;
};

void drawRow(QPainter& p, const Layout& l, double top, const QStringList& cells, bool header,
             bool bold)
{
    if (header)
        p.fillRect(QRectF(l.left, top, l.width, l.rowH), QColor(230, 230, 230));
    p.setFont(ReportCanvas::font(8.5, header || bold));
    p.setPen(Qt::black);
    const QFontMetricsF fm(p.font(), p.device());
    for (qsizetype i = 0; i < l.xs.size(); ++i) {
        const QRectF r(l.xs.at(i) + l.pad, top, l.ws.at(i) - 2 * l.pad, l.rowH);
        const QString text = fm.elidedText(cells.value(i), Qt::ElideRight, r.width());
        p.drawText(r, (l.right.at(i) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, text);
    }
    p.fillRect(QRectF(l.left, top + l.rowH - l.rule, l.width, l.rule), QColor(150, 150, 150));
}

} // namespace

double ReportTablePainter::rowHeight(const ReportCanvas& canvas)
{
    return QFontMetricsF(ReportCanvas::font(8.5), &canvas.device()).height() * 1.55;
}

void ReportTablePainter::add(ReportCanvas& canvas, const QList<ReportColumn>& columns,
                             const QList<QStringList>& rows, const QStringList& total)
{
    auto layout = std::make_shared<Layout>();
    layout->left = canvas.left();
    layout->width = canvas.width();
    layout->rowH = rowHeight(canvas);
    layout->pad = canvas.x(1.5);
    layout->rule = canvas.y(0.2);
    double shares = 0;
    for (const ReportColumn& c : columns)
        shares += c.share;
    double x = layout->left;
    for (const ReportColumn& c : columns) {
        const double w = shares > 0 ? layout->width * c.share / shares : 0;
        layout->xs << x;
        layout->ws << w;
        layout->right << c.alignRight;
        x += w;
    }
    QStringList header;
    for (const ReportColumn& c : columns)
        header << c.title;
    const double rowH = layout->rowH;
    const auto addHeader = [&]() {
        canvas.add(rowH, [layout, header](QPainter& p, double top) {
            drawRow(p, *layout, top, header, true, false);
        });
    };
    canvas.ensure(rowH * 2);
    addHeader();
    const auto addRow = [&](const QStringList& cells, bool bold) {
        if (!canvas.fits(rowH)) {
            canvas.newPage();
            addHeader();
        }
        canvas.add(rowH, [layout, cells, bold](QPainter& p, double top) {
            drawRow(p, *layout, top, cells, false, bold);
        });
    };
    for (const QStringList& row : rows)
        addRow(row, false);
    if (!total.isEmpty())
        addRow(total, true);
    canvas.skip(4);
}

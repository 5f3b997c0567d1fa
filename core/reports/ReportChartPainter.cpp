#include "ReportChartPainter.h"

#include "ReportCanvas.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QRectF>

#include <algorithm>
#include <cmath>

namespace {

// A round step that divides the axis into about four parts.
qint64 niceStep(qint64 max, qint64 minStep)
{
    const double raw = std::max<double>(double(max) / 4.0, double(minStep));
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / magnitude;
    const double nice = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10;
    const qint64 step = std::max<qint64>(qint64(std::llround(nice * magnitude)), minStep);
    // A multiple of minStep (whole euros on a money axis).
    return ((step + minStep - 1) / minStep) * minStep;
}

// The axes, grid and category labels common to both kinds; returns the
// plot rectangle and the axis' top value.
struct Frame
{
    QRectF plot;
    qint64 top = 1;
};

Frame drawFrame(QPainter& p, const QRectF& area, const ChartData& data)
{
    qint64 max = data.axisMax;
    for (const ChartSeries& s : data.series)
        for (qint64 v : s.values)
            max = std::max(max, v);
    const qint64 step = niceStep(std::max<qint64>(max, 1), std::max<qint64>(data.minStep, 1));
    const qint64 top = std::max<qint64>(((max + step - 1) / step) * step, step);

    const QFont small = ReportCanvas::font(7);
    const QFontMetricsF fm(small, p.device());
    double labelW = 0;
    for (qint64 v = 0; v <= top; v += step)
        labelW = std::max(
            labelW, fm.horizontalAdvance(data.axisLabel ? data.axisLabel(v) : QString::number(v)));
    const double legendH = data.series.size() > 1 ? fm.height() * 1.6 : 0;
    const QRectF plot(
        area.left() + labelW + fm.height() * 0.6, area.top() + legendH + fm.height() / 2,
        area.width() - labelW - fm.height() * 0.6, area.height() - legendH - fm.height() * 2.2);

    p.setFont(small);
    const double rule = std::max(1.0, fm.height() / 25);
    for (qint64 v = 0; v <= top; v += step) {
        const double y = plot.bottom() - plot.height() * double(v) / double(top);
        p.fillRect(QRectF(plot.left(), y, plot.width(), rule),
                   v == 0 ? QColor(60, 60, 60) : QColor(215, 215, 215));
        p.setPen(QColor(60, 60, 60));
        p.drawText(QRectF(area.left(), y - fm.height() / 2, labelW, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter,
                   data.axisLabel ? data.axisLabel(v) : QString::number(v));
    }
    // Category labels: as many as fit without overlapping.
    const qsizetype n = data.categories.size();
    if (n > 0) {
        const double slot = plot.width() / double(n);
        double widest = 0;
        for (const QString& c : data.categories)
            widest = std::max(widest, fm.horizontalAdvance(c));
        const qsizetype every =
            std::max<qsizetype>(1, qsizetype(std::ceil((widest * 1.15) / slot)));
        for (qsizetype i = 0; i < n; ++i) {
            // The last category (the as-of month) is always named.
            if ((n - 1 - i) % every != 0)
                continue;
            const double cx = plot.left() + slot * (double(i) + 0.5);
            p.drawText(
                QRectF(cx - widest, plot.bottom() + fm.height() * 0.3, widest * 2, fm.height()),
                Qt::AlignHCenter | Qt::AlignTop, data.categories.at(i));
        }
    }
    if (data.series.size() > 1) {
        double x = plot.left();
        for (const ChartSeries& s : data.series) {
            const double box = fm.height() * 0.7;
            p.fillRect(QRectF(x, area.top() + (fm.height() - box) / 2, box, box), s.color);
            x += box + fm.height() * 0.4;
            const double w = fm.horizontalAdvance(s.name);
            p.drawText(QRectF(x, area.top(), w + 2, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                       s.name);
            x += w + fm.height() * 1.2;
        }
    }
    p.setPen(Qt::black);
    return {plot, top};
}

} // namespace

void ReportChartPainter::bars(QPainter& p, const QRectF& area, const ChartData& data)
{
    const Frame f = drawFrame(p, area, data);
    const qsizetype n = data.categories.size();
    const qsizetype k = data.series.size();
    if (n == 0 || k == 0)
        return;
    const double slot = f.plot.width() / double(n);
    const double group = slot * 0.7;
    const double barW = group / double(k);
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = 0; j < k; ++j) {
            const qint64 v = std::max<qint64>(0, data.series.at(j).values.value(i));
            const double h = f.plot.height() * double(v) / double(f.top);
            const double x =
                f.plot.left() + slot * double(i) + (slot - group) / 2 + barW * double(j);
            p.fillRect(QRectF(x, f.plot.bottom() - h, barW * 0.92, h), data.series.at(j).color);
        }
    }
}

void ReportChartPainter::line(QPainter& p, const QRectF& area, const ChartData& data)
{
    const Frame f = drawFrame(p, area, data);
    const qsizetype n = data.categories.size();
    if (n == 0)
        return;
    const double slot = f.plot.width() / double(n);
    const double dot = f.plot.height() / 70;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    for (const ChartSeries& s : data.series) {
        QPainterPath path;
        for (qsizetype i = 0; i < n && i < s.values.size(); ++i) {
            const QPointF pt(f.plot.left() + slot * (double(i) + 0.5),
                             f.plot.bottom() - f.plot.height() *
                                                   double(std::max<qint64>(0, s.values.at(i))) /
                                                   double(f.top));
            if (i == 0)
                path.moveTo(pt);
            else
                path.lineTo(pt);
        }
        p.setPen(QPen(s.color, dot * 0.8));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        p.setPen(Qt::NoPen);
        p.setBrush(s.color);
        for (qsizetype i = 0; i < path.elementCount(); ++i)
            p.drawEllipse(QPointF(path.elementAt(i).x, path.elementAt(i).y), dot, dot);
    }
    p.restore();
}

void ReportChartPainter::addBars(ReportCanvas& canvas, double heightMm, const ChartData& data)
{
    const double h = canvas.y(heightMm);
    canvas.ensure(h);
    const QRectF area(canvas.left(), 0, canvas.width(), h);
    canvas.add(h + canvas.y(3),
               [data, area](QPainter& p, double top) { bars(p, area.translated(0, top), data); });
}

void ReportChartPainter::addLine(ReportCanvas& canvas, double heightMm, const ChartData& data)
{
    const double h = canvas.y(heightMm);
    canvas.ensure(h);
    const QRectF area(canvas.left(), 0, canvas.width(), h);
    canvas.add(h + canvas.y(3),
               [data, area](QPainter& p, double top) { line(p, area.translated(0, top), data); });
}

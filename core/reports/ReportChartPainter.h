#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QPainter;
class QRectF;
class ReportCanvas;

// One series of a chart: a value per category, in whole units the caller
// chooses (cents, tenths of a percent): no floating-point money.
struct ChartSeries
{
    QString name; // shown in the legend when the chart has several series
    QList<qint64> values;
    QColor color;
};

struct ChartData
{
    QStringList categories;
    QList<ChartSeries> series;
    // Writes a value of the vertical axis (« 12 000 € », « 50 % »).
    std::function<QString(qint64)> axisLabel;
    // The axis' steps are multiples of this (100 cents: whole euros).
    qint64 minStep = 1;
    // The axis goes at least this high (1000 tenths: 100 %), 0: the data's.
    qint64 axisMax = 0;
};

// The reports' charts, drawn with QPainter on the report's own device.
// Qt Charts draws through Qt Widgets (QChartView, QGraphicsScene), and the
// core and relance-cli must not link widgets (test_core_layers,
// test_cli_without_widgets); a PDF needs only bars and a line. Solid
// colours only: the PDF is PDF/A-1b, which forbids transparency.
namespace ReportChartPainter {
// Vertical bars, the series side by side in each category.
void bars(QPainter& painter, const QRectF& area, const ChartData& data);
// One line per series through the categories, with a dot on each value.
void line(QPainter& painter, const QRectF& area, const ChartData& data);

// The same laid into a report: `heightMm` high, the column's width.
void addBars(ReportCanvas& canvas, double heightMm, const ChartData& data);
void addLine(ReportCanvas& canvas, double heightMm, const ChartData& data);
} // namespace ReportChartPainter

#include "DashboardCharts.h"

#include "AgeingTableModel.h"
#include "ChartPanel.h"
#include "LevelEffectivenessModel.h"
#include "RecoveredMonthsModel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

// Amounts of a whole agency read best in thousands of euros; a small one's
// in euros.
struct AmountScale
{
    qreal divisor = 100.0; // from cents
    QString title;
};

AmountScale scaleFor(qint64 maxCents)
{
    if (maxCents >= 10'000'00)
        return {100'000.0, DashboardCharts::tr("Amount (k€)")};
    return {100.0, DashboardCharts::tr("Amount (€)")};
}

QChart* newChart()
{
    auto* chart = new QChart;
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->hide();
    return chart;
}

QValueAxis* valueAxis(QChart* chart, qreal max, const QString& title, const char* format)
{
    auto* axis = new QValueAxis(chart);
    axis->setRange(0, max > 0 ? max : 1);
    axis->setLabelFormat(QString::fromLatin1(format));
    axis->applyNiceNumbers();
    axis->setTitleText(title);
    chart->addAxis(axis, Qt::AlignLeft);
    return axis;
}

QBarCategoryAxis* categoryAxis(QChart* chart, const QStringList& categories)
{
    auto* axis = new QBarCategoryAxis(chart);
    axis->append(categories);
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

// Months along the bottom: a label every few months, counted back from the
// latest so that it is always named; 24 labels would not fit beside a table.
QCategoryAxis* monthAxis(QChart* chart, const QList<QDate>& months)
{
    auto* axis = new QCategoryAxis(chart);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int n = int(months.size());
    const int step = std::max(1, (n + 5) / 6);
    for (int i = (n - 1) % step; i < n; i += step)
        axis->append(DashboardCharts::shortMonth(months.at(i)), i);
    axis->setRange(-0.5, std::max(0, n - 1) + 0.5);
    axis->setGridLineVisible(false);
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

// A bar's tooltip, as long as the mouse is on it.
void tipOnHover(QBarSet* set, const QStringList& tips)
{
    QObject::connect(set, &QBarSet::hovered, set, [tips](bool on, int index) {
        if (on && index >= 0 && index < tips.size())
            QToolTip::showText(QCursor::pos(), tips.at(index));
        else
            QToolTip::hideText();
    });
}

} // namespace

QString DashboardCharts::shortMonth(QDate date)
{
    return QLocale().toString(date, QStringLiteral("MMM yy"));
}

QChart* DashboardCharts::ageing(const QList<AgeingRow>& rows, ChartPanel* panel)
{
    QChart* chart = newChart();
    qint64 max = 0;
    for (const AgeingRow& r : rows)
        max = std::max(max, r.amount.cents());
    const AmountScale scale = scaleFor(max);
    auto* set = new QBarSet(tr("Overdue"));
    QStringList categories;
    QStringList tips;
    for (const AgeingRow& r : rows) {
        *set << r.amount.cents() / scale.divisor;
        categories << bucketTick(r.bucket);
        tips << tr("%1: %2, %n debtor(s)", nullptr, r.count)
                    .arg(AgeingTableModel::bucketLabel(r.bucket), r.amount.toLocaleString());
    }
    auto* series = new QBarSeries(chart);
    series->append(set);
    chart->addSeries(series);
    QBarCategoryAxis* ages = categoryAxis(chart, categories);
    ages->setTitleText(tr("Days in arrears"));
    series->attachAxis(ages);
    series->attachAxis(valueAxis(chart, max / scale.divisor, scale.title, "%.0f"));
    tipOnHover(set, tips);
    QObject::connect(set, &QBarSet::clicked, panel, &ChartPanel::activateRow);
    return chart;
}

QString DashboardCharts::bucketTick(AgeBucket bucket)
{
    const std::optional<int> max = AgeBuckets::maxDays(bucket);
    if (!max)
        return tr("> %1").arg(AgeBuckets::minDays(bucket) - 1);
    return tr("%1–%2").arg(AgeBuckets::minDays(bucket)).arg(*max);
}

QChart* DashboardCharts::monthly(const QList<MonthEndOverdue>& rows, ChartPanel* panel)
{
    QChart* chart = newChart();
    qint64 max = 0;
    for (const MonthEndOverdue& r : rows)
        max = std::max(max, r.overdue.cents());
    const AmountScale scale = scaleFor(max);
    // The line joins the month ends; the points on it can be clicked.
    auto* line = new QLineSeries(chart);
    auto* points = new QScatterSeries(chart);
    points->setMarkerSize(7);
    QList<QDate> monthEnds;
    for (int i = 0; i < rows.size(); ++i) {
        const QPointF p(i, rows.at(i).overdue.cents() / scale.divisor);
        line->append(p);
        points->append(p);
        monthEnds << rows.at(i).monthEnd;
    }
    chart->addSeries(line);
    chart->addSeries(points);
    QCategoryAxis* months = monthAxis(chart, monthEnds);
    QValueAxis* amounts = valueAxis(chart, max / scale.divisor, scale.title, "%.0f");
    for (QAbstractSeries* s :
         {static_cast<QAbstractSeries*>(line), static_cast<QAbstractSeries*>(points)}) {
        s->attachAxis(months);
        s->attachAxis(amounts);
    }
    points->setColor(line->color());
    auto indexOf = [n = int(rows.size())](const QPointF& p) {
        return std::clamp(int(std::lround(p.x())), 0, std::max(0, n - 1));
    };
    QStringList tips;
    for (const MonthEndOverdue& r : rows)
        tips << tr("%1: %2 overdue, %n debtor(s)", nullptr, r.debtors)
                    .arg(QLocale().toString(r.monthEnd, QLocale::ShortFormat),
                         r.overdue.toLocaleString());
    for (QXYSeries* s : {static_cast<QXYSeries*>(line), static_cast<QXYSeries*>(points)}) {
        QObject::connect(s, &QXYSeries::clicked, panel,
                         [panel, indexOf](const QPointF& p) { panel->activateRow(indexOf(p)); });
        QObject::connect(s, &QXYSeries::hovered, s, [tips, indexOf](const QPointF& p, bool on) {
            if (on && !tips.isEmpty())
                QToolTip::showText(QCursor::pos(), tips.at(indexOf(p)));
            else
                QToolTip::hideText();
        });
    }
    return chart;
}

QChart* DashboardCharts::levels(const QList<LevelEffectiveness>& rows, ChartPanel* panel)
{
    QChart* chart = newChart();
    auto* within15 = new QBarSet(tr("Within 15 days"));
    auto* within30 = new QBarSet(tr("Within 30 days"));
    QStringList categories;
    QStringList tips15;
    QStringList tips30;
    for (const LevelEffectiveness& r : rows) {
        const int share15 = LevelEffectivenessModel::perMille(r.cleared15, r.issued);
        const int share30 = LevelEffectivenessModel::perMille(r.cleared30, r.issued);
        *within15 << share15 / 10.0;
        *within30 << share30 / 10.0;
        categories << tr("Level %1").arg(r.level);
        const QString level = LevelEffectivenessModel::levelLabel(r);
        tips15 << tr("%1: %2 of %n reminder(s) paid within 15 days", nullptr, r.issued)
                      .arg(level, LevelEffectivenessModel::percentText(share15));
        tips30 << tr("%1: %2 of %n reminder(s) paid within 30 days", nullptr, r.issued)
                      .arg(level, LevelEffectivenessModel::percentText(share30));
    }
    auto* series = new QBarSeries(chart);
    series->append(within15);
    series->append(within30);
    chart->addSeries(series);
    series->attachAxis(categoryAxis(chart, categories));
    QValueAxis* percent = valueAxis(chart, 100, tr("% of the reminders"), "%.0f");
    percent->setRange(0, 100);
    series->attachAxis(percent);
    chart->legend()->show();
    chart->legend()->setAlignment(Qt::AlignBottom);
    tipOnHover(within15, tips15);
    tipOnHover(within30, tips30);
    QObject::connect(within15, &QBarSet::clicked, panel, &ChartPanel::activateRow);
    QObject::connect(within30, &QBarSet::clicked, panel, &ChartPanel::activateRow);
    return chart;
}

QChart* DashboardCharts::recovered(const QList<MonthRecovered>& rows, ChartPanel* panel)
{
    QChart* chart = newChart();
    qint64 max = 0;
    for (const MonthRecovered& r : rows)
        max = std::max(max, r.amount.cents());
    const AmountScale scale = scaleFor(max);
    auto* set = new QBarSet(tr("Recovered"));
    QList<QDate> months;
    QStringList tips;
    for (const MonthRecovered& r : rows) {
        *set << r.amount.cents() / scale.divisor;
        months << r.month;
        tips << tr("%1: %2 recovered")
                    .arg(RecoveredMonthsModel::monthName(r.month), r.amount.toLocaleString());
    }
    auto* series = new QBarSeries(chart);
    series->append(set);
    chart->addSeries(series);
    series->attachAxis(monthAxis(chart, months));
    series->attachAxis(valueAxis(chart, max / scale.divisor, scale.title, "%.0f"));
    tipOnHover(set, tips);
    QObject::connect(set, &QBarSet::clicked, panel, &ChartPanel::activateRow);
    return chart;
}

#include "RecoveryReportPdf.h"

#include "ReportCanvas.h"
#include "ReportChartPainter.h"
#include "ReportPdfFile.h"
#include "ReportTablePainter.h"
#include "ReportWords.h"
#include "letters/LetterFormat.h"

#include <QPagedPaintDevice>
#include <QPainter>

namespace {

const QColor barColor(52, 101, 164);
const QColor secondColor(233, 145, 56);

QString money(Money amount, const QString& language)
{
    return LetterFormat::money(amount, language);
}

QString signedMoney(Money change, const QString& language)
{
    if (change.isZero())
        return money(change, language);
    // A true minus sign reads better than the hyphen of a negative amount.
    const QString magnitude = money(change.isNegative() ? -change : change, language);
    return (change.isNegative() ? QStringLiteral("\u2212") : QStringLiteral("+")) + magnitude;
}

QString signedCount(int change)
{
    if (change == 0)
        return QStringLiteral("0");
    return (change < 0 ? QStringLiteral("\u2212") : QStringLiteral("+")) +
           QString::number(std::abs(change));
}

// Whole euros on a money axis: « 12 000 € ».
std::function<QString(qint64)> euroAxis(const QString& language)
{
    return [language](qint64 cents) -> QString {
        const QLocale locale = LetterFormat::locale(language);
        const QString n = locale.toString(cents / 100);
        return language == QLatin1String("en") ? QStringLiteral("€") + n
                                               : n + QStringLiteral("\u00a0€");
    };
}

std::function<QString(qint64)> percentAxis(const QString& language)
{
    // The axis' steps are whole tens of percent: « 50 % ».
    return [language](qint64 tenths) -> QString {
        const QString n = QString::number(tenths / 10);
        if (language == QLatin1String("en"))
            return n + u'%';
        return n + QStringLiteral("\u00a0%");
    };
}

class Document
{
public:
    Document(ReportCanvas& canvas, const RecoveryReportContent& r)
        : c(canvas)
        , r(r)
        , f(r.figures)
        , lang(r.language)
        , w(ReportWords::recovery(r.language))
    {}

    void build(const QString& title)
    {
        c.setRunningTitle(r.agency.name.isEmpty()
                              ? title
                              : QString(r.agency.name + QStringLiteral(" – ") + title));
        c.addText(title, ReportCanvas::font(16, true), 1.5);
        c.addText(w.period.arg(LetterFormat::longDate(f.from, lang),
                               LetterFormat::longDate(f.asOf, lang)),
                  ReportCanvas::font(9.5), 4);
        keyFigures();
        ageing();
        monthly();
        effectiveness();
        recovered();
        debtors();
    }

private:
    double tableKeep(int rows) const { return ReportTablePainter::rowHeight(c) * rows; }

    void keyFigures()
    {
        c.addHeading(w.keyFigures, tableKeep(3));
        const QList<ReportColumn> columns{
            {w.indicator, 3},
            {w.asOfColumn.arg(LetterFormat::shortDate(f.asOf, lang)), 1.6, true},
            {w.monthAgoColumn.arg(LetterFormat::shortDate(f.monthAgo, lang)), 1.6, true},
            {w.change, 1.6, true}};
        const QList<QStringList> rows{
            {w.totalOverdue, money(f.totalOverdue, lang), money(f.totalOverdueMonthAgo, lang),
             signedMoney(f.totalOverdue - f.totalOverdueMonthAgo, lang)},
            {w.debtors, QString::number(f.debtors), QString::number(f.debtorsMonthAgo),
             signedCount(f.debtors - f.debtorsMonthAgo)},
            {w.lateDeadlines, QString::number(f.lateDeadlines), QString(), QString()},
            {w.latePlans, QString::number(f.latePlans), QString(), QString()},
            {w.brokenPlans, QString::number(f.brokenPlans), QString(), QString()}};
        ReportTablePainter::add(c, columns, rows);
    }

    void ageing()
    {
        ChartData chart;
        chart.axisLabel = euroAxis(lang);
        chart.minStep = 100;
        ChartSeries amounts{w.amount, {}, barColor};
        QList<QStringList> rows;
        int count = 0;
        for (const AgeingRow& row : f.ageing) {
            chart.categories << ReportWords::bucket(row.bucket, lang);
            amounts.values << row.amount.cents();
            rows << QStringList{
                ReportWords::bucket(row.bucket, lang), QString::number(row.count),
                money(row.amount, lang),
                ReportWords::percent(row.amount.cents(), f.totalOverdue.cents(), lang)};
            count += row.count;
        }
        chart.series << amounts;
        c.addHeading(w.ageing, c.y(60));
        ReportChartPainter::addBars(c, 60, chart);
        ReportTablePainter::add(
            c, {{w.bucket, 3}, {w.count, 1.5, true}, {w.amount, 2, true}, {w.share, 1.3, true}},
            rows, {w.total, QString::number(count), money(f.totalOverdue, lang), QString()});
    }

    void monthly()
    {
        ChartData chart;
        chart.axisLabel = euroAxis(lang);
        chart.minStep = 100;
        ChartSeries overdue{w.overdue, {}, barColor};
        QList<QStringList> rows;
        const QLocale locale = LetterFormat::locale(lang);
        for (const MonthEndOverdue& m : f.monthly) {
            chart.categories << locale.toString(m.monthEnd, QStringLiteral("MM/yy"));
            overdue.values << m.overdue.cents();
            rows << QStringList{LetterFormat::shortDate(m.monthEnd, lang), money(m.overdue, lang),
                                QString::number(m.debtors)};
        }
        chart.series << overdue;
        c.addHeading(w.monthly, c.y(65));
        ReportChartPainter::addLine(c, 65, chart);
        ReportTablePainter::add(c, {{w.monthEnd, 2}, {w.overdue, 2, true}, {w.debtors, 1.5, true}},
                                rows);
    }

    void effectiveness()
    {
        ChartData chart;
        chart.axisLabel = percentAxis(lang);
        chart.minStep = 100; // 10 %
        chart.axisMax = 1000;
        ChartSeries within15{w.cleared15, {}, barColor};
        ChartSeries within30{w.cleared30, {}, secondColor};
        QList<QStringList> rows;
        for (const LevelEffectiveness& l : f.levels) {
            chart.categories << w.level + u' ' + QString::number(l.level);
            const auto tenths = [&](int part) {
                return l.issued > 0 ? (qint64(part) * 1000 + l.issued / 2) / l.issued : 0;
            };
            within15.values << tenths(l.cleared15);
            within30.values << tenths(l.cleared30);
            rows << QStringList{QString::number(l.level),
                                l.name,
                                QString::number(l.issued),
                                QString::number(l.cleared15),
                                ReportWords::percent(l.cleared15, l.issued, lang),
                                QString::number(l.cleared30),
                                ReportWords::percent(l.cleared30, l.issued, lang)};
        }
        chart.series << within15 << within30;
        c.addHeading(w.effectiveness, c.y(55));
        ReportChartPainter::addBars(c, 55, chart);
        ReportTablePainter::add(c,
                                {{w.level, 1.3, true},
                                 {w.name, 3.2},
                                 {w.issued, 1.3, true},
                                 {w.cleared15, 1.8, true},
                                 {QStringLiteral("%"), 1.2, true},
                                 {w.cleared30, 1.8, true},
                                 {QStringLiteral("%"), 1.2, true}},
                                rows);
    }

    void recovered()
    {
        ChartData chart;
        chart.axisLabel = euroAxis(lang);
        chart.minStep = 100;
        ChartSeries amounts{w.recoveredAmount, {}, barColor};
        QList<QStringList> rows;
        Money total;
        const QLocale locale = LetterFormat::locale(lang);
        for (const MonthRecovered& m : f.recovered) {
            chart.categories << locale.toString(m.month, QStringLiteral("MM/yy"));
            amounts.values << m.amount.cents();
            rows << QStringList{locale.toString(m.month, QStringLiteral("MMMM yyyy")),
                                money(m.amount, lang)};
            total += m.amount;
        }
        chart.series << amounts;
        c.addHeading(w.recovered, c.y(55));
        ReportChartPainter::addBars(c, 55, chart);
        ReportTablePainter::add(c, {{w.month, 2}, {w.recoveredAmount, 2, true}}, rows,
                                {w.total, money(total, lang)});
    }

    void debtors()
    {
        c.newPage();
        c.addHeading(w.debtorList, tableKeep(3));
        if (r.debtors.isEmpty()) {
            c.addText(w.noDebtor, ReportCanvas::font(10));
            return;
        }
        const QList<ReportColumn> columns{{w.ref, 1.2},
                                          {w.tenant, 4.2},
                                          {w.overdue, 1.7, true},
                                          {w.daysInArrears, 1, true},
                                          {w.lastLevel, 2.6}};
        for (AgeBucket bucket : AgeBuckets::all()) {
            QList<QStringList> rows;
            Money total;
            for (const ReportDebtor& d : r.debtors) {
                if (AgeBuckets::of(d.daysInArrears) != bucket)
                    continue;
                const QString level = d.lastLevel == 0 ? w.noReminder
                                      : d.lastLevelName.isEmpty()
                                          ? QString::number(d.lastLevel)
                                          : QString(QString::number(d.lastLevel) +
                                                    QStringLiteral(" – ") + d.lastLevelName);
                rows << QStringList{d.ref, d.name, money(d.overdue, lang),
                                    QString::number(d.daysInArrears), level};
                total += d.overdue;
            }
            if (rows.isEmpty())
                continue;
            QString label = ReportWords::bucket(bucket, lang);
            label[0] = label[0].toUpper();
            const QString heading =
                w.bucketHeading.arg(label, QString::number(rows.size()), money(total, lang));
            const QFont font = ReportCanvas::font(10, true);
            c.ensure(c.textHeight(heading, font, c.width()) + tableKeep(3));
            c.skip(2);
            c.addText(heading, font, 1.5);
            ReportTablePainter::add(c, columns, rows,
                                    {w.total, QString(), money(total, lang), QString(), QString()});
        }
    }

    ReportCanvas& c;
    const RecoveryReportContent& r;
    const RecoveryFigures& f;
    const QString& lang;
    const RecoveryReportWords& w;
};

} // namespace

QString RecoveryReportPdf::title(const RecoveryReportContent& report)
{
    return ReportWords::recovery(report.language)
        .title.arg(LetterFormat::longDate(report.figures.asOf, report.language));
}

int RecoveryReportPdf::paint(QPainter& painter, QPagedPaintDevice& device,
                             const RecoveryReportContent& report)
{
    ReportCanvas canvas(device, report.agency, report.language);
    Document(canvas, report).build(title(report));
    return canvas.paint(painter);
}

Result<int> RecoveryReportPdf::write(const RecoveryReportContent& report, const QString& path)
{
    PdfMetadata meta;
    meta.title = title(report);
    meta.author = report.agency.name;
    meta.subject = ReportWords::recovery(report.language).subject;
    return ReportPdfFile::write(
        path, meta, [&report](QPainter& p, QPagedPaintDevice& d) { return paint(p, d, report); });
}

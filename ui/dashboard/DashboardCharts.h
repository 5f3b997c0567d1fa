#pragma once

#include "reports/RecoveryFigures.h"

#include <QCoreApplication>

class ChartPanel;
class QChart;

// The dashboard's charts, drawn from the recovery figures. Each is built
// anew when the figures change; a click on a bar (or a point of the line)
// goes to the panel as the row of the same index, a bar's tooltip gives its
// value as the table beside it words it. Amounts become numbers only to be
// drawn (qreal coordinates); every amount read by a person is Money's.
class DashboardCharts
{
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)

public:
    static QChart* ageing(const QList<AgeingRow>& rows, ChartPanel* panel);
    static QChart* monthly(const QList<MonthEndOverdue>& rows, ChartPanel* panel);
    static QChart* levels(const QList<LevelEffectiveness>& rows, ChartPanel* panel);
    static QChart* recovered(const QList<MonthRecovered>& rows, ChartPanel* panel);

    // « nov. 26 »: a month under a chart.
    static QString shortMonth(QDate date);
    // « 31–60 », « > 180 »: a bucket under the ageing chart (the axis says
    // « days in arrears »).
    static QString bucketTick(AgeBucket bucket);
};

#pragma once

#include <QFrame>

class QAbstractItemModel;
class QChart;
class QHBoxLayout;
class QChartView;
class QLabel;
class QTableView;

// One figure of the dashboard: its title, its chart, and beside it the same
// numbers in a table (read by screen readers, copied, checked by tests). A
// click on a bar (the chart's builder calls activateRow) or on a row says
// which row the user wants to look into.
class ChartPanel : public QFrame
{
    Q_OBJECT

public:
    ChartPanel(const QString& objectName, const QString& title, QAbstractItemModel* model,
               QWidget* parent = nullptr);

    // Takes the chart; the previous one is deleted.
    void setChart(QChart* chart);
    QChart* chart() const;
    QChartView* chartView() const { return m_view; }
    QTableView* table() const { return m_table; }
    QString title() const;
    // What the figure means, under its title.
    void setExplanation(const QString& text);
    // Rows of this figure can be looked into (a pointing hand, a hint).
    void setRowsOpenDebtors(bool open);
    // The chart's and the table's shares of the width (3 : 2 unless told):
    // a table of many columns needs more.
    void setShares(int chart, int table);

public slots:
    void activateRow(int row);

signals:
    void rowActivated(int row);

private:
    QLabel* m_title = nullptr;
    QLabel* m_explanation = nullptr;
    QChartView* m_view = nullptr;
    QTableView* m_table = nullptr;
    QHBoxLayout* m_figures = nullptr;
};

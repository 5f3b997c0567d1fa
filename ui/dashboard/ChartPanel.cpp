#include "ChartPanel.h"

#include "common/ListWidgets.h"

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

ChartPanel::ChartPanel(const QString& objectName, const QString& title, QAbstractItemModel* model,
                       QWidget* parent)
    : QFrame(parent)
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(title);

    m_title = new QLabel(title, this);
    m_title->setObjectName(objectName + QLatin1String("Title"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setForegroundRole(QPalette::PlaceholderText);
    m_explanation->hide();

    m_view = new QChartView(this);
    m_view->setObjectName(objectName + QLatin1String("Chart"));
    m_view->setAccessibleName(title);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(260, 220);
    m_view->setChart(new QChart);

    // The figures are few and in their natural order: no sorting, so that
    // a row is the chart's bar of the same index.
    m_table = ListWidgets::table(this, objectName + QLatin1String("Table"), title);
    m_table->setSortingEnabled(false);
    m_table->horizontalHeader()->setSectionsMovable(false);
    m_table->setModel(model);
    m_table->setMinimumWidth(200);
    connect(model, &QAbstractItemModel::modelReset, m_table,
            [this] { m_table->resizeColumnsToContents(); });
    connect(m_table, &QTableView::clicked, this,
            [this](const QModelIndex& index) { activateRow(index.row()); });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { activateRow(index.row()); });

    m_figures = new QHBoxLayout;
    m_figures->setContentsMargins(0, 0, 0, 0);
    m_figures->addWidget(m_view, 3);
    m_figures->addWidget(m_table, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_explanation);
    layout->addLayout(m_figures, 1);
}

void ChartPanel::setShares(int chart, int table)
{
    m_figures->setStretchFactor(m_view, chart);
    m_figures->setStretchFactor(m_table, table);
}

void ChartPanel::setChart(QChart* chart)
{
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

QChart* ChartPanel::chart() const
{
    return m_view->chart();
}

QString ChartPanel::title() const
{
    return m_title->text();
}

void ChartPanel::setExplanation(const QString& text)
{
    m_explanation->setText(text);
    m_explanation->setVisible(!text.isEmpty());
}

void ChartPanel::setRowsOpenDebtors(bool open)
{
    m_table->viewport()->setCursor(open ? Qt::PointingHandCursor : Qt::ArrowCursor);
    m_view->setCursor(open ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void ChartPanel::activateRow(int row)
{
    if (row < 0 || row >= m_table->model()->rowCount())
        return;
    m_table->selectRow(row);
    emit rowActivated(row);
}

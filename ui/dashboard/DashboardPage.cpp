#include "DashboardPage.h"

#include "AgeingTableModel.h"
#include "ChartPanel.h"
#include "DashboardCharts.h"
#include "DashboardHeadline.h"
#include "LevelEffectivenessModel.h"
#include "MonthlyOverdueModel.h"
#include "OwnerStatementsDialog.h"
#include "RecoveredMonthsModel.h"
#include "RecoveryFiguresLoader.h"
#include "RecoveryReportSaver.h"
#include "common/MessageBox.h"
#include "common/ViewState.h"
#include "debtors/AsOfDateEdit.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
const auto periodKey = QLatin1String("dashboard/periodMonths");
constexpr int defaultMonths = 12;
// Two panels side by side need this much room for charts whose labels can
// be read beside tables whose columns show whole.
constexpr int twoColumnsWidth = 1400;
} // namespace

DashboardPage::DashboardPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardPage"));
    setAccessibleName(tr("Dashboard"));
    m_loader = new RecoveryFiguresLoader(this);
    m_reportSaver = new RecoveryReportSaver(this);
    m_ageing = new AgeingTableModel(this);
    m_monthly = new MonthlyOverdueModel(this);
    m_levels = new LevelEffectivenessModel(this);
    m_recovered = new RecoveredMonthsModel(this);
    buildLayout();

    connect(m_loader, &RecoveryFiguresLoader::progressChanged, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_loader, &RecoveryFiguresLoader::ready, this, [this](const RecoveryFigures& f) {
        setBusy(false);
        setStatus(QString());
        showFigures(f);
    });
    connect(m_loader, &RecoveryFiguresLoader::cancelled, this, [this] {
        setBusy(false);
        setStatus(m_figures ? tr("Stopped: the figures shown are those of %1.")
                                  .arg(QLocale().toString(m_figures->asOf, QLocale::ShortFormat))
                            : tr("Stopped before the figures were ready. Press Refresh to "
                                 "compute them."));
    });
    connect(m_loader, &RecoveryFiguresLoader::failed, this, [this](const QString& error) {
        setBusy(false);
        setStatus(tr("The figures could not be computed."), true);
        MessageBox::warning(this, tr("Dashboard"), error);
    });
    setDatabase(nullptr);
}

DashboardPage::~DashboardPage()
{
    delete m_loader; // waits for the work before the database goes
    delete m_reportSaver;
}

void DashboardPage::buildLayout()
{
    m_date = new AsOfDateEdit(this);
    // The Debtors screen has its own: tests and screen readers tell them apart.
    m_date->setObjectName(QStringLiteral("dashboardAsOf"));
    auto* dateLabel = new QLabel(tr("As of:"), this);
    dateLabel->setBuddy(m_date);

    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("dashboardPeriod"));
    m_period->setAccessibleName(tr("Period"));
    m_period->setToolTip(tr("The months whose reminders and recoveries are counted"));
    for (int months : {3, 6, 12, 24})
        m_period->addItem(tr("Last %n month(s)", nullptr, months), months);
    auto* periodLabel = new QLabel(tr("Period:"), this);
    periodLabel->setBuddy(m_period);
    setPeriodMonths(QSettings().value(periodKey, defaultMonths).toInt());

    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshDashboard"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Compute the figures again (F5)"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("dashboardProgress"));
    m_progress->setAccessibleName(tr("Accounts read"));
    m_progress->setMaximumWidth(220);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelDashboard"));
    m_report = new QPushButton(tr("Recovery report (PDF)…"), this);
    m_report->setObjectName(QStringLiteral("dashboardReport"));
    m_report->setToolTip(tr("Save the monthly recovery report of the figures shown as PDF"));
    m_statements = new QPushButton(tr("Landlords' statements…"), this);
    m_statements->setObjectName(QStringLiteral("dashboardStatements"));
    m_statements->setToolTip(
        tr("Write each landlord's statement of their tenants' arrears, to print or e-mail"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    m_dateProblem = new QLabel(this);
    m_dateProblem->setObjectName(QStringLiteral("dashboardDateProblem"));
    m_dateProblem->setWordWrap(true);
    m_dateProblem->setTextFormat(Qt::PlainText);
    m_dateProblem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_dateProblem->hide();

    auto* controls = new QHBoxLayout;
    controls->addWidget(dateLabel);
    controls->addWidget(m_date);
    controls->addSpacing(12);
    controls->addWidget(periodLabel);
    controls->addWidget(m_period);
    controls->addWidget(m_refresh);
    controls->addSpacing(12);
    controls->addWidget(m_progress);
    controls->addWidget(m_cancel);
    controls->addWidget(m_status, 1);

    m_headline = new DashboardHeadline(this);
    m_ageingPanel =
        new ChartPanel(QStringLiteral("dashboardAgeing"), tr("Arrears by age"), m_ageing, this);
    m_ageingPanel->setExplanation(
        tr("What is owed, by how long each debtor has been in arrears. Click a bar or a row to "
           "list those debtors."));
    m_monthlyPanel = new ChartPanel(QStringLiteral("dashboardMonthly"),
                                    tr("Total overdue at each month end"), m_monthly, this);
    m_monthlyPanel->setExplanation(
        tr("The last 24 month ends. Click a point or a row to list the debtors of that day."));
    m_levelsPanel = new ChartPanel(QStringLiteral("dashboardLevels"), tr("Reminders that worked"),
                                   m_levels, this);
    m_levelsPanel->setExplanation(
        tr("Of each level's reminders issued in the period, the share whose arrears were paid "
           "off within 15 and within 30 days."));
    m_recoveredPanel = new ChartPanel(QStringLiteral("dashboardRecovered"),
                                      tr("Recovered each month"), m_recovered, this);
    m_recoveredPanel->setExplanation(
        tr("Payments and credit notes that paid overdue amounts, month by month in the period."));
    m_levelsPanel->setShares(1, 1); // four columns
    for (ChartPanel* p : {m_ageingPanel, m_monthlyPanel, m_levelsPanel})
        p->setRowsOpenDebtors(true);
    for (ChartPanel* p : {m_ageingPanel, m_monthlyPanel, m_levelsPanel, m_recoveredPanel})
        p->setMinimumHeight(300);

    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("dashboardContent"));
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_headline);
    m_grid = new QGridLayout;
    contentLayout->addLayout(m_grid, 1);
    arrange(1);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("dashboardScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    // Their own row: beside the date and period they would make the page
    // wider than a 1024 px screen in French.
    auto* reports = new QHBoxLayout;
    reports->addWidget(m_report);
    reports->addWidget(m_statements);
    reports->addStretch(1);
    layout->addLayout(reports);
    layout->addWidget(m_dateProblem);
    layout->addWidget(m_scroll, 1);
    setBusy(false);

    connect(m_refresh, &QPushButton::clicked, this, &DashboardPage::compute);
    connect(m_cancel, &QPushButton::clicked, this, &DashboardPage::cancel);
    connect(m_report, &QPushButton::clicked, this, &DashboardPage::saveReport);
    connect(m_statements, &QPushButton::clicked, this, [this] { showStatementsDialog(); });
    connect(m_reportSaver, &RecoveryReportSaver::busyChanged, this,
            [this] { updateReportButtons(); });
    connect(m_date, &AsOfDateEdit::dateChanged, this, [this] { computeWhenShown(); });
    connect(m_date, &AsOfDateEdit::problemChanged, this, [this](const QString& problem) {
        m_dateProblem->setText(problem);
        m_dateProblem->setVisible(!problem.isEmpty());
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { computeWhenShown(); });

    connect(m_ageingPanel, &ChartPanel::rowActivated, this, [this](int row) {
        if (m_figures && row < m_ageing->rowCount())
            emit ageBucketRequested(m_figures->asOf, m_ageing->rows().at(row).bucket);
    });
    connect(m_levelsPanel, &ChartPanel::rowActivated, this, [this](int row) {
        if (m_figures && row < m_levels->rowCount()) {
            const LevelEffectiveness& level = m_levels->rows().at(row);
            emit lastLevelRequested(m_figures->asOf, level.level,
                                    LevelEffectivenessModel::levelLabel(level));
        }
    });
    connect(m_monthlyPanel, &ChartPanel::rowActivated, this, [this](int row) {
        if (row < m_monthly->rowCount())
            emit debtorsAsOfRequested(m_monthly->rows().at(row).monthEnd);
    });
    connect(m_headline, &DashboardHeadline::deadlinesRequested, this, [this] {
        if (m_figures)
            emit deadlinesRequested(m_figures->asOf);
    });
    connect(m_headline, &DashboardHeadline::plansRequested, this, [this] {
        if (m_figures)
            emit troubledPlansRequested(m_figures->asOf);
    });
}

void DashboardPage::arrange(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    const QList<ChartPanel*> panels = {m_ageingPanel, m_monthlyPanel, m_levelsPanel,
                                       m_recoveredPanel};
    for (ChartPanel* p : panels)
        m_grid->removeWidget(p);
    for (int i = 0; i < panels.size(); ++i)
        m_grid->addWidget(panels.at(i), i / columns, i % columns);
}

void DashboardPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrange(event->size().width() >= twoColumnsWidth ? 2 : 1);
}

void DashboardPage::setDatabase(const Database* db)
{
    // The statements' dialog holds the database it was opened on: it goes
    // (waiting for its batch) before that database does.
    qDeleteAll(findChildren<OwnerStatementsDialog*>(Qt::FindDirectChildrenOnly));
    m_loader->setDatabase(db);
    m_reportSaver->setDatabase(db);
    m_db = db;
    m_figures.reset();
    m_headline->clear();
    m_ageing->setRows({});
    m_monthly->setRows({});
    m_levels->setRows({});
    m_recovered->setRows({});
    setBusy(false);
    setStatus(QString());
    setEnabled(db != nullptr);
    m_stale = true;
    if (db)
        computeWhenShown();
}

void DashboardPage::refresh()
{
    m_stale = true;
    computeWhenShown();
}

void DashboardPage::saveViewState() const
{
    // Within the window's batch when it quits: one write of the file.
    ViewState::Batch batch;
    batch.settings().setValue(periodKey, periodMonths());
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // After the event: the main window may ask for a refresh (or a test for
    // another date) right after showing the page, and one computation
    // serves both.
    QTimer::singleShot(0, this, [this] {
        if (m_stale && m_db && isVisible())
            compute();
    });
}

void DashboardPage::computeWhenShown()
{
    m_stale = true;
    // Nobody looks at it: the work waits until someone does (on 20,000
    // accounts it reads every ledger).
    if (m_db && isVisible())
        compute();
}

void DashboardPage::compute()
{
    if (!m_db || !asOf().isValid())
        return;
    m_stale = false;
    setBusy(true);
    setStatus(tr("Reading the accounts…"));
    m_loader->start(asOf(), periodStart(asOf(), periodMonths()));
}

void DashboardPage::cancel()
{
    m_loader->cancel();
}

QDate DashboardPage::asOf() const
{
    return m_date->date();
}

void DashboardPage::setAsOf(QDate date)
{
    m_date->setDate(date);
}

int DashboardPage::periodMonths() const
{
    return m_period->currentData().toInt();
}

void DashboardPage::setPeriodMonths(int months)
{
    const int index = m_period->findData(months);
    m_period->setCurrentIndex(index >= 0 ? index : m_period->findData(defaultMonths));
}

QDate DashboardPage::periodStart(QDate asOf, int months)
{
    return asOf.addMonths(-months).addDays(1);
}

bool DashboardPage::isUpToDate() const
{
    return m_figures && !m_loader->isBusy() && m_figures->asOf == asOf() &&
           m_figures->from == periodStart(asOf(), periodMonths());
}

QString DashboardPage::statusText() const
{
    return m_status->text();
}

void DashboardPage::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_refresh->setEnabled(!busy);
    updateReportButtons();
    if (busy)
        m_progress->setRange(0, 0); // until the number of accounts is known
}

void DashboardPage::setStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("QLabel { color: #b00020; }") : QString());
}

void DashboardPage::showFigures(const RecoveryFigures& figures)
{
    m_figures = figures;
    m_headline->setFigures(figures);
    m_ageing->setRows(figures.ageing);
    m_monthly->setRows(figures.monthly);
    m_levels->setRows(figures.levels);
    m_recovered->setRows(figures.recovered);
    m_ageingPanel->setChart(DashboardCharts::ageing(figures.ageing, m_ageingPanel));
    m_monthlyPanel->setChart(DashboardCharts::monthly(figures.monthly, m_monthlyPanel));
    m_monthlyPanel->table()->scrollToBottom(); // the latest month ends first in view
    m_levelsPanel->setChart(DashboardCharts::levels(figures.levels, m_levelsPanel));
    m_recoveredPanel->setChart(DashboardCharts::recovered(figures.recovered, m_recoveredPanel));
    updateReportButtons();
}

void DashboardPage::updateReportButtons()
{
    // The report shows the figures on screen: none shown, none to report.
    m_report->setEnabled(m_db && m_figures && !m_loader->isBusy() && !m_reportSaver->isBusy());
    m_statements->setEnabled(m_db != nullptr);
}

void DashboardPage::saveReport()
{
    if (m_figures && m_db)
        m_reportSaver->save(*m_figures);
}

OwnerStatementsDialog* DashboardPage::showStatementsDialog()
{
    if (!m_db)
        return nullptr;
    const QDate date = m_figures ? m_figures->asOf : asOf();
    auto* dialog = new OwnerStatementsDialog(*m_db, date, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OwnerStatementsDialog::outboxRequested, this, &DashboardPage::outboxRequested);
    connect(dialog, &OwnerStatementsDialog::outboxChanged, this, &DashboardPage::outboxChanged);
    connect(dialog, &OwnerStatementsDialog::sendRequested, this, &DashboardPage::sendRequested);
    dialog->open();
    return dialog;
}

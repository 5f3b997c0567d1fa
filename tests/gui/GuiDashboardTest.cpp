// The « Tableau de bord » section (issue 15) on a real SQLite file: its
// figures are RecoveryDashboard's and agree with the Debtors screen, a click
// on a bar or a row opens the Debtors screen filtered to it, the period
// changes the months counted. Offscreen.
#include "GuiFixture.h"

#include "common/FilterChip.h"
#include "dashboard/AgeingTableModel.h"
#include "dashboard/ChartPanel.h"
#include "dashboard/DashboardHeadline.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/LevelEffectivenessModel.h"
#include "dashboard/MonthlyOverdueModel.h"
#include "dashboard/RecoveredMonthsModel.h"
#include "dashboard/RecoveryFiguresLoader.h"
#include "deadlines/DeadlinesPage.h"
#include "debtors/DebtorFilterBar.h"
#include "debtors/DebtorFilterProxy.h"
#include "debtors/DebtorTableModel.h"
#include "debtors/DebtorsPage.h"
#include "main/DatabaseOpener.h"
#include "main/MainWindow.h"
#include "reminders/RunService.h"
#include "reports/RecoveryDashboard.h"
#include "storage/AccountRepository.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>

namespace {

const QDate asOf(2026, 11, 20);

QString money(qint64 cents)
{
    return Money::fromCents(cents).toLocaleString();
}

// The sample agency (GuiFixture::sampleLedger) with two more debts, so that
// every age but one has its debtors as of 20 November 2026 (days in arrears
// in brackets):
// - 0–30: LOC2 900,00 and LOC3 95,00 (November's rent, 19);
// - 31–60: LOC10 1 527,00 (October part paid, November; 50);
// - 61–90: LOC5 600,00 (a rent due 25 August; 87);
// - 91–180: nobody;
// - over 180: LOC1 450,50 (rents of May and June, May paid on 15 August:
//   still in arrears since 1 May; 203).
// A month earlier (20 October): LOC10 513,50, LOC1 450,50, LOC5 600,00.
// Then a run on 20 November issues each debtor's first reminder.
struct Agency
{
    std::unique_ptr<Database> db;
    QStringList reminded; // the refs the run reminded, sorted
};

Agency agency(GuiFixture& fixture)
{
    Agency out;
    out.db = fixture.preparedAgency();
    Account loc5 = GuiFixture::sampleAccounts().at(1);
    loc5.ref = QStringLiteral("LOC5");
    loc5.name = QStringLiteral("M. Victor Hugo");
    loc5.email = QStringLiteral("victor.hugo@example.fr");
    loc5.monthlyRent = Money::fromCents(60000);
    REQUIRE(AccountRepository(*out.db).save(loc5).ok());
    QList<LedgerEntry> ledger = GuiFixture::sampleLedger(*out.db);
    const qint64 loc1 = GuiFixture::idOf(*out.db, "LOC1");
    const qint64 loc5Id = GuiFixture::idOf(*out.db, "LOC5");
    ledger << GuiFixture::ledgerEntry(loc1, "R-2026-05", Side::Debit, QDate(2026, 5, 1), 45050,
                                      QStringLiteral("Loyer mai 2026"))
           << GuiFixture::ledgerEntry(loc1, "R-2026-06", Side::Debit, QDate(2026, 6, 1), 45050,
                                      QStringLiteral("Loyer juin 2026"))
           << GuiFixture::ledgerEntry(loc1, "V-2026-08", Side::Credit, QDate(2026, 8, 15), 45050,
                                      QStringLiteral("Virement"))
           << GuiFixture::ledgerEntry(loc5Id, "R-2026-08", Side::Debit, QDate(2026, 8, 25), 60000,
                                      QStringLiteral("Loyer août 2026"));
    GuiFixture::insertLedger(*out.db, ledger);

    RunOptions options;
    options.asOf = asOf;
    options.force = true;
    options.userName = QStringLiteral("marie");
    options.letterState = LetterState::Pending;
    auto outcome = RunService(*out.db).run(options);
    INFO(outcome.error().toStdString());
    REQUIRE(outcome.ok());
    for (const RunIssued& issued : std::as_const(outcome->issued))
        if (issued.level == 1)
            out.reminded << issued.ref;
    out.reminded.sort();
    REQUIRE_FALSE(out.reminded.isEmpty());
    return out;
}

std::unique_ptr<MainWindow> window(std::unique_ptr<Database> db)
{
    auto w = std::make_unique<MainWindow>(std::move(db));
    w->resize(1280, 900);
    w->show();
    REQUIRE(QTest::qWaitForWindowExposed(w.get()));
    return w;
}

// The dashboard in view as of `date`, its figures computed.
DashboardPage* dashboardAsOf(MainWindow& w, QDate date)
{
    w.showSection(MainWindow::DashboardSection);
    DashboardPage* page = w.dashboardPage();
    REQUIRE(page);
    page->setAsOf(date);
    REQUIRE(GuiFixture::waitUntil([page] { return page->isUpToDate(); }, 60000));
    INFO(page->statusText().toStdString());
    REQUIRE(page->statusText().isEmpty());
    return page;
}

QStringList column(const QAbstractItemModel* model, int column)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, column).data().toString();
    return out;
}

QStringList shownRefs(const DebtorsPage* page)
{
    QStringList refs = column(page->proxy(), DebtorTableModel::RefColumn);
    refs.sort();
    return refs;
}

void clickRow(QTableView* table, int row)
{
    const QModelIndex index = table->model()->index(row, 0);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
}

// A real click in the middle of bar `index` of the panel's first bar set.
void clickBar(ChartPanel* panel, int index)
{
    QChart* chart = panel->chart();
    auto* series = qobject_cast<QBarSeries*>(chart->series().value(0));
    REQUIRE(series);
    QBarSet* set = series->barSets().value(0);
    REQUIRE(set);
    REQUIRE(set->at(index) > 0);
    const QPointF inChart = chart->mapToPosition(QPointF(index, set->at(index) / 2), series);
    const QPoint inView = panel->chartView()->mapFromScene(chart->mapToScene(inChart));
    QTest::mouseClick(panel->chartView()->viewport(), Qt::LeftButton, {}, inView);
}

// Σ overdue of the debtors the Debtors screen shows.
qint64 shownOverdueCents(const DebtorsPage* page)
{
    qint64 cents = 0;
    for (int row = 0; row < page->proxy()->rowCount(); ++row)
        cents += page->proxy()->index(row, 0).data(DebtorTableModel::OverdueCentsRole).toLongLong();
    return cents;
}

} // namespace

TEST_CASE("The dashboard shows the arrears as RecoveryDashboard computes them and as the Debtors "
          "screen lists them, and a click on an age opens the Debtors screen filtered to it")
{
    GuiFixture fixture;
    Agency a = agency(fixture);
    const auto expected =
        RecoveryDashboard(*a.db).compute(asOf, RecoveryDashboard::defaultFrom(asOf));
    INFO(expected.error().toStdString());
    REQUIRE(expected.ok());
    auto w = window(std::move(a.db));
    DashboardPage* page = dashboardAsOf(*w, asOf);
    CHECK(page->periodMonths() == 12);
    CHECK(page->figures()->from == RecoveryDashboard::defaultFrom(asOf));

    // The headline: 3 572,50 € owed by 5 debtors, up from 1 564,00 € and 3
    // a month earlier.
    CHECK(page->headline()->totalText() == money(357250));
    CHECK(page->headline()->debtorsText() == QStringLiteral("5"));
    CHECK(page->headline()->totalChangeText() ==
          QStringLiteral("▲ +%1 since %2")
              .arg(money(200850), QLocale().toString(QDate(2026, 10, 20), QLocale::ShortFormat)));
    CHECK(page->headline()->debtorsChangeText().startsWith(QStringLiteral("▲ +2 since ")));
    CHECK(expected->totalOverdue.cents() == 357250);

    // Arrears by age: the table says what compute says, which is the
    // hand-made agency's.
    const AgeingTableModel* ageing = page->ageingModel();
    REQUIRE(ageing->rowCount() == 5);
    CHECK(column(ageing, AgeingTableModel::AgeColumn) ==
          QStringList{QStringLiteral("0–30 days"), QStringLiteral("31–60 days"),
                      QStringLiteral("61–90 days"), QStringLiteral("91–180 days"),
                      QStringLiteral("Over 180 days")});
    CHECK(column(ageing, AgeingTableModel::AmountColumn) ==
          QStringList{money(99500), money(152700), money(60000), money(0), money(45050)});
    CHECK(column(ageing, AgeingTableModel::CountColumn) ==
          QStringList{QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("1"),
                      QStringLiteral("0"), QStringLiteral("1")});
    for (int row = 0; row < 5; ++row) {
        CHECK(ageing->index(row, AgeingTableModel::AmountColumn).data().toString() ==
              expected->ageing.at(row).amount.toLocaleString());
        CHECK(ageing->index(row, AgeingTableModel::CountColumn).data().toString() ==
              QString::number(expected->ageing.at(row).count));
    }
    // The chart draws the same amounts (in euros: a small agency).
    auto* bars = qobject_cast<QBarSeries*>(page->ageingPanel()->chart()->series().value(0));
    REQUIRE(bars);
    CHECK(bars->barSets().at(0)->at(1) == Approx(1527.0));

    // The month ends: 24 of them, the last one's overdue as compute says.
    const MonthlyOverdueModel* monthly = page->monthlyModel();
    REQUIRE(monthly->rowCount() == 24);
    CHECK(monthly->rows().last().monthEnd == expected->monthly.last().monthEnd);
    CHECK(monthly->index(23, MonthlyOverdueModel::OverdueColumn).data().toString() ==
          expected->monthly.last().overdue.toLocaleString());

    // The levels: the run's first reminders, none followed by payment yet.
    const LevelEffectivenessModel* levels = page->levelsModel();
    REQUIRE(levels->rowCount() == expected->levels.size());
    REQUIRE(levels->rowCount() >= 1);
    CHECK(levels->rows().at(0).level == 1);
    CHECK(levels->index(0, LevelEffectivenessModel::IssuedColumn).data().toString() ==
          QString::number(a.reminded.size()));
    for (int row = 0; row < levels->rowCount(); ++row) {
        const LevelEffectiveness& level = expected->levels.at(row);
        CHECK(levels->index(row, LevelEffectivenessModel::Within15Column).data().toString() ==
              QStringLiteral("%1 (%2)").arg(
                  LevelEffectivenessModel::percentText(
                      LevelEffectivenessModel::perMille(level.cleared15, level.issued)),
                  QString::number(level.cleared15)));
        CHECK(levels->index(row, LevelEffectivenessModel::Within30Column).data().toString() ==
              QStringLiteral("%1 (%2)").arg(
                  LevelEffectivenessModel::percentText(
                      LevelEffectivenessModel::perMille(level.cleared30, level.issued)),
                  QString::number(level.cleared30)));
    }
    // 2 of 3 is 66.7 %, rounded to the per mille.
    CHECK(LevelEffectivenessModel::perMille(2, 3) == 667);
    CHECK(LevelEffectivenessModel::percentText(667) == QLocale().toString(66.7, 'f', 1) + u'%');

    // A click on the first row of the ages: the Debtors screen as of the
    // same date shows LOC2 and LOC3, and says why the list is shorter.
    clickRow(page->ageingPanel()->table(), 0);
    REQUIRE(w->currentSection() == MainWindow::DebtorsSection);
    DebtorsPage* debtors = w->debtorsPage();
    CHECK(debtors->asOf() == asOf);
    CHECK(shownRefs(debtors) == QStringList{QStringLiteral("LOC2"), QStringLiteral("LOC3")});
    CHECK(debtors->filterBar()->chipTexts() == QStringList{QStringLiteral("0–30 days in arrears")});
    CHECK(shownOverdueCents(debtors) == 99500);

    // Every age: as many debtors, the same amount on both screens.
    for (int row = 0; row < 5; ++row) {
        debtors->filterBar()->setAgeBucket(expected->ageing.at(row).bucket);
        INFO("bucket " << row);
        CHECK(debtors->proxy()->rowCount() == expected->ageing.at(row).count);
        CHECK(shownOverdueCents(debtors) == expected->ageing.at(row).amount.cents());
    }

    // Removing the chip shows every debtor again: those the headline counts.
    auto* chip = debtors->findChild<FilterChip*>(QStringLiteral("debtorAgeFilter"));
    REQUIRE(chip);
    QTest::mouseClick(chip->removeButton(), Qt::LeftButton);
    CHECK(debtors->filterBar()->chipTexts().isEmpty());
    CHECK(debtors->proxy()->rowCount() == 5);
    CHECK(shownOverdueCents(debtors) == 357250);

    // A click on the 61–90 days bar of the chart: LOC5 alone.
    w->showSection(MainWindow::DashboardSection);
    QApplication::processEvents();
    clickBar(page->ageingPanel(), 2);
    REQUIRE(w->currentSection() == MainWindow::DebtorsSection);
    CHECK(shownRefs(debtors) == QStringList{QStringLiteral("LOC5")});
    CHECK(debtors->filterBar()->chipTexts() ==
          QStringList{QStringLiteral("61–90 days in arrears")});
}

TEST_CASE("A level, a month end and the payment plans on the dashboard open the matching debtors")
{
    GuiFixture fixture;
    Agency a = agency(fixture);
    auto w = window(std::move(a.db));
    DashboardPage* page = dashboardAsOf(*w, asOf);
    DebtorsPage* debtors = w->debtorsPage();

    // Level 1: the debtors whose last reminder is the run's first one.
    clickRow(page->levelsPanel()->table(), 0);
    REQUIRE(w->currentSection() == MainWindow::DebtorsSection);
    CHECK(debtors->asOf() == asOf);
    CHECK(shownRefs(debtors) == a.reminded);
    REQUIRE(debtors->filterBar()->chipTexts().size() == 1);
    CHECK(debtors->filterBar()->chipTexts().at(0).startsWith(QStringLiteral("Last reminder: ")));

    // 31 October: the debtors of that day, every filter removed.
    w->showSection(MainWindow::DashboardSection);
    const MonthlyOverdueModel* monthly = page->monthlyModel();
    const int october = monthly->rowCount() - 1; // the last month end before 20 November
    REQUIRE(monthly->rows().at(october).monthEnd == QDate(2026, 10, 31));
    clickRow(page->monthlyPanel()->table(), october);
    REQUIRE(w->currentSection() == MainWindow::DebtorsSection);
    CHECK(debtors->asOf() == QDate(2026, 10, 31));
    CHECK(debtors->filterBar()->chipTexts().isEmpty());
    CHECK(debtors->proxy()->rowCount() == monthly->rows().at(october).debtors);
    CHECK(shownOverdueCents(debtors) == monthly->rows().at(october).overdue.cents());
    CHECK(shownRefs(debtors) ==
          QStringList{QStringLiteral("LOC1"), QStringLiteral("LOC10"), QStringLiteral("LOC5")});

    // The payment plans' button: the Debtors screen's « Plans late or
    // broken » as of the dashboard's date.
    w->showSection(MainWindow::DashboardSection);
    QTest::mouseClick(page->headline()->latePlansButton(), Qt::LeftButton);
    REQUIRE(w->currentSection() == MainWindow::DebtorsSection);
    CHECK(debtors->asOf() == asOf);
    auto* show = debtors->findChild<QComboBox*>(QStringLiteral("debtorShow"));
    REQUIRE(show);
    CHECK(show->currentData().toInt() == int(DebtorFilterProxy::Show::PaymentPlanTrouble));

    // The late deadlines' button: the Deadlines screen as of that date.
    w->showSection(MainWindow::DashboardSection);
    QTest::mouseClick(page->headline()->lateDeadlinesButton(), Qt::LeftButton);
    REQUIRE(w->currentSection() == MainWindow::DeadlinesSection);
    CHECK(w->deadlinesPage()->asOf() == asOf);
}

TEST_CASE("The dashboard's period changes the months whose recoveries are shown")
{
    GuiFixture fixture;
    Agency a = agency(fixture);
    const RecoveryDashboard dashboard(*a.db);
    const auto year = dashboard.compute(asOf, DashboardPage::periodStart(asOf, 12));
    const auto quarter = dashboard.compute(asOf, DashboardPage::periodStart(asOf, 3));
    REQUIRE(year.ok());
    REQUIRE(quarter.ok());
    auto w = window(std::move(a.db));
    DashboardPage* page = dashboardAsOf(*w, asOf);

    auto months = [page] {
        QList<QDate> out;
        for (const MonthRecovered& m : page->recoveredModel()->rows())
            out << m.month;
        return out;
    };
    auto expectedMonths = [](const RecoveryFigures& f) {
        QList<QDate> out;
        for (const MonthRecovered& m : f.recovered)
            out << m.month;
        return out;
    };
    CHECK(months() == expectedMonths(*year));
    CHECK(column(page->recoveredModel(), RecoveredMonthsModel::AmountColumn).size() ==
          year->recovered.size());
    REQUIRE_FALSE(months().isEmpty());
    CHECK(months().first() <= QDate(2025, 12, 1));

    // « Last 3 months »: from 21 August; the August recovery of LOC1 (15
    // August) is no longer counted.
    QComboBox* period = page->periodCombo();
    period->setCurrentIndex(period->findData(3));
    REQUIRE(GuiFixture::waitUntil([page] { return page->isUpToDate(); }, 60000));
    CHECK(page->figures()->from == QDate(2026, 8, 21));
    CHECK(months() == expectedMonths(*quarter));
    CHECK(months().size() < year->recovered.size());
    CHECK(months().first() >= QDate(2026, 8, 1));
    for (int row = 0; row < page->recoveredModel()->rowCount(); ++row)
        CHECK(page->recoveredModel()->index(row, RecoveredMonthsModel::AmountColumn).data() ==
              quarter->recovered.at(row).amount.toLocaleString());
}

TEST_CASE("On the demo agency the dashboard agrees with the Debtors screen")
{
    GuiFixture fixture;
    const QString path = fixture.path(QStringLiteral("demo.sqlite"));
    GuiFixture::installDemo(path, 120, 24);
    auto db = DatabaseOpener::open(path, false);
    REQUIRE(db.ok());
    // The agency's monthly runs since June, so that the reminders' results
    // show.
    for (int month = 6; month <= 11; ++month) {
        RunOptions options;
        options.asOf = QDate(2026, month, 10);
        options.force = true;
        options.userName = QStringLiteral("marie");
        options.letterState = LetterState::Pending;
        auto outcome = RunService(**db).run(options);
        INFO(outcome.error().toStdString());
        REQUIRE(outcome.ok());
    }
    MainWindow w(std::move(db.value()));
    // A desktop screen: the panels two by two.
    w.resize(1680, 1050);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    const QDate demoDate(2026, 11, 23);
    DashboardPage* page = dashboardAsOf(w, demoDate);
    const RecoveryFigures figures = *page->figures();
    CHECK(figures.debtors > 0);
    REQUIRE_FALSE(figures.levels.isEmpty());
    CHECK(figures.levels.at(0).issued > 0);
    CHECK(page->levelsModel()->index(0, LevelEffectivenessModel::IssuedColumn).data().toString() ==
          QLocale().toString(figures.levels.at(0).issued));

    DebtorsPage* debtors = w.debtorsPage();
    debtors->setAsOf(demoDate);
    REQUIRE(debtors->reload().ok());
    CHECK(debtors->proxy()->rowCount() == figures.debtors);
    CHECK(shownOverdueCents(debtors) == figures.totalOverdue.cents());
    for (const AgeingRow& row : figures.ageing) {
        debtors->filterBar()->setAgeBucket(row.bucket);
        INFO(AgeBuckets::key(row.bucket).toStdString());
        CHECK(debtors->proxy()->rowCount() == row.count);
        CHECK(shownOverdueCents(debtors) == row.amount.cents());
    }
    debtors->filterBar()->clearFilters();

    // Another date, cancelled at once: the figures of 23 November stay,
    // and the page says whose they are.
    w.showSection(MainWindow::DashboardSection);
    page->setAsOf(QDate(2026, 10, 31));
    REQUIRE(page->loader()->isBusy());
    auto* cancel = page->findChild<QPushButton*>(QStringLiteral("cancelDashboard"));
    REQUIRE(cancel);
    CHECK(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    REQUIRE(page->loader()->waitUntilIdle());
    CHECK_FALSE(cancel->isVisible());
    CHECK(page->figures()->asOf == demoDate);
    CHECK_FALSE(page->isUpToDate());
    CHECK(page->statusText() == QStringLiteral("Stopped: the figures shown are those of %1.")
                                    .arg(QLocale().toString(demoDate, QLocale::ShortFormat)));
    CHECK(page->headline()->totalText() == figures.totalOverdue.toLocaleString());

    page->setAsOf(demoDate);
    REQUIRE(GuiFixture::waitUntil([page] { return page->isUpToDate(); }, 60000));
    page->ageingPanel()->table()->clearSelection();
    QApplication::processEvents();
    GuiFixture::screenshot(&w, QStringLiteral("dashboard"));
}

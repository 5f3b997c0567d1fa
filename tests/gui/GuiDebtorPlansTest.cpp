// The Debtors screen shows each debtor's payment plan (issue 14): its state
// in a column of its own, the next instalment and the amount behind in the
// tooltip, and a filter keeping only the debtors with a plan, or only those
// whose plan is late or broken. Offscreen, real SQLite file.
#include "GuiFixture.h"

#include "debtors/DebtorFilterProxy.h"
#include "debtors/DebtorTableModel.h"
#include "debtors/DebtorsPage.h"
#include "money/Money.h"
#include "recovery/PaymentPlans.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLocale>
#include <QTableView>

#include <catch2/catch.hpp>

namespace {

const QDate asOf(2026, 11, 20);

// The sample ledger and LOC1's November rent. Plans:
// - LOC10, on 15 October for its 513,50 in 2 instalments from 20 October:
//   late from 21 October, broken on 5 November (15 grace days);
// - LOC2, on 10 November for its 900,00 in 3 instalments from 10 December:
//   respected (nothing due yet);
// - LOC3, on 10 November for its 95,00 in 1 instalment on 15 November,
//   unpaid: late since 16 November, not broken yet.
// LOC1 has none.
std::unique_ptr<Database> agencyWithPlans(GuiFixture& fixture)
{
    auto db = fixture.preparedAgency();
    QList<LedgerEntry> ledger = GuiFixture::sampleLedger(*db);
    ledger << GuiFixture::ledgerEntry(GuiFixture::idOf(*db, "LOC1"), "R-2026-11", Side::Debit,
                                      QDate(2026, 11, 1), 45050,
                                      QStringLiteral("Loyer novembre 2026"));
    GuiFixture::insertLedger(*db, ledger);
    const PaymentPlans plans(*db);
    const struct
    {
        const char* ref;
        QDate created;
        int instalments;
        QDate first;
    } wanted[] = {
        {"LOC10", QDate(2026, 10, 15), 2, QDate(2026, 10, 20)},
        {"LOC2", QDate(2026, 11, 10), 3, QDate(2026, 12, 10)},
        {"LOC3", QDate(2026, 11, 10), 1, QDate(2026, 11, 15)},
    };
    for (const auto& w : wanted) {
        PaymentPlans::Request request;
        request.ref = QString::fromLatin1(w.ref);
        request.asOf = w.created;
        request.instalments = w.instalments;
        request.firstDue = w.first;
        auto created = plans.create(request, QStringLiteral("marie"));
        INFO(w.ref << ": " << created.error().toStdString());
        REQUIRE(created.ok());
    }
    return db;
}

int rowOf(const DebtorTableModel* model, const char* ref)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->debtorAt(row).account.ref == QLatin1String(ref))
            return row;
    FAIL("no row for " << ref);
    return -1;
}

QStringList refsOf(const QAbstractItemModel* model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, DebtorTableModel::RefColumn).data().toString();
    return out;
}

QString shortDate(int year, int month, int day)
{
    return QLocale().toString(QDate(year, month, day), QLocale::ShortFormat);
}

} // namespace

TEST_CASE("The debtors screen shows each debtor's payment plan and filters the debtors with one")
{
    GuiFixture fixture;
    auto db = agencyWithPlans(fixture);
    DebtorsPage page;
    page.setAsOf(asOf);
    page.setDatabase(db.get());
    // The list fills in the background, as in the window.
    REQUIRE(GuiFixture::waitUntil([&] { return !page.isLoading(); }));
    QAbstractItemModelTester tester(page.proxy(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    const DebtorTableModel* model = page.model();
    REQUIRE(refsOf(page.proxy()) == QStringList{QStringLiteral("LOC1"), QStringLiteral("LOC2"),
                                                QStringLiteral("LOC3"), QStringLiteral("LOC10")});

    auto plan = [&](const char* ref) {
        return model->index(rowOf(model, ref), DebtorTableModel::PlanColumn);
    };
    CHECK(model->headerData(DebtorTableModel::PlanColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Payment plan"));
    CHECK(plan("LOC1").data().toString().isEmpty());
    CHECK(plan("LOC2").data().toString() == QStringLiteral("Respected"));
    CHECK(plan("LOC3").data().toString() ==
          QStringLiteral("Late since ") + shortDate(2026, 11, 16));
    CHECK(plan("LOC10").data().toString() == QStringLiteral("Broken on ") + shortDate(2026, 11, 5));

    // The tooltip: the next instalment while the plan holds, what is owed
    // beyond what the plan allows.
    const QString respected = plan("LOC2").data(Qt::ToolTipRole).toString();
    INFO(respected.toStdString());
    CHECK(respected.contains(QStringLiteral("Next instalment: ") +
                             Money::fromCents(30000).toLocaleString() + QStringLiteral(" on ") +
                             shortDate(2026, 12, 10)));
    CHECK_FALSE(respected.contains(QStringLiteral("Behind")));
    // LOC10 owes 1 527,00 where the plan allows 513,50 − 256,75.
    const QString broken = plan("LOC10").data(Qt::ToolTipRole).toString();
    INFO(broken.toStdString());
    CHECK(broken.contains(QStringLiteral("Behind the plan: ") +
                          Money::fromCents(152700 - 25675).toLocaleString()));
    CHECK_FALSE(broken.contains(QStringLiteral("Next instalment")));

    // The broken plan no longer holds reminders back; the others do.
    CHECK(model->decisionAt(rowOf(model, "LOC10")) == DebtorTableModel::Planned);
    CHECK(model->decisionAt(rowOf(model, "LOC2")) == DebtorTableModel::SkippedOverridable);
    CHECK(model->decisionAt(rowOf(model, "LOC3")) == DebtorTableModel::SkippedOverridable);

    // The filter bar's « show » list: the debtors with a plan, then those
    // whose plan is late or broken.
    auto* show = page.findChild<QComboBox*>(QStringLiteral("debtorShow"));
    REQUIRE(show);
    const int withPlan = show->findData(int(DebtorFilterProxy::Show::WithPaymentPlan));
    REQUIRE(withPlan >= 0);
    CHECK(show->itemText(withPlan) == QStringLiteral("Payment plans"));
    show->setCurrentIndex(withPlan);
    CHECK(refsOf(page.proxy()) ==
          QStringList{QStringLiteral("LOC2"), QStringLiteral("LOC3"), QStringLiteral("LOC10")});
    const int trouble = show->findData(int(DebtorFilterProxy::Show::PaymentPlanTrouble));
    REQUIRE(trouble >= 0);
    show->setCurrentIndex(trouble);
    CHECK(refsOf(page.proxy()) == QStringList{QStringLiteral("LOC3"), QStringLiteral("LOC10")});

    show->setCurrentIndex(show->findData(int(DebtorFilterProxy::Show::All)));
    CHECK(page.proxy()->rowCount() == 4);

    // As of a date before any plan, the column is empty and the filter keeps no one.
    page.setAsOf(QDate(2026, 10, 12));
    REQUIRE(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->index(row, DebtorTableModel::PlanColumn).data().toString().isEmpty());
    show->setCurrentIndex(withPlan);
    CHECK(page.proxy()->rowCount() == 0);
}

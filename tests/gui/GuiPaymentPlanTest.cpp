// Payment plans in the desktop application (recovery-path.md « Payment
// plans »), on a real SQLite file, offscreen: the schedule shown before
// saving, the CAF preset, a refusal kept in the dialog, the account form's
// list following the plan as of a date, the signature in the case file and
// the Debtors screen's action.
#include "GuiFixture.h"
#include "TestSupport.h"

#include "accounts/AccountCaseFileTab.h"
#include "accounts/AccountDialog.h"
#include "accounts/AccountPlansTab.h"
#include "accounts/AccountsPage.h"
#include "accounts/PaymentPlanListModel.h"
#include "debtors/DebtorFilterProxy.h"
#include "debtors/DebtorTableModel.h"
#include "debtors/DebtorsPage.h"
#include "letters/LetterFormat.h"
#include "recovery/PaymentPlanDialog.h"
#include "recovery/PaymentPlans.h"
#include "recovery/PlanAgreementDialog.h"
#include "recovery/PlanScheduleModel.h"
#include "recovery/PlanSignatureDialog.h"
#include "recovery/RecoveryLabels.h"
#include "storage/AccountRepository.h"
#include "storage/PaymentPlanRepository.h"

#include <QAction>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPointer>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

namespace {

const QDate asOf(2026, 11, 20);

// The sample agency: LOC10 owes 1 527,00 € as of 20 November (two rents of
// 1 013,50 €, 500,00 € paid), LOC2 its November rent of 900,00 €.
std::unique_ptr<Database> agency(GuiFixture& fixture)
{
    auto db = fixture.preparedAgency();
    GuiFixture::insertLedger(*db, GuiFixture::sampleLedger(*db));
    return db;
}

QString money(qint64 cents)
{
    return Money::fromCents(cents).toLocaleString();
}

QString date(int year, int month, int day)
{
    return QLocale().toString(QDate(year, month, day), QLocale::ShortFormat);
}

// Every row of `model` as its cells' texts.
QList<QStringList> rows(const QAbstractItemModel* model)
{
    QList<QStringList> out;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells.append(model->index(row, column).data().toString());
        out.append(cells);
    }
    return out;
}

QString squeeze(QString s)
{
    // pdftotext keeps the amounts' no-break spaces, or not.
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{00a0}\\x{202f}]+"));
    return s.remove(spaces);
}

QPushButton* button(QWidget* parent, const char* name)
{
    auto* b = parent->findChild<QPushButton*>(QString::fromLatin1(name));
    REQUIRE(b);
    return b;
}

void clickSave(QDialog* dialog)
{
    auto* box = dialog->findChild<QDialogButtonBox*>();
    REQUIRE(box);
    QPushButton* save = box->button(QDialogButtonBox::Save);
    if (!save)
        save = box->button(QDialogButtonBox::Ok);
    REQUIRE(save);
    QTest::mouseClick(save, Qt::LeftButton);
}

int storedPlans(const Database& db, const char* ref)
{
    auto plans = PaymentPlanRepository(db).forAccount(GuiFixture::idOf(db, ref));
    REQUIRE(plans.ok());
    return int(plans->size());
}

PaymentPlan createPlan(const Database& db, const char* ref, int instalments, QDate firstDue)
{
    PaymentPlans::Request request;
    request.ref = QString::fromLatin1(ref);
    request.asOf = asOf;
    request.instalments = instalments;
    request.firstDue = firstDue;
    auto plan = PaymentPlans(db).create(request, QStringLiteral("marie"));
    INFO(plan.error().toStdString());
    REQUIRE(plan.ok());
    return *plan;
}

struct Form
{
    std::unique_ptr<AccountsPage> page;
    QPointer<AccountDialog> dialog;
    AccountPlansTab* tab = nullptr;
};

// The account form of `ref` open on its payment plans as of `today`.
Form openForm(const Database& db, const char* ref, QDate today)
{
    Form form;
    form.page = std::make_unique<AccountsPage>();
    form.page->setDatabase(&db);
    form.page->show();
    form.page->editAccount(GuiFixture::idOf(db, ref));
    form.dialog = form.page->openDialog();
    REQUIRE(form.dialog);
    form.dialog->tabs()->setCurrentIndex(AccountDialog::PlansTab);
    form.tab = form.dialog->plansTab();
    REQUIRE(form.tab);
    form.tab->setToday(today);
    form.dialog->caseFileTab()->setToday(today);
    return form;
}

} // namespace

TEST_CASE("The plan dialog shows the schedule before saving, and saving creates that plan")
{
    GuiFixture fixture;
    auto db = agency(fixture);
    PaymentPlanDialog dialog(*db, GuiFixture::idOf(*db, "LOC10"), asOf);
    dialog.show();
    REQUIRE(dialog.problem().isEmpty());
    // The debt is the overdue amount as of the date, until the user says otherwise.
    CHECK(dialog.debtEdit()->text() == money(152700));
    // No housing aid paid to the agency: no CAF plan to offer.
    CHECK(dialog.cafPresetButton()->isHidden());

    dialog.debtEdit()->setText(QStringLiteral("1000,00"));
    dialog.instalmentsBox()->setValue(3);
    dialog.firstDueEdit()->setDate(QDate(2026, 12, 5));
    CHECK(dialog.dayOfMonthBox()->value() == 5);
    // Nothing is stored while the user looks at the schedule.
    CHECK(storedPlans(*db, "LOC10") == 0);
    CHECK(rows(dialog.scheduleModel()) ==
          QList<QStringList>{{u"1"_qs, date(2026, 12, 5), money(33333), money(66667)},
                             {u"2"_qs, date(2027, 1, 5), money(33333), money(33334)},
                             {u"3"_qs, date(2027, 2, 5), money(33334), money(0)},
                             {u"Total"_qs, QString(), money(100000), QString()}});

    // The 31st: the first instalment moves there, February's falls on its last day.
    GuiFixture::screenshot(&dialog, QStringLiteral("payment-plan-dialog"));

    dialog.dayOfMonthBox()->setValue(31);
    CHECK(dialog.firstDueEdit()->date() == QDate(2026, 12, 31));
    const QList<QStringList> moved = rows(dialog.scheduleModel());
    REQUIRE(moved.size() == 4);
    CHECK(moved.at(1).at(PlanScheduleModel::DueColumn) == date(2027, 1, 31));
    CHECK(moved.at(2).at(PlanScheduleModel::DueColumn) == date(2027, 2, 28));

    clickSave(&dialog);
    INFO(dialog.errorText().toStdString());
    CHECK(dialog.result() == QDialog::Accepted);
    auto stored = PaymentPlans(*db).show(QStringLiteral("LOC10"), asOf);
    REQUIRE(stored.ok());
    CHECK(stored->plan.debt == Money::fromCents(100000));
    CHECK(stored->plan.instalments == 3);
    CHECK(stored->plan.firstDue == QDate(2026, 12, 31));
    CHECK(stored->plan.created == asOf);
}

TEST_CASE("The CAF default plan is offered only for an account whose housing aid is paid to "
          "the agency, and sets 36 instalments")
{
    GuiFixture fixture;
    auto db = agency(fixture);
    auto loc2 = AccountRepository(*db).byRef(QStringLiteral("LOC2"));
    REQUIRE(loc2.ok());
    loc2->housingAid = Money::fromCents(25000);
    REQUIRE(AccountRepository(*db).save(*loc2).ok());

    PaymentPlanDialog dialog(*db, loc2->id, asOf);
    dialog.show();
    REQUIRE_FALSE(dialog.cafPresetButton()->isHidden());
    QTest::mouseClick(dialog.cafPresetButton(), Qt::LeftButton);
    CHECK(dialog.instalmentsBox()->value() == 36);
    // 900,00 € in 36: 25,00 € each, the last one too; the total is the debt.
    const QList<QStringList> schedule = rows(dialog.scheduleModel());
    REQUIRE(schedule.size() == 37);
    CHECK(schedule.at(35).at(PlanScheduleModel::NumberColumn) == u"36"_qs);
    CHECK(schedule.at(35).at(PlanScheduleModel::AmountColumn) == money(2500));
    CHECK(schedule.at(35).at(PlanScheduleModel::RemainingColumn) == money(0));
    CHECK(schedule.last().at(PlanScheduleModel::AmountColumn) == money(90000));

    PaymentPlanDialog other(*db, GuiFixture::idOf(*db, "LOC10"), asOf);
    CHECK(other.cafPresetButton()->isHidden());
}

TEST_CASE("A second plan while one holds is refused in the dialog, which keeps what was entered "
          "and stores nothing")
{
    GuiFixture fixture;
    auto db = agency(fixture);
    createPlan(*db, "LOC10", 6, QDate(2026, 12, 5));
    PaymentPlanDialog dialog(*db, GuiFixture::idOf(*db, "LOC10"), asOf);
    dialog.show();
    dialog.debtEdit()->setText(QStringLiteral("800,00"));
    dialog.instalmentsBox()->setValue(4);
    clickSave(&dialog);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorText().contains(QStringLiteral("LOC10 already has a payment plan")));
    CHECK(dialog.debtEdit()->text() == u"800,00"_qs);
    CHECK(dialog.instalmentsBox()->value() == 4);
    CHECK(dialog.scheduleModel()->instalmentCount() == 4);
    CHECK(storedPlans(*db, "LOC10") == 1);
}

TEST_CASE("The account form lists the plan respected, then late, then broken after the grace "
          "days with the day it broke")
{
    GuiFixture fixture;
    auto db = agency(fixture);
    Form form = openForm(*db, "LOC10", asOf);
    CHECK(form.tab->model()->rowCount() == 0);

    QTest::mouseClick(button(form.tab, "newPlan"), Qt::LeftButton);
    PaymentPlanDialog* dialog = form.tab->openPlanDialog();
    REQUIRE(dialog);
    dialog->instalmentsBox()->setValue(3);
    dialog->firstDueEdit()->setDate(QDate(2026, 12, 5));
    clickSave(dialog);
    INFO(dialog->errorText().toStdString());
    REQUIRE(form.tab->openPlanDialog() == nullptr);

    // 1 527,00 € in 3 from 5 December, as of the day it was made.
    using C = PaymentPlanListModel;
    REQUIRE(form.tab->model()->rowCount() == 1);
    QStringList row = rows(form.tab->model()).first();
    CHECK(row.at(C::CreatedColumn) == date(2026, 11, 20));
    CHECK(row.at(C::DebtColumn) == money(152700));
    CHECK(row.at(C::InstalmentsColumn) == u"3"_qs);
    CHECK(row.at(C::StateColumn) == u"respected"_qs);
    CHECK(row.at(C::NextColumn) == date(2026, 12, 5) + u" — "_qs + money(50900));
    CHECK(row.at(C::BehindColumn) == money(0));
    CHECK(row.at(C::SignedColumn) == u"not yet"_qs);

    // No payment: from the day after the first instalment the account owes
    // more than the plan allows…
    form.tab->setToday(QDate(2026, 12, 10));
    row = rows(form.tab->model()).first();
    CHECK(row.at(C::StateColumn) == u"late since "_qs + date(2026, 12, 6));
    CHECK(row.at(C::NextColumn) == date(2027, 1, 5) + u" — "_qs + money(50900));
    CHECK(row.at(C::BehindColumn) == money(50900));

    // …and 15 grace days later the plan is broken, for good.
    form.tab->setToday(QDate(2027, 1, 15));
    row = rows(form.tab->model()).first();
    CHECK(row.at(C::StateColumn) == u"broken on "_qs + date(2026, 12, 21));
    CHECK(row.at(C::NextColumn).isEmpty());
    GuiFixture::screenshot(form.dialog, QStringLiteral("account-payment-plans"));
    const QString help =
        form.tab->model()->index(0, C::StateColumn).data(Qt::ToolTipRole).toString();
    CHECK(help.contains(date(2026, 12, 21)));
    CHECK(help.contains(date(2026, 12, 6)));

    // Before the plan existed there is nothing to list.
    form.tab->setToday(QDate(2026, 11, 19));
    CHECK(form.tab->model()->rowCount() == 0);
    form.dialog->close();
}

TEST_CASE("Marking the plan as signed records the debt acknowledgment in the case file")
{
    GuiFixture fixture;
    auto db = agency(fixture);
    createPlan(*db, "LOC10", 3, QDate(2026, 12, 5));
    Form form = openForm(*db, "LOC10", QDate(2026, 11, 27));
    const QAbstractItemModel* timeline = form.dialog->caseFileTab()->timeline()->model();
    const QString acknowledged = RecoveryLabels::event(CaseEventKind::DebtAcknowledged);
    auto hasAcknowledgment = [&] {
        for (const QStringList& r : rows(timeline))
            if (r.contains(acknowledged))
                return true;
        return false;
    };
    CHECK_FALSE(hasAcknowledgment());

    QPushButton* sign = button(form.tab, "markPlanSigned");
    REQUIRE(sign->isEnabled());
    QTest::mouseClick(sign, Qt::LeftButton);
    PlanSignatureDialog* dialog = form.tab->openSignatureDialog();
    REQUIRE(dialog);
    CHECK(dialog->date() == QDate(2026, 11, 27));
    dialog->dateEdit()->setDate(QDate(2026, 11, 25));
    clickSave(dialog);
    INFO(dialog->errorText().toStdString());
    REQUIRE(form.tab->openSignatureDialog() == nullptr);

    CHECK(rows(form.tab->model()).first().at(PaymentPlanListModel::SignedColumn) ==
          date(2026, 11, 25));
    CHECK_FALSE(sign->isEnabled());
    // The case file tab shows the event without being reopened.
    CHECK(hasAcknowledgment());
    for (const QStringList& r : rows(timeline))
        if (r.contains(acknowledged))
            CHECK(r.first() == date(2026, 11, 25));
    form.dialog->close();
}

TEST_CASE("The Debtors screen creates a plan for the current debtor as of its date and reads the "
          "list again")
{
    GuiFixture fixture;
    auto db = agency(fixture);
    DebtorsPage page;
    page.setAsOf(asOf);
    page.setDatabase(db.get());
    // The list fills in the background, as in the window.
    REQUIRE(GuiFixture::waitUntil([&] { return !page.isLoading(); }));
    const int row = page.model()->rowOf(GuiFixture::idOf(*db, "LOC10"));
    REQUIRE(row >= 0);
    page.table()->setCurrentIndex(
        page.proxy()->mapFromSource(page.model()->index(row, DebtorTableModel::RefColumn)));
    const QString before = page.model()->index(row, DebtorTableModel::NextColumn).data().toString();
    CHECK_FALSE(before.contains(u"payment plan"_qs));

    auto* action = page.table()->findChild<QAction*>(QStringLiteral("createPaymentPlan"));
    REQUIRE(action);
    CHECK(page.table()->actions().contains(action));
    action->trigger();
    auto* dialog = page.findChild<PaymentPlanDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->problem().isEmpty());
    CHECK(dialog->windowTitle().contains(u"LOC10"_qs));
    CHECK(dialog->debtEdit()->text() == money(152700));
    clickSave(dialog);
    INFO(dialog->errorText().toStdString());
    CHECK(storedPlans(*db, "LOC10") == 1);
    CHECK(PaymentPlans(*db).show(QStringLiteral("LOC10"), asOf)->plan.created == asOf);

    // The plan holds from today: the debtor's reminder waits for it.
    const int after = page.model()->rowOf(GuiFixture::idOf(*db, "LOC10"));
    REQUIRE(after >= 0);
    CHECK(page.model()
              ->index(after, DebtorTableModel::NextColumn)
              .data()
              .toString()
              .contains(u"payment plan"_qs));
}

TEST_CASE("The agreement letter saved from the account form lists the schedule, and records "
          "nothing")
{
    GuiFixture fixture;
    auto db = agency(fixture);
    createPlan(*db, "LOC10", 3, QDate(2026, 12, 5));
    Form form = openForm(*db, "LOC10", QDate(2026, 11, 23));
    QPushButton* letter = button(form.tab, "planAgreementLetter");
    REQUIRE(letter->isEnabled());
    QTest::mouseClick(letter, Qt::LeftButton);
    PlanAgreementDialog* dialog = form.tab->openAgreementDialog();
    REQUIRE(dialog);
    INFO(dialog->problem().toStdString());
    REQUIRE(dialog->problem().isEmpty());
    REQUIRE(GuiFixture::waitUntil([&] { return dialog->previewWidget()->pageCount() >= 1; }));

    const QString pdf = fixture.path(QStringLiteral("accord.pdf"));
    REQUIRE(dialog->saveTo(pdf));
    const QString text = squeeze(TestSupport::pdfText(pdf));
    INFO(text.toStdString());
    CHECK(text.contains(squeeze(QStringLiteral("Mme Hélène Durand"))));
    // 1 527,00 € in three: 509,00 € on 5 December, 5 January and 5 February,
    // in the letter's language (the account's: French).
    for (const QDate due : {QDate(2026, 12, 5), QDate(2027, 1, 5), QDate(2027, 2, 5)})
        CHECK(text.contains(squeeze(LetterFormat::shortDate(due, u"fr"_qs))));
    CHECK(text.contains(squeeze(LetterFormat::money(Money::fromCents(50900), u"fr"_qs))));
    CHECK(text.contains(squeeze(LetterFormat::money(Money::fromCents(152700), u"fr"_qs))));
    // Saving is not signing.
    CHECK(PaymentPlans(*db).show(u"LOC10"_qs, QDate(2026, 11, 23))->plan.signedOn.isNull());
    dialog->close();
    form.dialog->close();
}

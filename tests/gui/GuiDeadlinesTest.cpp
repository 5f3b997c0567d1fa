// The « Échéances » screen and what the other screens show of the recovery
// deadlines (issue 13): the list as of a date with its filters, the account
// form from a row, the late count in the navigation list, the debtor's next
// deadline, the late ones listed at start.
#include "GuiFixture.h"
#include "TestSupport.h"

#include "accounts/AccountDialog.h"
#include "accounts/AccountsPage.h"
#include "deadlines/DeadlineReports.h"
#include "deadlines/DeadlineTableModel.h"
#include "deadlines/DeadlinesPage.h"
#include "deadlines/LateDeadlinesDialog.h"
#include "deadlines/RecoveryNoticeModel.h"
#include "debtors/DebtorFilterProxy.h"
#include "debtors/DebtorTableModel.h"
#include "debtors/DebtorsPage.h"
#include "main/MainWindow.h"
#include "setup/DatabaseSetup.h"
#include "storage/AccountRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

namespace {

const QDate asOf(2026, 11, 23);

Account account(const char* ref, const QString& name, qint64 rentCents)
{
    Account a;
    a.ref = QString::fromLatin1(ref);
    a.name = name;
    a.address1 = QStringLiteral("8 rue des Tanneurs");
    a.postalCode = QStringLiteral("69001");
    a.city = QStringLiteral("Lyon");
    a.property = QStringLiteral("Appt %1, 8 rue des Tanneurs").arg(a.ref.mid(3));
    a.monthlyRent = Money::fromCents(rentCents);
    return a;
}

// An agency whose tenants each start one kind of deadline, as of 23 Nov 2026:
// LOC20 has housing aid paid to the landlord (CAF report), LOC21 a Visale
// visa (notice and claim, both late), LOC22 a GLI policy (both late), LOC23
// a guarantor (to inform by 1 Dec); LOC24 owes nothing; LOC25 still owes part
// of February 2024's rent, prescribed on 1 Feb 2027.
std::unique_ptr<Database> recoveryAgency(GuiFixture& fixture)
{
    auto db = fixture.preparedAgency();
    AccountRepository repo(*db);
    Account caf = account("LOC20", QStringLiteral("Mme Claire Morel"), 60000);
    caf.housingAid = Money::fromCents(20000);
    caf.housingAidPayer = HousingAidPayer::Caf;
    Account visale = account("LOC21", QStringLiteral("M. Victor Lenoir"), 70000);
    visale.guarantee = Guarantee::Visale;
    visale.guaranteeRef = QStringLiteral("V123456789");
    Account gli = account("LOC22", QStringLiteral("Mme Inès Garnier"), 80000);
    gli.guarantee = Guarantee::Gli;
    gli.guaranteeRef = QStringLiteral("GLI-2025-0042");
    Account guarantor = account("LOC23", QStringLiteral("M. Paul Roux"), 50000);
    guarantor.guarantee = Guarantee::Guarantor;
    Guarantor g;
    g.name = QStringLiteral("Mme Anne Roux");
    g.address1 = QStringLiteral("2 place des Terreaux");
    g.postalCode = QStringLiteral("69001");
    g.city = QStringLiteral("Lyon");
    guarantor.guarantors = {g};
    Account paid = account("LOC24", QStringLiteral("Mme Zoé Petit"), 45000);
    Account old = account("LOC25", QStringLiteral("M. Hugo Blanc"), 50000);
    for (const Account& a : {caf, visale, gli, guarantor, paid, old})
        REQUIRE(repo.save(a).ok());

    auto rent = [&](const char* ref, int month, qint64 cents) {
        return GuiFixture::ledgerEntry(GuiFixture::idOf(*db, ref),
                                       month == 9    ? "R-2026-09"
                                       : month == 10 ? "R-2026-10"
                                                     : "R-2026-11",
                                       Side::Debit, QDate(2026, month, 1), cents,
                                       QStringLiteral("Loyer %1/2026").arg(month));
    };
    QList<LedgerEntry> entries;
    for (int month : {9, 10, 11})
        entries << rent("LOC20", month, 60000) << rent("LOC21", month, 70000);
    for (int month : {10, 11})
        entries << rent("LOC22", month, 80000);
    entries << rent("LOC23", 11, 50000) << rent("LOC24", 11, 45000)
            << GuiFixture::ledgerEntry(GuiFixture::idOf(*db, "LOC24"), "V-2026-11", Side::Credit,
                                       QDate(2026, 11, 2), 45000, QStringLiteral("Virement"))
            << GuiFixture::ledgerEntry(GuiFixture::idOf(*db, "LOC25"), "R-2024-02", Side::Debit,
                                       QDate(2024, 2, 1), 30000, QStringLiteral("Loyer 2/2024"));
    GuiFixture::insertLedger(*db, entries);
    return db;
}

std::unique_ptr<MainWindow> window(std::unique_ptr<Database> db)
{
    auto w = std::make_unique<MainWindow>(std::move(db));
    w->resize(1280, 800);
    w->show();
    REQUIRE(QTest::qWaitForWindowExposed(w.get()));
    return w;
}

// The Échéances screen of `w` as of 23 November 2026, filled.
DeadlinesPage* deadlinesAsOf(MainWindow& w)
{
    w.showSection(MainWindow::DeadlinesSection);
    DeadlinesPage* page = w.deadlinesPage();
    page->setAsOf(asOf);
    REQUIRE(GuiFixture::waitUntil([page] { return page->isUpToDate(); }));
    return page;
}

// The plural forms come from the English translation: the numbers are the
// point here.
QString daysLate(int days)
{
    return QCoreApplication::translate("DeadlineTableModel", "%n day(s) late", nullptr, days);
}

QString daysLeft(int days)
{
    return QCoreApplication::translate("DeadlineTableModel", "%n day(s) left", nullptr, days);
}

// « 6 deadlines, 4 late », « 1 of 6 deadlines, 0 late ».
QString summary(int shown, int total, int late)
{
    const QString lateText = QCoreApplication::translate("DeadlinesPage", "%n late", nullptr, late);
    return shown == total
               ? QCoreApplication::translate("DeadlinesPage", "%n deadline(s), %1", nullptr, total)
                     .arg(lateText)
               : QCoreApplication::translate("DeadlinesPage", "%1 of %n deadline(s), %2", nullptr,
                                             total)
                     .arg(shown)
                     .arg(lateText);
}

QString date(int year, int month, int day)
{
    return QLocale().toString(QDate(year, month, day), QLocale::ShortFormat);
}

// One row as the user reads it, the columns in the model's order.
QStringList rowTexts(const QTableView* table, int row)
{
    QStringList out;
    for (int column = 0; column < table->model()->columnCount(); ++column)
        out.append(table->model()->index(row, column).data().toString());
    return out;
}

QStringList columnTexts(const QTableView* table, int column)
{
    QStringList out;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        out.append(table->model()->index(row, column).data().toString());
    return out;
}

QString navText(const MainWindow& w, MainWindow::Section section)
{
    auto* nav = w.findChild<QListWidget*>(QStringLiteral("sectionList"));
    REQUIRE(nav);
    return nav->item(section)->text();
}

} // namespace

TEST_CASE("The deadlines screen lists every open and late deadline as of a date, the late ones "
          "first and marked, with the flags and prescription warnings below")
{
    GuiFixture fixture;
    auto w = window(recoveryAgency(fixture));
    DeadlinesPage* page = deadlinesAsOf(*w);
    const QTableView* table = page->table();

    REQUIRE(table->model()->rowCount() == 6);
    CHECK(rowTexts(table, 0) ==
          QStringList{QStringLiteral("LOC21"), QStringLiteral("M. Victor Lenoir"),
                      QStringLiteral("Formal notice (Visale)"), date(2026, 10, 2),
                      date(2026, 10, 17), QStringLiteral("Late"), daysLate(37)});
    CHECK(rowTexts(table, 1) ==
          QStringList{QStringLiteral("LOC21"), QStringLiteral("M. Victor Lenoir"),
                      QStringLiteral("Declare to Visale"), date(2026, 10, 2), date(2026, 11, 1),
                      QStringLiteral("Late"), daysLate(22)});
    CHECK(rowTexts(table, 2) ==
          QStringList{QStringLiteral("LOC22"), QStringLiteral("Mme Inès Garnier"),
                      QStringLiteral("Formal notice (GLI)"), date(2026, 10, 1), date(2026, 11, 5),
                      QStringLiteral("Late"), daysLate(18)});
    CHECK(rowTexts(table, 3) ==
          QStringList{QStringLiteral("LOC22"), QStringLiteral("Mme Inès Garnier"),
                      QStringLiteral("Declare to the GLI insurer"), date(2026, 10, 1),
                      date(2026, 11, 15), QStringLiteral("Late"), daysLate(8)});
    CHECK(rowTexts(table, 4) == QStringList{QStringLiteral("LOC23"), QStringLiteral("M. Paul Roux"),
                                            QStringLiteral("Inform the guarantor"),
                                            date(2026, 11, 1), date(2026, 12, 1),
                                            QStringLiteral("Open"), daysLeft(8)});
    CHECK(rowTexts(table, 5) ==
          QStringList{QStringLiteral("LOC20"), QStringLiteral("Mme Claire Morel"),
                      QStringLiteral("Report arrears to the CAF"), date(2026, 10, 2),
                      date(2026, 12, 2), QStringLiteral("Open"), daysLeft(9)});

    // Late rows stand out; the open ones are in the table's usual colour.
    const QColor red(0xb0, 0x00, 0x20);
    auto colour = [table](int row) {
        return table->model()
            ->index(row, DeadlineTableModel::StatusColumn)
            .data(Qt::ForegroundRole)
            .value<QBrush>()
            .color();
    };
    CHECK(colour(0) == red);
    CHECK(colour(3) == red);
    CHECK(colour(4) != red);
    CHECK(table->model()
              ->index(0, DeadlineTableModel::StatusColumn)
              .data(Qt::FontRole)
              .value<QFont>()
              .bold());
    // The tooltip says what to do and names the article or contract.
    const QString gliTip = table->model()
                               ->index(2, DeadlineTableModel::DeadlineColumn)
                               .data(Qt::ToolTipRole)
                               .toString();
    CHECK(gliTip.contains(QStringLiteral("formal notice")));
    CHECK(gliTip.contains(QStringLiteral("Source: GLI : Contrat GLI")));
    const QString cafTip = table->model()
                               ->index(5, DeadlineTableModel::DeadlineColumn)
                               .data(Qt::ToolTipRole)
                               .toString();
    CHECK(cafTip.contains(QStringLiteral("Source: CCH R.824-4")));
    CHECK(page->summaryText() == summary(6, 6, 4));

    const QTableView* notices = page->noticeTable();
    REQUIRE(notices->model()->rowCount() == 4);
    CHECK(columnTexts(notices, RecoveryNoticeModel::RefColumn) ==
          QStringList{QStringLiteral("LOC20"), QStringLiteral("LOC21"), QStringLiteral("LOC22"),
                      QStringLiteral("LOC25")});
    CHECK(rowTexts(notices, 0) ==
          QStringList{QStringLiteral("LOC20"), QStringLiteral("Mme Claire Morel"),
                      QStringLiteral("CCAPEX (rent without charges unknown)"), QString(),
                      date(2026, 10, 2), QString()});
    CHECK(rowTexts(notices, 3) ==
          QStringList{QStringLiteral("LOC25"), QStringLiteral("M. Hugo Blanc"),
                      QStringLiteral("Prescription near"), QStringLiteral("R-2024-02"), QString(),
                      date(2027, 2, 1)});

    // Another date: on 1 November only the Visale notice was late.
    page->setAsOf(QDate(2026, 11, 1));
    REQUIRE(GuiFixture::waitUntil([page] { return page->isUpToDate(); }));
    CHECK(columnTexts(table, DeadlineTableModel::StatusColumn).count(QStringLiteral("Late")) == 1);
    CHECK(rowTexts(table, 0).at(DeadlineTableModel::DaysColumn) == daysLate(15));
}

TEST_CASE("On the deadlines screen the kind, the window of days and the search each narrow the "
          "list")
{
    GuiFixture fixture;
    auto w = window(recoveryAgency(fixture));
    DeadlinesPage* page = deadlinesAsOf(*w);
    const QTableView* table = page->table();
    REQUIRE(table->model()->rowCount() == 6);

    // Kind: the guarantor's information only.
    QComboBox* kind = page->kindFilter();
    CHECK(kind->itemText(0) == QStringLiteral("All deadlines"));
    kind->setCurrentIndex(kind->findText(QStringLiteral("Inform the guarantor")));
    CHECK(columnTexts(table, DeadlineTableModel::RefColumn) ==
          QStringList{QStringLiteral("LOC23")});
    CHECK(page->summaryText() == summary(1, 6, 0));
    kind->setCurrentIndex(0);
    CHECK(table->model()->rowCount() == 6);

    // Within 7 days: the late ones, not those due on 1 and 2 December.
    QTest::mouseClick(page->withinCheck(), Qt::LeftButton);
    REQUIRE(page->withinCheck()->isChecked());
    CHECK(page->withinSpin()->value() == 7);
    REQUIRE(GuiFixture::waitUntil([page] { return page->isUpToDate(); }));
    CHECK(
        columnTexts(table, DeadlineTableModel::DueColumn) ==
        QStringList{date(2026, 10, 17), date(2026, 11, 1), date(2026, 11, 5), date(2026, 11, 15)});
    // The flags and warnings are never filtered by the window.
    CHECK(page->noticeTable()->model()->rowCount() == 4);
    page->withinSpin()->setValue(8);
    REQUIRE(GuiFixture::waitUntil([page] { return page->isUpToDate(); }));
    CHECK(columnTexts(table, DeadlineTableModel::RefColumn) ==
          QStringList{QStringLiteral("LOC21"), QStringLiteral("LOC21"), QStringLiteral("LOC22"),
                      QStringLiteral("LOC22"), QStringLiteral("LOC23")});
    QTest::mouseClick(page->withinCheck(), Qt::LeftButton);
    REQUIRE(GuiFixture::waitUntil([page] { return page->isUpToDate(); }));
    CHECK(table->model()->rowCount() == 6);

    // Search: a name without its accent, then a ref; the flags below follow.
    QTest::keyClicks(page->searchBox(), QStringLiteral("ines garnier"));
    CHECK(columnTexts(table, DeadlineTableModel::DeadlineColumn) ==
          QStringList{QStringLiteral("Formal notice (GLI)"),
                      QStringLiteral("Declare to the GLI insurer")});
    CHECK(columnTexts(page->noticeTable(), RecoveryNoticeModel::RefColumn) ==
          QStringList{QStringLiteral("LOC22")});
    page->searchBox()->clear();
    QTest::keyClicks(page->searchBox(), QStringLiteral("loc20"));
    CHECK(columnTexts(table, DeadlineTableModel::DeadlineColumn) ==
          QStringList{QStringLiteral("Report arrears to the CAF")});
}

TEST_CASE("A deadline double-clicked or entered opens its account's form")
{
    GuiFixture fixture;
    auto w = window(recoveryAgency(fixture));
    DeadlinesPage* page = deadlinesAsOf(*w);
    QTableView* table = page->table();
    REQUIRE(table->model()->index(2, DeadlineTableModel::RefColumn).data().toString() ==
            QStringLiteral("LOC22"));

    const QRect cell = table->visualRect(table->model()->index(2, DeadlineTableModel::NameColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    AccountDialog* dialog = nullptr;
    REQUIRE(GuiFixture::waitUntil([&] { return (dialog = w->accountsPage()->openDialog()); }));
    CHECK(dialog->account().ref == QStringLiteral("LOC22"));
    CHECK(dialog->account().name == QStringLiteral("Mme Inès Garnier"));
    // On its case file, where what was done is recorded.
    CHECK(dialog->tabs()->currentIndex() == AccountDialog::CaseFileTab);
    dialog->reject();
    REQUIRE(GuiFixture::waitUntil([&] { return !w->accountsPage()->openDialog(); }));

    // The keyboard: the row of LOC20 and Enter.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(5, 0));
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(GuiFixture::waitUntil([&] { return (dialog = w->accountsPage()->openDialog()); }));
    CHECK(dialog->account().ref == QStringLiteral("LOC20"));
    dialog->reject();
}

TEST_CASE("The navigation list counts the late deadlines and counts again when an account "
          "changes")
{
    GuiFixture fixture;
    auto w = window(recoveryAgency(fixture));
    w->setToday(asOf);
    REQUIRE(w->deadlineReports()->waitUntilIdle());
    CHECK(navText(*w, MainWindow::DeadlinesSection) == QStringLiteral("Deadlines (4)"));
    CHECK(navText(*w, MainWindow::DebtorsSection) == QStringLiteral("Debtors"));

    // LOC22's GLI policy ends: its two late deadlines go with it.
    w->showSection(MainWindow::AccountsSection);
    w->accountsPage()->editAccount(GuiFixture::idOf(*w->database(), "LOC22"));
    AccountDialog* dialog = w->accountsPage()->openDialog();
    REQUIRE(dialog);
    auto* guarantee = dialog->findChild<QComboBox*>(QStringLiteral("guarantee"));
    REQUIRE(guarantee);
    guarantee->setCurrentIndex(guarantee->findData(QStringLiteral("none")));
    REQUIRE(guarantee->currentIndex() >= 0);
    auto* box = dialog->findChild<QDialogButtonBox*>();
    REQUIRE(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
    REQUIRE(GuiFixture::waitUntil([&] { return !w->accountsPage()->openDialog(); }));
    REQUIRE(GuiFixture::waitUntil([&] {
        return navText(*w, MainWindow::DeadlinesSection) == QStringLiteral("Deadlines (2)");
    }));

    // The screen itself shows the same when it is next opened.
    DeadlinesPage* page = deadlinesAsOf(*w);
    CHECK(
        columnTexts(page->table(), DeadlineTableModel::RefColumn).count(QStringLiteral("LOC22")) ==
        0);
    CHECK(page->summaryText() == summary(4, 4, 2));
}

TEST_CASE("The debtors screen shows the selected debtor's next deadline, late ones marked")
{
    GuiFixture fixture;
    auto w = window(recoveryAgency(fixture));
    w->showSection(MainWindow::DebtorsSection);
    auto* debtors = w->findChild<DebtorsPage*>();
    REQUIRE(debtors);
    debtors->setAsOf(asOf);
    REQUIRE(w->deadlineReports()->waitUntilIdle());

    auto select = [&](const char* ref) {
        const int row = debtors->model()->rowOf(GuiFixture::idOf(*w->database(), ref));
        REQUIRE(row >= 0);
        debtors->table()->setCurrentIndex(
            debtors->proxy()->mapFromSource(debtors->model()->index(row, 0)));
    };
    REQUIRE(GuiFixture::waitUntil([&] {
        select("LOC21");
        return !debtors->nextDeadlineText().isEmpty();
    }));
    CHECK(debtors->nextDeadlineText() ==
          QStringLiteral("Next deadline: Formal notice (Visale), due %1 (%2)")
              .arg(date(2026, 10, 17), daysLate(37)));
    auto* label = debtors->findChild<QLabel*>(QStringLiteral("nextDeadline"));
    REQUIRE(label);
    CHECK(label->styleSheet().contains(QStringLiteral("#b00020")));
    CHECK(label->toolTip().contains(QStringLiteral("Source: Visale")));

    // The report is the page's for its date: another debtor shows at once,
    // nothing computed again.
    select("LOC20");
    CHECK_FALSE(w->deadlineReports()->isBusy());
    CHECK(debtors->nextDeadlineText() ==
          QStringLiteral("Next deadline: Report arrears to the CAF, due %1 (%2)")
              .arg(date(2026, 12, 2), daysLeft(9)));
    CHECK_FALSE(label->styleSheet().contains(QStringLiteral("#b00020")));
    select("LOC25");
    CHECK(debtors->nextDeadlineText() == QStringLiteral("Next deadline: none"));
}

TEST_CASE("The late deadlines are listed once at start, with a way to the deadlines screen")
{
    GuiFixture fixture;
    auto w = window(recoveryAgency(fixture));
    w->setToday(asOf);
    REQUIRE(w->deadlineReports()->waitUntilIdle());
    // A window nobody asked to announce them (every other test) shows none.
    CHECK_FALSE(w->findChild<LateDeadlinesDialog*>());

    w->showLateDeadlinesOnce();
    LateDeadlinesDialog* dialog = nullptr;
    REQUIRE(GuiFixture::waitUntil([&] {
        dialog = w->findChild<LateDeadlinesDialog*>();
        return dialog && dialog->isVisible();
    }));
    auto* table = dialog->findChild<QTableView*>(QStringLiteral("lateDeadlines"));
    REQUIRE(table);
    CHECK(columnTexts(table, DeadlineTableModel::DeadlineColumn) ==
          QStringList{QStringLiteral("Formal notice (Visale)"), QStringLiteral("Declare to Visale"),
                      QStringLiteral("Formal notice (GLI)"),
                      QStringLiteral("Declare to the GLI insurer")});
    CHECK(columnTexts(table, DeadlineTableModel::DaysColumn) ==
          QStringList{daysLate(37), daysLate(22), daysLate(18), daysLate(8)});

    auto* show = dialog->findChild<QPushButton*>(QStringLiteral("showDeadlines"));
    REQUIRE(show);
    QTest::mouseClick(show, Qt::LeftButton);
    CHECK(w->currentSection() == MainWindow::DeadlinesSection);
    CHECK(w->deadlinesPage()->asOf() == asOf);
    REQUIRE(GuiFixture::waitUntil([&] { return !w->findChild<LateDeadlinesDialog*>(); }));

    // Once: another change of the data does not bring it back.
    w->showSection(MainWindow::DebtorsSection);
    w->setToday(asOf);
    REQUIRE(w->deadlineReports()->waitUntilIdle());
    CHECK_FALSE(w->findChild<LateDeadlinesDialog*>());
}

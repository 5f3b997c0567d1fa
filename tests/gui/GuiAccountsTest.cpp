#include "GuiFixture.h"
#include "TestSupport.h"

#include "accounts/AccountDialog.h"
#include "accounts/AccountsPage.h"
#include "common/MessageBox.h"
#include "main/DatabaseOpener.h"
#include "main/MainWindow.h"
#include "models/AccountFilterProxy.h"
#include "models/AccountTableModel.h"
#include "storage/AccountRepository.h"
#include "util/FieldLimits.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

namespace {
// What the table shows in `column`, top to bottom.
QStringList columnTexts(const QTableView* table, int column)
{
    QStringList out;
    const QAbstractItemModel* model = table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        out.append(model->index(row, column).data().toString());
    return out;
}

qint64 idOf(const Database& db, const char* ref)
{
    auto account = AccountRepository(db).byRef(QString::fromLatin1(ref));
    REQUIRE(account.ok());
    return account->id;
}

void replaceText(QLineEdit* edit, const QString& text)
{
    REQUIRE(edit);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    // QTest types ASCII only; other letters arrive as the input method would.
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        QTest::keyClicks(edit, text);
    else
        edit->insert(text);
}

void clickSave(AccountDialog* dialog)
{
    auto* box = dialog->findChild<QDialogButtonBox*>();
    REQUIRE(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
}
} // namespace

TEST_CASE("The main window opens on the Debtors section with every section listed and the "
          "database in the status bar")
{
    GuiFixture fixture;
    auto window = fixture.openMainWindow();
    auto* nav = window->findChild<QListWidget*>(QStringLiteral("sectionList"));
    REQUIRE(nav);
    QStringList names;
    for (int i = 0; i < nav->count(); ++i)
        names.append(nav->item(i)->text());
    CHECK(names == QStringList{QStringLiteral("Dashboard"), QStringLiteral("Debtors"),
                               QStringLiteral("Deadlines"), QStringLiteral("Accounts"),
                               QStringLiteral("Levels & templates"), QStringLiteral("History"),
                               QStringLiteral("Settings")});
    CHECK(window->currentSection() == MainWindow::DebtorsSection);
    CHECK(window->statusText().contains(fixture.path(QStringLiteral("relance.sqlite"))));

    // Ctrl+3 goes to the deadlines, Ctrl+4 to the accounts, Ctrl+1 to the
    // dashboard, Ctrl+2 back to the debtors.
    QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
    CHECK(window->currentSection() == MainWindow::DeadlinesSection);
    QTest::keyClick(window.get(), Qt::Key_4, Qt::ControlModifier);
    CHECK(window->currentSection() == MainWindow::AccountsSection);
    // Each page reads the database when first shown.
    CHECK(window->accountsPage()->table()->model()->rowCount() == 5);
    QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
    CHECK(window->currentSection() == MainWindow::DashboardSection);
    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    CHECK(window->currentSection() == MainWindow::DebtorsSection);
    GuiFixture::screenshot(window.get(), QStringLiteral("main-window"));
}

TEST_CASE("Typing in the search box shows only the matching accounts ignoring accents and case")
{
    GuiFixture fixture;
    auto window = fixture.openMainWindow();
    window->showSection(MainWindow::AccountsSection);
    AccountsPage* page = window->accountsPage();
    QLineEdit* search = page->searchBox();

    QTest::keyClicks(search, QStringLiteral("helene"));
    CHECK(columnTexts(page->table(), AccountTableModel::NameColumn) ==
          QStringList{QStringLiteral("Mme Hélène Durand")});

    // Two words must both match, in any field: a city and part of a name.
    replaceText(search, QStringLiteral("MARSEILLE coeur"));
    CHECK(columnTexts(page->table(), AccountTableModel::RefColumn) ==
          QStringList{QStringLiteral("LOC3")});

    replaceText(search, QStringLiteral("example.fr"));
    CHECK(page->table()->model()->rowCount() == 4); // LOC3 has no e-mail

    replaceText(search, QStringLiteral("nobody"));
    CHECK(page->table()->model()->rowCount() == 0);
    auto* count = page->findChild<QLabel*>(QStringLiteral("accountCount"));
    REQUIRE(count);
    CHECK(count->text().contains(QStringLiteral("0")));

    search->clear();
    CHECK(page->table()->model()->rowCount() == 5);

    // Ctrl+F brings the cursor back to the search box from the table.
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_F, Qt::ControlModifier);
    CHECK(search->hasFocus());
}

TEST_CASE("Sorting by rent orders by amount and by ref in reading order")
{
    GuiFixture fixture;
    auto window = fixture.openMainWindow();
    window->showSection(MainWindow::AccountsSection);
    QTableView* table = window->accountsPage()->table();

    table->sortByColumn(AccountTableModel::MonthlyRentColumn, Qt::AscendingOrder);
    // As text "1 013,50 €" < "10 000,00 €" < "450,50 €" < "900,00 €" < "95,00 €".
    CHECK(columnTexts(table, AccountTableModel::RefColumn) ==
          QStringList{QStringLiteral("LOC3"), QStringLiteral("LOC1"), QStringLiteral("LOC2"),
                      QStringLiteral("LOC10"), QStringLiteral("LOC4")});
    CHECK(columnTexts(table, AccountTableModel::MonthlyRentColumn).first() ==
          Money::fromCents(9500).toLocaleString());

    table->sortByColumn(AccountTableModel::MonthlyRentColumn, Qt::DescendingOrder);
    CHECK(columnTexts(table, AccountTableModel::RefColumn).first() == QStringLiteral("LOC4"));

    table->sortByColumn(AccountTableModel::RefColumn, Qt::AscendingOrder);
    CHECK(columnTexts(table, AccountTableModel::RefColumn) ==
          QStringList{QStringLiteral("LOC1"), QStringLiteral("LOC2"), QStringLiteral("LOC3"),
                      QStringLiteral("LOC4"), QStringLiteral("LOC10")});

    // French collation: « Émile » sorts with the E's, not after Z.
    table->sortByColumn(AccountTableModel::NameColumn, Qt::AscendingOrder);
    const QStringList names = columnTexts(table, AccountTableModel::NameColumn);
    CHECK(names.indexOf(QStringLiteral("M. Émile Zola")) <
          names.indexOf(QStringLiteral("M. Jean Dupont")));
}

TEST_CASE("The accounts table shows the housing aid paid to the landlord and the guarantee")
{
    GuiFixture fixture;
    auto db = fixture.databaseWithAccounts();
    REQUIRE(db->exec(QStringLiteral("UPDATE accounts SET housing_aid = 25000, housing_aid_payer = "
                                    "'msa', guarantee = 'visale', guarantee_ref = 'V123' WHERE "
                                    "ref = 'LOC2'")));
    REQUIRE(db->exec(QStringLiteral("UPDATE accounts SET guarantee = 'none' WHERE ref = 'LOC3'")));
    auto window = std::make_unique<MainWindow>(std::move(db));
    window->showSection(MainWindow::AccountsSection);
    QTableView* table = window->accountsPage()->table();
    table->sortByColumn(AccountTableModel::RefColumn, Qt::AscendingOrder);
    const QAbstractItemModel* model = table->model();
    CHECK(model->headerData(AccountTableModel::HousingAidColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Housing aid"));
    // LOC1, LOC2, LOC3, LOC4, LOC10
    const QModelIndex aid = model->index(1, AccountTableModel::HousingAidColumn);
    CHECK(aid.data().toString() == Money::fromCents(25000).toLocaleString());
    CHECK(aid.data(Qt::ToolTipRole).toString().contains(AccountKeys::label(HousingAidPayer::Msa)));
    CHECK(model->index(2, AccountTableModel::HousingAidColumn).data().toString().isEmpty());
    const QModelIndex guarantee = model->index(1, AccountTableModel::GuaranteeColumn);
    CHECK(guarantee.data().toString() == AccountKeys::label(Guarantee::Visale));
    CHECK(guarantee.data(Qt::ToolTipRole).toString().contains(QStringLiteral("V123")));
    CHECK(model->index(2, AccountTableModel::GuaranteeColumn).data().toString().isEmpty());
}

TEST_CASE("Editing an account through its form writes the new values to the database")
{
    GuiFixture fixture;
    auto window = fixture.openMainWindow();
    window->showSection(MainWindow::AccountsSection);
    AccountsPage* page = window->accountsPage();
    const qint64 id = idOf(*window->database(), "LOC2");

    page->editAccount(id);
    QPointer<AccountDialog> dialog = page->openDialog();
    REQUIRE(dialog);
    CHECK(dialog->findChild<QLineEdit*>(QStringLiteral("name"))->text() ==
          QStringLiteral("M. Jean Dupont"));
    replaceText(dialog->findChild<QLineEdit*>(QStringLiteral("name")),
                QStringLiteral("M. et Mme Jean Dupont"));
    replaceText(dialog->findChild<QLineEdit*>(QStringLiteral("monthlyRent")),
                QStringLiteral("1 234,56"));
    replaceText(dialog->findChild<QLineEdit*>(QStringLiteral("city")),
                QStringLiteral("Villeurbanne"));
    replaceText(dialog->findChild<QLineEdit*>(QStringLiteral("postalCode")),
                QStringLiteral("69100"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addGuarantor")),
                      Qt::LeftButton);
    auto* guarantors = dialog->findChild<QTableWidget*>(QStringLiteral("guarantors"));
    REQUIRE(guarantors);
    REQUIRE(guarantors->rowCount() == 1);
    guarantors->item(0, 0)->setText(QStringLiteral("Mme Anne Dupont"));
    clickSave(dialog);
    CHECK(GuiFixture::waitUntil([&] { return !dialog || !dialog->isVisible(); }));

    auto stored = AccountRepository(*window->database()).byId(id);
    REQUIRE(stored.ok());
    CHECK(stored->name == QStringLiteral("M. et Mme Jean Dupont"));
    CHECK(stored->monthlyRent.cents() == 123456);
    CHECK(stored->city == QStringLiteral("Villeurbanne"));
    CHECK(stored->postalCode == QStringLiteral("69100"));
    CHECK(stored->email == QStringLiteral("jean.dupont@example.fr")); // untouched
    REQUIRE(stored->guarantors.size() == 1);
    CHECK(stored->guarantors[0].name == QStringLiteral("Mme Anne Dupont"));

    // The table shows the new values without a reload.
    QTest::keyClicks(page->searchBox(), QStringLiteral("Villeurbanne"));
    CHECK(columnTexts(page->table(), AccountTableModel::NameColumn) ==
          QStringList{QStringLiteral("M. et Mme Jean Dupont")});
    CHECK(columnTexts(page->table(), AccountTableModel::MonthlyRentColumn) ==
          QStringList{Money::fromCents(123456).toLocaleString()});
}

TEST_CASE("The form refuses an empty name or a bad e-mail or a four-digit postal code and says "
          "why beside each field")
{
    GuiFixture fixture;
    auto window = fixture.openMainWindow();
    window->showSection(MainWindow::AccountsSection);
    AccountsPage* page = window->accountsPage();
    const qint64 id = idOf(*window->database(), "LOC10");

    page->editAccount(id);
    QPointer<AccountDialog> dialog = page->openDialog();
    REQUIRE(dialog);
    replaceText(dialog->findChild<QLineEdit*>(QStringLiteral("name")), QString());
    replaceText(dialog->findChild<QLineEdit*>(QStringLiteral("email")),
                QStringLiteral("helene.durand@"));
    replaceText(dialog->findChild<QLineEdit*>(QStringLiteral("postalCode")),
                QStringLiteral("6903"));
    clickSave(dialog);

    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    auto* nameError = dialog->findChild<QLabel*>(QStringLiteral("nameError"));
    REQUIRE(nameError);
    CHECK(nameError->isVisible());
    CHECK(nameError->text().contains(QStringLiteral("name")));
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("emailError"))->isVisible());
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("postalCodeError"))
              ->text()
              .contains(QStringLiteral("five digits")));
    CHECK(dialog->visibleProblems().size() == 3);
    GuiFixture::screenshot(dialog, QStringLiteral("account-form-errors"));

    // Nothing reached the database.
    CHECK(AccountRepository(*window->database()).byId(id)->name ==
          QStringLiteral("Mme Hélène Durand"));

    // Correcting the fields lets it save, and the messages go away.
    replaceText(dialog->findChild<QLineEdit*>(QStringLiteral("name")),
                QStringLiteral("Mme Hélène Durand-Roux"));
    replaceText(dialog->findChild<QLineEdit*>(QStringLiteral("email")),
                QStringLiteral("helene.durand@example.fr"));
    replaceText(dialog->findChild<QLineEdit*>(QStringLiteral("postalCode")),
                QStringLiteral("69003"));
    clickSave(dialog);
    CHECK(GuiFixture::waitUntil([&] { return !dialog || !dialog->isVisible(); }));
    CHECK(AccountRepository(*window->database()).byId(id)->name ==
          QStringLiteral("Mme Hélène Durand-Roux"));
}

TEST_CASE("Notes past their limit are refused under the field and the phone and address stop at "
          "theirs")
{
    GuiFixture fixture;
    auto window = fixture.openMainWindow();
    window->showSection(MainWindow::AccountsSection);
    AccountsPage* page = window->accountsPage();
    const qint64 id = idOf(*window->database(), "LOC10");
    const QString notesBefore = AccountRepository(*window->database()).byId(id)->notes;

    page->editAccount(id);
    QPointer<AccountDialog> dialog = page->openDialog();
    REQUIRE(dialog);
    // A pasted text longer than the validator allows: before, the form
    // showed nothing and the save button did nothing.
    dialog->findChild<QPlainTextEdit*>(QStringLiteral("notes"))
        ->setPlainText(QString(int(FieldLimits::notes) + 1, u'x'));
    auto* phone = dialog->findChild<QLineEdit*>(QStringLiteral("phone"));
    REQUIRE(phone);
    phone->setText(QString(100, u'4'));
    CHECK(phone->text().size() == FieldLimits::phone);
    clickSave(dialog);

    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    auto* notesError = dialog->findChild<QLabel*>(QStringLiteral("notesError"));
    REQUIRE(notesError);
    CHECK(notesError->isVisible());
    CHECK(notesError->text().contains(QString::number(FieldLimits::notes)));
    CHECK(dialog->visibleProblems().size() == 1);
    CHECK(AccountRepository(*window->database()).byId(id)->notes == notesBefore);

    dialog->findChild<QPlainTextEdit*>(QStringLiteral("notes"))
        ->setPlainText(QStringLiteral("Rappeler après le 15."));
    clickSave(dialog);
    CHECK(GuiFixture::waitUntil([&] { return !dialog || !dialog->isVisible(); }));
    const Account saved = *AccountRepository(*window->database()).byId(id);
    CHECK(saved.notes == QStringLiteral("Rappeler après le 15."));
    CHECK(saved.phone == QString(int(FieldLimits::phone), u'4'));
}

TEST_CASE("A new account needs a reference no other account has")
{
    GuiFixture fixture;
    auto window = fixture.openMainWindow();
    window->showSection(MainWindow::AccountsSection);
    AccountsPage* page = window->accountsPage();

    page->newAccount();
    QPointer<AccountDialog> dialog = page->openDialog();
    REQUIRE(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("ref")), QStringLiteral("LOC4"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("name")),
                     QStringLiteral("M. Victor Hugo"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("monthlyRent")),
                     QStringLiteral("780"));
    clickSave(dialog);
    REQUIRE(dialog);
    auto* refError = dialog->findChild<QLabel*>(QStringLiteral("refError"));
    CHECK(refError->isVisible());
    CHECK(refError->text().contains(QStringLiteral("LOC4")));
    CHECK(*AccountRepository(*window->database()).count() == 5);

    replaceText(dialog->findChild<QLineEdit*>(QStringLiteral("ref")), QStringLiteral("LOC5"));
    clickSave(dialog);
    CHECK(GuiFixture::waitUntil([&] { return !dialog || !dialog->isVisible(); }));
    auto stored = AccountRepository(*window->database()).byRef(QStringLiteral("LOC5"));
    REQUIRE(stored.ok());
    CHECK(stored->name == QStringLiteral("M. Victor Hugo"));
    CHECK(stored->monthlyRent.cents() == 78000);
    CHECK(page->model()->rowCount() == 6);
}

TEST_CASE("Removing an account asks first naming it and then removes it from the database")
{
    GuiFixture fixture;
    auto window = fixture.openMainWindow();
    window->showSection(MainWindow::AccountsSection);
    AccountsPage* page = window->accountsPage();
    QTableView* table = page->table();
    QTest::keyClicks(page->searchBox(), QStringLiteral("Zola"));
    REQUIRE(table->model()->rowCount() == 1);
    table->setCurrentIndex(table->model()->index(0, 0));

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    page->removeCurrent();
    CHECK(MessageBox::lastText().contains(QStringLiteral("LOC4")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("M. Émile Zola")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("ledger")));
    CHECK(AccountRepository(*window->database()).byRef(QStringLiteral("LOC4")).ok());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    page->removeCurrent();
    CHECK_FALSE(AccountRepository(*window->database()).byRef(QStringLiteral("LOC4")).ok());
    CHECK(table->model()->rowCount() == 0);
    CHECK(page->model()->rowCount() == 4);
}

TEST_CASE("The account model and its proxy keep Qt's model contract while accounts change")
{
    AccountTableModel model;
    QAbstractItemModelTester sourceTester(&model,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    AccountFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.sort(AccountTableModel::MonthlyRentColumn);

    QList<Account> accounts = GuiFixture::sampleAccounts();
    for (int i = 0; i < accounts.size(); ++i)
        accounts[i].id = i + 1;
    model.setAccounts(accounts);
    CHECK(model.rowCount() == 5);
    CHECK(model.columnCount() == AccountTableModel::ColumnCount);
    CHECK(model.index(0, AccountTableModel::MonthlyRentColumn)
              .data(AccountTableModel::RawSortRole)
              .toLongLong() == 101350);
    CHECK(model.index(0, AccountTableModel::MonthlyRentColumn).data().toString() ==
          Money::fromCents(101350).toLocaleString());

    proxy.setSearchText(QStringLiteral("lyon"));
    CHECK(proxy.rowCount() == 1);
    Account added = accounts[1];
    added.id = 99;
    added.ref = QStringLiteral("LOC99");
    added.city = QStringLiteral("Lyon");
    model.upsert(added);
    CHECK(proxy.rowCount() == 2);
    added.city = QStringLiteral("Bron");
    model.upsert(added);
    CHECK(proxy.rowCount() == 1);
    model.removeById(1);
    CHECK(proxy.rowCount() == 0);
    proxy.setSearchText({});
    CHECK(proxy.rowCount() == 5);
    model.setAccounts({});
    CHECK(proxy.rowCount() == 0);
}

TEST_CASE("On a demo agency a user finds an account by searching and edits it and the database "
          "has the change")
{
    GuiFixture fixture;
    const QString path = fixture.path(QStringLiteral("demo.sqlite"));
    GuiFixture::installDemo(path, 40, 6);
    auto db = DatabaseOpener::open(path, false);
    REQUIRE(db.ok());
    const auto accounts = AccountRepository(*db.value()).all();
    REQUIRE(accounts.ok());
    REQUIRE(accounts->size() == 40);
    const Account target = accounts->at(17);

    MainWindow window(std::move(db.value()));
    window.resize(1280, 760);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showSection(MainWindow::AccountsSection);
    AccountsPage* page = window.accountsPage();
    CHECK(page->table()->model()->rowCount() == 40);
    GuiFixture::screenshot(&window, QStringLiteral("accounts"));

    QTest::keyClicks(page->searchBox(), target.ref);
    REQUIRE(page->table()->model()->rowCount() == 1);
    CHECK(columnTexts(page->table(), AccountTableModel::NameColumn) == QStringList{target.name});

    page->table()->setCurrentIndex(page->table()->model()->index(0, 0));
    page->editCurrent();
    QPointer<AccountDialog> dialog = page->openDialog();
    REQUIRE(dialog);
    CHECK(dialog->findChild<QLineEdit*>(QStringLiteral("ref"))->text() == target.ref);
    replaceText(dialog->findChild<QLineEdit*>(QStringLiteral("email")),
                QStringLiteral("nouvelle.adresse@example.fr"));
    replaceText(dialog->findChild<QLineEdit*>(QStringLiteral("phone")),
                QStringLiteral("04 78 00 00 00"));
    clickSave(dialog);
    CHECK(GuiFixture::waitUntil([&] { return !dialog || !dialog->isVisible(); }));

    auto stored = AccountRepository(*window.database()).byRef(target.ref);
    REQUIRE(stored.ok());
    CHECK(stored->email == QStringLiteral("nouvelle.adresse@example.fr"));
    CHECK(stored->phone == QStringLiteral("04 78 00 00 00"));
    // Everything else the demo gave it is as it was.
    Account expected = target;
    expected.email = stored->email;
    expected.phone = stored->phone;
    expected.guarantors = stored->guarantors; // ids are renewed when guarantors are saved
    CHECK(*stored == expected);
    REQUIRE(stored->guarantors.size() == target.guarantors.size());
    for (int i = 0; i < target.guarantors.size(); ++i)
        CHECK(stored->guarantors[i].name == target.guarantors[i].name);
}

TEST_CASE("The Recovery tab of the form stores the lease start, rents, housing aid and guarantee, "
          "and refuses what it cannot read under the field")
{
    GuiFixture fixture;
    auto window = fixture.openMainWindow();
    window->showSection(MainWindow::AccountsSection);
    AccountsPage* page = window->accountsPage();
    const qint64 id = idOf(*window->database(), "LOC2");

    page->editAccount(id);
    QPointer<AccountDialog> dialog = page->openDialog();
    REQUIRE(dialog);
    dialog->tabs()->setCurrentIndex(AccountDialog::RecoveryTab);
    replaceText(dialog->findChild<QLineEdit*>(QStringLiteral("leaseStart")),
                QStringLiteral("31/02/2023"));
    replaceText(dialog->findChild<QLineEdit*>(QStringLiteral("rentExclCharges")),
                QStringLiteral("abc"));
    clickSave(dialog);
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->tabs()->currentIndex() == AccountDialog::RecoveryTab);
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("leaseStartError"))
              ->text()
              .contains(QStringLiteral("31/02/2023")));
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("rentExclChargesError"))->isVisible());
    CHECK_FALSE(AccountRepository(*window->database()).byId(id)->leaseStart.isValid());

    // More than the rent with charges is refused too (AccountValidator).
    replaceText(dialog->findChild<QLineEdit*>(QStringLiteral("leaseStart")),
                QStringLiteral("15/09/2023"));
    replaceText(dialog->findChild<QLineEdit*>(QStringLiteral("monthlyRent")),
                QStringLiteral("850,00"));
    replaceText(dialog->findChild<QLineEdit*>(QStringLiteral("rentExclCharges")),
                QStringLiteral("900,00"));
    clickSave(dialog);
    REQUIRE(dialog);
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("rentExclChargesError"))
              ->text()
              .contains(QStringLiteral("cannot be more")));

    replaceText(dialog->findChild<QLineEdit*>(QStringLiteral("rentExclCharges")),
                QStringLiteral("780,00"));
    replaceText(dialog->findChild<QLineEdit*>(QStringLiteral("housingAid")),
                QStringLiteral("250,50"));
    auto* payer = dialog->findChild<QComboBox*>(QStringLiteral("housingAidPayer"));
    REQUIRE(payer);
    payer->setCurrentIndex(payer->findData(QStringLiteral("msa")));
    auto* guarantee = dialog->findChild<QComboBox*>(QStringLiteral("guarantee"));
    REQUIRE(guarantee);
    guarantee->setCurrentIndex(guarantee->findData(QStringLiteral("visale")));
    replaceText(dialog->findChild<QLineEdit*>(QStringLiteral("guaranteeRef")),
                QStringLiteral("V123456789"));
    clickSave(dialog);
    CHECK(GuiFixture::waitUntil([&] { return !dialog || !dialog->isVisible(); }));

    auto stored = AccountRepository(*window->database()).byId(id);
    REQUIRE(stored.ok());
    CHECK(stored->leaseStart == QDate(2023, 9, 15));
    REQUIRE(stored->rentExclCharges.has_value());
    CHECK(stored->rentExclCharges->cents() == 78000);
    CHECK(stored->housingAid.cents() == 25050);
    CHECK(stored->housingAidPayer == HousingAidPayer::Msa);
    CHECK(stored->guarantee == Guarantee::Visale);
    CHECK(stored->guaranteeRef == QStringLiteral("V123456789"));

    // Opened again, the form shows what was stored.
    page->editAccount(id);
    QPointer<AccountDialog> again = page->openDialog();
    REQUIRE(again);
    CHECK(again->findChild<QLineEdit*>(QStringLiteral("leaseStart"))->text() ==
          QStringLiteral("15/09/2023"));
    CHECK(
        Money::parse(again->findChild<QLineEdit*>(QStringLiteral("housingAid"))->text())->cents() ==
        25050);
    CHECK(again->findChild<QComboBox*>(QStringLiteral("guarantee"))->currentData().toString() ==
          QStringLiteral("visale"));
    again->reject();
}

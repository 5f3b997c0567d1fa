// Landlords in the Accounts section: the account form finds an owner by
// typing, creates one with the account, refuses a bad one beside its field;
// the table shows each account's owner and filters by owner.
#include "GuiFixture.h"
#include "TestSupport.h"

#include "accounts/AccountDialog.h"
#include "accounts/AccountOwnerBox.h"
#include "accounts/AccountsPage.h"
#include "ledger/AccountSave.h"
#include "main/MainWindow.h"
#include "models/AccountTableModel.h"
#include "storage/AccountRepository.h"
#include "storage/OwnerRepository.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

namespace {

QStringList columnTexts(const QTableView* table, int column)
{
    QStringList out;
    const QAbstractItemModel* model = table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        out.append(model->index(row, column).data().toString());
    return out;
}

void clickSave(AccountDialog* dialog)
{
    auto* box = dialog->findChild<QDialogButtonBox*>();
    REQUIRE(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
}

void type(QLineEdit* edit, const QString& text)
{
    REQUIRE(edit);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

Owner owner(const char* ref, const char* name)
{
    Owner o;
    o.ref = QString::fromLatin1(ref);
    o.name = QString::fromUtf8(name);
    return o;
}

Owner storedOwner(const Database& db, const char* ref)
{
    auto o = OwnerRepository(db).byRef(QString::fromLatin1(ref));
    REQUIRE(o.ok());
    REQUIRE(o->has_value());
    return **o;
}

} // namespace

TEST_CASE("The account form finds an owner by name, creates a new one, and saves it with the "
          "account")
{
    GuiFixture fixture;
    auto window = fixture.openMainWindow();
    const Database& db = *window->database();
    Owner parc = owner("PROP01", "SCI du Parc");
    parc.email = QStringLiteral("sci.parc@example.fr");
    parc.address1 = QStringLiteral("4 rue Neuve");
    parc.postalCode = QStringLiteral("69001");
    parc.city = QStringLiteral("Lyon");
    REQUIRE(OwnerRepository(db).save(parc).ok());
    REQUIRE(OwnerRepository(db).save(owner("PROP02", "M. Paul Girard")).ok());
    window->showSection(MainWindow::AccountsSection);
    AccountsPage* page = window->accountsPage();
    window->showSection(MainWindow::AccountsSection);
    REQUIRE(page->reload().ok());

    // Typing part of the name offers the owner; choosing it fills the form.
    page->editAccount(GuiFixture::idOf(db, "LOC2"));
    QPointer<AccountDialog> dialog = page->openDialog();
    REQUIRE(dialog);
    dialog->tabs()->setCurrentIndex(AccountDialog::OwnerTab);
    AccountOwnerBox* box = dialog->ownerBox();
    QLineEdit* ref = box->refEdit();
    CHECK(ref->text().isEmpty());
    ref->setFocus();
    QTest::keyClicks(ref, QStringLiteral("parc"));
    QAbstractItemView* popup = box->completer()->popup();
    REQUIRE(GuiFixture::waitUntil([&] { return popup->isVisible(); }));
    REQUIRE(popup->model()->rowCount() == 1);
    CHECK(popup->model()->index(0, 0).data().toString() == QStringLiteral("PROP01 — SCI du Parc"));
    popup->setCurrentIndex(popup->model()->index(0, 0));
    QTest::keyClick(popup, Qt::Key_Return);
    CHECK(ref->text() == QStringLiteral("PROP01"));
    CHECK(dialog->findChild<QLineEdit*>(QStringLiteral("ownerName"))->text() ==
          QStringLiteral("SCI du Parc"));
    CHECK(dialog->findChild<QLineEdit*>(QStringLiteral("ownerCity"))->text() ==
          QStringLiteral("Lyon"));
    GuiFixture::screenshot(dialog, QStringLiteral("account-form-owner"));
    clickSave(dialog);
    REQUIRE(GuiFixture::waitUntil([&] { return !dialog || !dialog->isVisible(); }));
    CHECK(AccountRepository(db).byRef(QStringLiteral("LOC2"))->ownerRef ==
          QStringLiteral("PROP01"));
    CHECK(storedOwner(db, "PROP01").email == QStringLiteral("sci.parc@example.fr"));

    // A new owner typed in the form: a bad e-mail is refused beside its field
    // and nothing is stored.
    page->editAccount(GuiFixture::idOf(db, "LOC10"));
    dialog = page->openDialog();
    REQUIRE(dialog);
    type(dialog->findChild<QLineEdit*>(QStringLiteral("ownerRef")), QStringLiteral("PROP03"));
    type(dialog->findChild<QLineEdit*>(QStringLiteral("ownerName")),
         QStringLiteral("Mme Iris Roy"));
    type(dialog->findChild<QLineEdit*>(QStringLiteral("ownerEmail")), QStringLiteral("iris.roy@"));
    clickSave(dialog);
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->tabs()->currentIndex() == AccountDialog::OwnerTab);
    auto* emailError = dialog->findChild<QLabel*>(QStringLiteral("ownerEmailError"));
    REQUIRE(emailError);
    CHECK(emailError->isVisible());
    CHECK(emailError->text().contains(QStringLiteral("e-mail")));
    CHECK_FALSE(OwnerRepository(db).byRef(QStringLiteral("PROP03"))->has_value());
    CHECK(AccountRepository(db).byRef(QStringLiteral("LOC10"))->ownerRef.isEmpty());

    type(dialog->findChild<QLineEdit*>(QStringLiteral("ownerEmail")),
         QStringLiteral("iris.roy@example.fr"));
    type(dialog->findChild<QLineEdit*>(QStringLiteral("ownerAddress1")),
         QStringLiteral("2 quai Nord"));
    type(dialog->findChild<QLineEdit*>(QStringLiteral("ownerPostalCode")), QStringLiteral("13002"));
    type(dialog->findChild<QLineEdit*>(QStringLiteral("ownerCity")), QStringLiteral("Marseille"));
    clickSave(dialog);
    REQUIRE(GuiFixture::waitUntil([&] { return !dialog || !dialog->isVisible(); }));
    const Owner roy = storedOwner(db, "PROP03");
    CHECK(roy.name == QStringLiteral("Mme Iris Roy"));
    CHECK(roy.email == QStringLiteral("iris.roy@example.fr"));
    CHECK(roy.address1 == QStringLiteral("2 quai Nord"));
    CHECK(roy.postalCode == QStringLiteral("13002"));
    CHECK(roy.city == QStringLiteral("Marseille"));
    CHECK(AccountRepository(db).byRef(QStringLiteral("LOC10"))->ownerRef ==
          QStringLiteral("PROP03"));

    // The table shows each account's owner at once, the new one included.
    page->searchBox()->setText(QStringLiteral("LOC10"));
    CHECK(columnTexts(page->table(), AccountTableModel::OwnerColumn) ==
          QStringList{QStringLiteral("PROP03 — Mme Iris Roy")});
    page->searchBox()->clear();

    // An owner's name without its reference is refused under the reference.
    page->editAccount(GuiFixture::idOf(db, "LOC3"));
    dialog = page->openDialog();
    REQUIRE(dialog);
    type(dialog->findChild<QLineEdit*>(QStringLiteral("ownerName")), QStringLiteral("M. Sans Ref"));
    clickSave(dialog);
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("ownerRefError"))->isVisible());
    CHECK(dialog->visibleProblems().size() == 1);
    dialog->reject();
}

TEST_CASE("The accounts table filters by owner, chosen in a list or found by typing")
{
    GuiFixture fixture;
    auto window = fixture.openMainWindow();
    const Database& db = *window->database();
    const auto give = [&](const char* accountRef, const Owner& o) {
        auto account = AccountRepository(db).byRef(QString::fromLatin1(accountRef));
        REQUIRE(account.ok());
        REQUIRE(AccountSave::save(db, *account, o).ok());
    };
    const Owner parc = owner("PROP01", "SCI du Parc");
    const Owner girard = owner("PROP02", "M. Paul Girard");
    give("LOC1", parc);
    give("LOC3", parc);
    give("LOC4", parc);
    give("LOC2", girard);
    window->showSection(MainWindow::AccountsSection);
    AccountsPage* page = window->accountsPage();
    window->showSection(MainWindow::AccountsSection);
    REQUIRE(page->reload().ok());

    QComboBox* filter = page->ownerFilter();
    REQUIRE(filter->count() == 3);
    CHECK(filter->itemText(0) == QStringLiteral("All owners"));
    CHECK(filter->itemText(1) == QStringLiteral("PROP01 — SCI du Parc"));
    CHECK(filter->itemText(2) == QStringLiteral("PROP02 — M. Paul Girard"));
    CHECK(page->table()->model()->rowCount() == 5);

    filter->setCurrentIndex(1);
    CHECK(columnTexts(page->table(), AccountTableModel::RefColumn) ==
          (QStringList{QStringLiteral("LOC1"), QStringLiteral("LOC3"), QStringLiteral("LOC4")}));
    CHECK(columnTexts(page->table(), AccountTableModel::OwnerColumn) ==
          QStringList(3, QStringLiteral("PROP01 — SCI du Parc")));
    auto* count = page->findChild<QLabel*>(QStringLiteral("accountCount"));
    CHECK(count->text().contains(QStringLiteral("3")));
    // The search narrows the owner's accounts further.
    page->searchBox()->setText(QStringLiteral("zola"));
    CHECK(columnTexts(page->table(), AccountTableModel::RefColumn) ==
          QStringList{QStringLiteral("LOC4")});
    page->searchBox()->clear();

    // Typing part of a name in the list finds the owner.
    filter->lineEdit()->selectAll();
    QTest::keyClicks(filter->lineEdit(), QStringLiteral("girard"));
    QAbstractItemView* popup = filter->completer()->popup();
    REQUIRE(GuiFixture::waitUntil([&] { return popup->isVisible(); }));
    REQUIRE(popup->model()->rowCount() == 1);
    popup->setCurrentIndex(popup->model()->index(0, 0));
    QTest::keyClick(popup, Qt::Key_Return);
    CHECK(filter->currentData().toString() == QStringLiteral("PROP02"));
    CHECK(columnTexts(page->table(), AccountTableModel::RefColumn) ==
          QStringList{QStringLiteral("LOC2")});
    GuiFixture::screenshot(window.get(), QStringLiteral("accounts-by-owner"));

    filter->setCurrentIndex(0);
    CHECK(page->table()->model()->rowCount() == 5);
    // The owner chosen stays chosen when the page reads the accounts again.
    filter->setCurrentIndex(2);
    REQUIRE(page->reload().ok());
    CHECK(filter->currentData().toString() == QStringLiteral("PROP02"));
    CHECK(page->table()->model()->rowCount() == 1);
}

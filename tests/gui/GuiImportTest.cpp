#include "GuiFixture.h"
#include "TestSupport.h"

#include "accounts/AccountsPage.h"
#include "debtors/DebtorTableModel.h"
#include "debtors/DebtorsPage.h"
#include "import/ImportDialog.h"
#include "main/MainWindow.h"
#include "models/AccountTableModel.h"
#include "storage/AccountRepository.h"
#include "storage/LedgerRepository.h"

#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>

TEST_CASE("The import dialog lists every bad row of a broken file and refuses to import it")
{
    GuiFixture fixture;
    auto window = fixture.openMainWindow();
    const QString csv = fixture.path(QStringLiteral("accounts.csv"));
    // Line 3 has no name, line 4 an amount with three decimals.
    TestSupport::writeFile(csv, "ref;nom;ville;loyer\n"
                                "LOC20;M. Paul Petit;Nantes;650,00\n"
                                "LOC21;;Rennes;700,00\n"
                                "LOC22;Mme Lise Roy;Brest;812,505\n");

    QPointer<ImportDialog> dialog = window->openImportDialog(csv);
    REQUIRE(dialog);
    REQUIRE(GuiFixture::waitUntil([&] { return !dialog->isBusy(); }));
    CHECK(dialog->report().kind == ImportReport::Kind::Accounts);
    CHECK(dialog->report().errors.size() == 2);
    const QString text = dialog->reportText();
    CHECK(text.contains(QStringLiteral("accounts.csv:3: name: ")));
    CHECK(text.contains(QStringLiteral("accounts.csv:4: monthly_rent: ")));
    CHECK_FALSE(dialog->importButton()->isEnabled());
    GuiFixture::screenshot(dialog, QStringLiteral("import-errors"));

    // Nothing from the file was written, not even its good row.
    CHECK(*AccountRepository(*window->database()).count() == 5);
    dialog->reject();
}

TEST_CASE("A good file is checked then imported on confirmation and the accounts appear")
{
    GuiFixture fixture;
    auto window = fixture.openMainWindow();
    const QString csv = fixture.path(QStringLiteral("new-accounts.csv"));
    TestSupport::writeFile(csv, "ref,name,city,postal_code,monthly_rent\n"
                                "LOC20,M. Paul Petit,Nantes,44000,650.00\n"
                                "LOC21,Mme Inès Roy,Rennes,35000,\"1 013,50\"\n");

    QPointer<ImportDialog> dialog = window->openImportDialog(csv);
    REQUIRE(dialog);
    REQUIRE(GuiFixture::waitUntil([&] { return !dialog->isBusy(); }));
    INFO(dialog->reportText().toStdString());
    CHECK(dialog->report().dryRun);
    CHECK(dialog->report().ok());
    CHECK(dialog->report().added == 2);
    REQUIRE(dialog->importButton()->isEnabled());
    // The check wrote nothing.
    CHECK(*AccountRepository(*window->database()).count() == 5);

    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    REQUIRE(GuiFixture::waitUntil([&] { return !dialog->isBusy(); }));
    CHECK(dialog->report().written);
    CHECK_FALSE(dialog->importButton()->isEnabled());

    auto stored = AccountRepository(*window->database()).byRef(QStringLiteral("LOC21"));
    REQUIRE(stored.ok());
    CHECK(stored->name == QStringLiteral("Mme Inès Roy"));
    CHECK(stored->monthlyRent.cents() == 101350);
    // The Accounts section shows them without a restart.
    window->showSection(MainWindow::AccountsSection);
    CHECK(window->accountsPage()->model()->rowCount() == 7);
    dialog->reject();
}

TEST_CASE("The import dialog tells a ledger from an accounts file by its header")
{
    GuiFixture fixture;
    const QString ledger = fixture.path(QStringLiteral("export.csv"));
    TestSupport::writeFile(ledger, "Compte;N° pièce;Date;Échéance;Libellé;Débit;Crédit\n"
                                   "LOC1;AE-1;2026-06-01;2026-06-05;Loyer juin;650,00;\n");
    CHECK(ImportDialog::guessKind(ledger) == ImportReport::Kind::Ledger);
    const QString accounts = fixture.path(QStringLiteral("tenants.csv"));
    TestSupport::writeFile(accounts, "Réf;Nom;Ville;Loyer\nLOC1;M. A;Lyon;650\n");
    CHECK(ImportDialog::guessKind(accounts) == ImportReport::Kind::Accounts);
    const QString unknown = fixture.path(QStringLiteral("other.csv"));
    TestSupport::writeFile(unknown, "a;b\n1;2\n");
    CHECK_FALSE(ImportDialog::guessKind(unknown).has_value());
}

TEST_CASE("A French ledger export is recognised and imported into the accounts it names")
{
    GuiFixture fixture;
    auto window = fixture.openMainWindow();
    const QString csv = fixture.path(QStringLiteral("grand-livre.csv"));
    TestSupport::writeFile(csv, "Compte;N° pièce;Date;Échéance;Libellé;Débit;Crédit\n"
                                "LOC2;AE-2026-10;2026-10-01;2026-10-05;Loyer octobre 2026;900,00;\n"
                                "LOC2;VIR-881;2026-10-07;;Virement;;400,00\n");

    QPointer<ImportDialog> dialog = window->openImportDialog(csv);
    REQUIRE(dialog);
    REQUIRE(GuiFixture::waitUntil([&] { return !dialog->isBusy(); }));
    INFO(dialog->reportText().toStdString());
    CHECK(dialog->report().kind == ImportReport::Kind::Ledger);
    REQUIRE(dialog->importButton()->isEnabled());
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    REQUIRE(GuiFixture::waitUntil([&] { return !dialog->isBusy(); }));
    CHECK(dialog->report().written);
    CHECK(dialog->report().added == 2);

    const qint64 id = AccountRepository(*window->database()).byRef(QStringLiteral("LOC2"))->id;
    auto entries = LedgerRepository(*window->database()).forAccount(id);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 2);
    Money balance;
    for (const LedgerEntry& e : *entries)
        balance += e.side == Side::Debit ? e.amount : -e.amount;
    CHECK(balance.cents() == 50000);
    dialog->reject();
}

TEST_CASE("Cancelling an import that is under way writes nothing")
{
    GuiFixture fixture;
    auto window = fixture.openMainWindow();
    const QString csv = fixture.path(QStringLiteral("ledger.csv"));
    // Large enough that the importer asks whether to go on before it ends.
    QByteArray data = "account_ref;entry_ref;date;due_date;label;debit;credit\n";
    for (int i = 0; i < 40000; ++i)
        data += "LOC1;AE-" + QByteArray::number(i) + ";2026-10-01;2026-10-05;Loyer;1,00;\n";
    TestSupport::writeFile(csv, data);

    QPointer<ImportDialog> dialog = window->openImportDialog(csv);
    REQUIRE(dialog);
    REQUIRE(GuiFixture::waitUntil([&] { return !dialog->isBusy(); }, 60000));
    INFO(dialog->reportText().toStdString());
    REQUIRE(dialog->report().ok());
    CHECK(dialog->report().added == 40000);

    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    REQUIRE(dialog->isBusy());
    auto* progress = dialog->findChild<QProgressBar*>(QStringLiteral("importProgress"));
    REQUIRE(progress);
    CHECK(progress->isVisible());
    // Cancel (or Escape) stops the work; the dialog stays to say so.
    dialog->reject();
    REQUIRE(GuiFixture::waitUntil([&] { return !dialog->isBusy(); }, 60000));
    CHECK(dialog->isVisible());
    CHECK(dialog->report().cancelled);
    CHECK_FALSE(dialog->report().written);
    CHECK(dialog->reportText().contains(QStringLiteral("nothing was written")));
    CHECK(*LedgerRepository(*window->database()).count() == 0);

    // The file was checked: it can be imported again, to the end this time.
    REQUIRE(dialog->importButton()->isEnabled());
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    REQUIRE(GuiFixture::waitUntil([&] { return !dialog->isBusy(); }, 60000));
    CHECK(dialog->report().written);
    CHECK(*LedgerRepository(*window->database()).count() == 40000);
    CHECK_FALSE(dialog->importButton()->isEnabled());
    dialog->reject();
}

namespace {

// A FEC as an accounting program writes it: a rent call and a bank transfer
// with their counterpart lines (classes 5 and 7), for a known tenant (LOC2)
// and one Relance does not know yet (LOC30).
const QByteArray fecHeader =
    "JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|"
    "PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|"
    "Idevise\n";
const QByteArray fecLines =
    "LOY|Appels de loyers|1|20261001|411000|Locataires|LOC2|M. Jean Dupont|AE-10|20261005|Loyer "
    "octobre 2026|900,00|0,00|||20261001||\n"
    "LOY|Appels de loyers|1|20261001|706000|Loyers|||AE-10|20261005|Loyer octobre "
    "2026|0,00|900,00|||20261001||\n"
    "LOY|Appels de loyers|2|20261001|411000|Locataires|LOC30|Mme Rose Lambert|AE-10|20261005|"
    "Loyer octobre 2026|700,00|0,00|||20261001||\n"
    "LOY|Appels de loyers|2|20261001|706000|Loyers|||AE-10|20261005|Loyer octobre "
    "2026|0,00|700,00|||20261001||\n"
    "BQ|Banque|5|20261007|512000|Banque|||VIR-881||Virement Dupont|400,00|0,00|||20261007||\n"
    "BQ|Banque|5|20261007|411000|Locataires|LOC2|M. Jean Dupont|VIR-881||Virement "
    "Dupont|0,00|400,00|||20261007||\n";

QStringList debtorRefs(const DebtorsPage* page)
{
    QStringList out;
    for (int row = 0; row < page->model()->rowCount(); ++row)
        out << page->model()->debtorAt(row).account.ref;
    return out;
}

} // namespace

TEST_CASE("A FEC is recognised by its header, previewed (tenant lines, entries, accounts created, "
          "lines skipped by class), then imported, and its debtors appear")
{
    GuiFixture fixture;
    auto window = fixture.openMainWindow();
    const QString fec = fixture.path(QStringLiteral("FEC-2026.txt"));
    TestSupport::writeFile(fec, fecHeader + fecLines);
    CHECK(ImportDialog::guessKind(fec) == ImportReport::Kind::Fec);
    CHECK_FALSE(debtorRefs(window->debtorsPage()).contains(QStringLiteral("LOC30")));

    QPointer<ImportDialog> dialog = window->openImportDialog(fec);
    REQUIRE(dialog);
    REQUIRE(GuiFixture::waitUntil([&] { return !dialog->isBusy(); }));
    INFO(dialog->reportText().toStdString());
    CHECK(dialog->report().kind == ImportReport::Kind::Fec);
    CHECK(dialog->report().dryRun);
    CHECK(dialog->fecPreviewText() ==
          QStringLiteral("Tenant lines: 3\n"
                         "Entries: 3 new, 0 unchanged, 0 changed\n"
                         "Accounts created: 1 (LOC30)\n"
                         "Other lines skipped: 3 (class 5: 1, class 7: 2)"));
    CHECK(dialog->reportText().contains(QStringLiteral("Nothing has been written yet")));
    GuiFixture::screenshot(dialog, QStringLiteral("import-fec-preview"));
    // The check wrote nothing.
    CHECK_FALSE(AccountRepository(*window->database()).byRef(QStringLiteral("LOC30")).ok());
    REQUIRE(dialog->importButton()->isEnabled());

    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    REQUIRE(GuiFixture::waitUntil([&] { return !dialog->isBusy(); }));
    CHECK(dialog->report().written);
    CHECK(dialog->reportText().contains(QStringLiteral("The file has been imported.")));
    dialog->reject();

    auto created = AccountRepository(*window->database()).byRef(QStringLiteral("LOC30"));
    REQUIRE(created.ok());
    CHECK(created->name == QStringLiteral("Mme Rose Lambert"));
    // The new tenant owes October's rent; M. Dupont the rest of his.
    window->showSection(MainWindow::DebtorsSection);
    REQUIRE(GuiFixture::waitUntil(
        [&] { return debtorRefs(window->debtorsPage()).contains(QStringLiteral("LOC30")); }));
    CHECK(debtorRefs(window->debtorsPage()).contains(QStringLiteral("LOC2")));

    // The same file again: everything is already there.
    dialog = window->openImportDialog(fec);
    REQUIRE(GuiFixture::waitUntil([&] { return !dialog->isBusy(); }));
    CHECK(dialog->fecPreviewText().startsWith(
        QStringLiteral("Tenant lines: 3\nEntries: 0 new, 3 unchanged, 0 changed\nAccounts "
                       "created: 0\n")));
    dialog->reject();
}

TEST_CASE("A FEC with a line both debit and credit is refused with its line number and nothing "
          "is written")
{
    GuiFixture fixture;
    auto window = fixture.openMainWindow();
    const QString fec = fixture.path(QStringLiteral("FEC-broken.txt"));
    TestSupport::writeFile(fec,
                           fecHeader + fecLines +
                               "OD|Operations diverses|9|20261020|411000|Locataires|LOC30|Mme Rose "
                               "Lambert|REL-1||Frais de relance|15,00|15,00|||20261020||\n");
    QPointer<ImportDialog> dialog = window->openImportDialog(fec);
    REQUIRE(dialog);
    REQUIRE(GuiFixture::waitUntil([&] { return !dialog->isBusy(); }));
    INFO(dialog->reportText().toStdString());
    CHECK(dialog->report().kind == ImportReport::Kind::Fec);
    CHECK(dialog->report().errors.size() == 1);
    CHECK(dialog->reportText().contains(QStringLiteral("FEC-broken.txt:8: ")));
    CHECK_FALSE(dialog->importButton()->isEnabled());
    CHECK_FALSE(AccountRepository(*window->database()).byRef(QStringLiteral("LOC30")).ok());
    dialog->reject();
}

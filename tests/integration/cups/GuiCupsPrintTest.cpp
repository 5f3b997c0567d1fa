#include "CupsFixture.h"
#include "GuiFixture.h"
#include "TestSupport.h"
#include "common/MessageBox.h"
#include "debtors/DebtorTableModel.h"
#include "debtors/DebtorsPage.h"
#include "debtors/RunFlow.h"
#include "letters/AgencyIdentity.h"
#include "setup/DatabaseSetup.h"
#include "storage/AgencyRepository.h"
#include "storage/ReminderRepository.h"
#include "storage/RunRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QTest>
#include <QTimer>

// The desktop application's printing, end to end: the user chooses a CUPS
// queue in Qt's print dialog (QPrinter), and the core prints the run on it
// through the print queue (relance_print), as relance-cli does.
TEST_CASE("The debtors screen prints a run on the CUPS queue chosen in the print dialog")
{
    CupsFixture printing;
    if (!printing.available())
        return;
    printing.useInThisProcess();
    CupsServer& cups = printing.server();

    GuiFixture fixture;
    auto db = fixture.databaseWithAccounts();
    REQUIRE(DatabaseSetup::prepare(*db).ok());
    AgencyIdentity identity;
    identity.name = QStringLiteral("Agence du Parc");
    identity.address1 = QStringLiteral("12 quai Saint-Antoine");
    identity.postalCode = QStringLiteral("69002");
    identity.city = QStringLiteral("Lyon");
    REQUIRE(AgencyRepository(*db).save(identity).ok());
    GuiFixture::insertLedger(*db, GuiFixture::sampleLedger(*db));

    DebtorsPage page;
    page.resize(1200, 800);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.setAsOf(QDate(2026, 11, 20));
    page.setDatabase(db.get());
    // The list is read in the background, as when the window opens.
    REQUIRE(GuiFixture::waitUntil([&] { return !page.isLoading(); }));
    page.selectNone();
    int loc2 = -1;
    for (int row = 0; row < page.model()->rowCount(); ++row)
        if (page.model()->debtorAt(row).account.ref == QLatin1String("LOC2"))
            loc2 = row;
    REQUIRE(loc2 >= 0);
    page.model()->setChecked({loc2}, true);

    // The print dialog lists the CUPS queue; the user picks it and prints.
    bool listed = false;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &page, [&] {
        auto* print = qobject_cast<QPrintDialog*>(QApplication::activeModalWidget());
        if (!print)
            return;
        poll.stop();
        if (auto* printers = print->findChild<QComboBox*>(QStringLiteral("printers"))) {
            const int index = printers->findText(cups.queue());
            listed = index >= 0;
            if (listed)
                printers->setCurrentIndex(index);
        }
        print->accept();
    });
    poll.start();
    MessageBox::clearLog();
    MessageBox::setNextAnswer(QMessageBox::Yes); // the stale ledger
    MessageBox::setNextAnswer(QMessageBox::No);  // e-mails: later
    page.print();
    REQUIRE(GuiFixture::waitUntil([&] { return !page.runFlow()->isBusy(); }, 60000));
    INFO(MessageBox::shownTexts().join(QStringLiteral(" || ")).toStdString());
    REQUIRE(listed);

    auto runs = RunRepository(*db).all();
    REQUIRE(runs.ok());
    REQUIRE(runs->size() == 1);
    auto letters = ReminderRepository(*db).lettersOfRun(runs->first().id);
    REQUIRE(letters.ok());
    REQUIRE(letters->size() == 1);
    CHECK(letters->first().state == LetterState::Printed);

    const QString pdf = cups.waitForOutput(90000);
    REQUIRE_FALSE(pdf.isEmpty());
    const QString text = TestSupport::pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Jean Dupont")));
    CHECK(text.contains(QStringLiteral("Agence du Parc")));
}

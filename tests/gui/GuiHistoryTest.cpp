#include "GuiAgency.h"
#include "GuiFixture.h"
#include "TestSupport.h"

#include "accounts/AccountDialog.h"
#include "accounts/AccountsPage.h"
#include "common/MessageBox.h"
#include "history/HistoryFilterProxy.h"
#include "history/HistoryPage.h"
#include "history/HistoryTableModel.h"
#include "history/HistoryView.h"
#include "mail/SmtpSettings.h"
#include "models/LedgerTableModel.h"
#include "outbox/OutboxFilterProxy.h"
#include "outbox/OutboxTableModel.h"
#include "outbox/OutboxView.h"
#include "reminders/DefaultProgram.h"
#include "reminders/RunService.h"
#include "setup/DatabaseSetup.h"
#include "storage/AccountRepository.h"
#include "storage/LedgerRepository.h"
#include "storage/OutboxRepository.h"
#include "storage/ProgramRepository.h"
#include "storage/ReminderRepository.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

namespace {

using Agency = GuiAgency;

Agency agencyWithRuns(GuiFixture& fixture)
{
    return GuiAgency::withRuns(fixture);
}

QStringList columnTexts(const QAbstractItemModel* model, int column)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out.append(model->index(row, column).data().toString());
    return out;
}

qint64 messageTo(const Database& db, const QString& address)
{
    auto all = OutboxRepository(db).list(std::nullopt);
    REQUIRE(all.ok());
    for (const OutboxMessage& m : *all)
        if (m.toAddress == address)
            return m.id;
    FAIL("no e-mail to " << address.toStdString());
    return 0;
}

OutboxState stateOf(const Database& db, qint64 id)
{
    auto m = OutboxRepository(db).byId(id);
    REQUIRE(m.ok());
    REQUIRE(m->has_value());
    return (*m)->state;
}

void selectRow(QTableView* table, int row)
{
    table->selectionModel()->setCurrentIndex(table->model()->index(row, 0),
                                             QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
}

int rowOfMessage(const QTableView* table, qint64 id)
{
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, 0).data(OutboxTableModel::MessageIdRole).toLongLong() == id)
            return row;
    return -1;
}

void click(QWidget* parent, const char* name)
{
    auto* button = parent->findChild<QPushButton*>(QString::fromLatin1(name));
    REQUIRE(button);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

TEST_CASE("The History page lists every reminder issued newest first with its level amount and "
          "states and filters by account level and date")
{
    GuiFixture fixture;
    Agency agency = agencyWithRuns(fixture);
    HistoryPage page;
    page.resize(1280, 520);
    page.setDatabase(agency.db.get());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    HistoryView* view = page.historyView();
    QAbstractItemModelTester sourceTester(view->model(),
                                          QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester proxyTester(view->proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::Warning);
    const QAbstractItemModel* shown = view->table()->model();
    REQUIRE(shown->rowCount() == 4);
    // Newest first: the second run's reminder to LOC10 on top.
    CHECK(shown->index(0, HistoryTableModel::RefColumn).data().toString() == u"LOC10");
    CHECK(shown->index(0, HistoryTableModel::LevelColumn).data().toString() ==
          QStringLiteral("2. Deuxième relance"));
    CHECK(shown->index(0, HistoryTableModel::DateColumn).data(HistoryTableModel::RawSortRole) ==
          QDate(2026, 11, 30));
    QStringList firstRun = columnTexts(shown, HistoryTableModel::RefColumn).mid(1);
    firstRun.sort();
    CHECK(firstRun ==
          QStringList{QStringLiteral("LOC10"), QStringLiteral("LOC2"), QStringLiteral("LOC3")});

    // The amounts are what each tenant owed that day.
    QHash<QString, qint64> overdue;
    for (int row = 1; row < shown->rowCount(); ++row)
        overdue.insert(shown->index(row, HistoryTableModel::RefColumn).data().toString(),
                       shown->index(row, HistoryTableModel::OverdueColumn)
                           .data(HistoryTableModel::RawSortRole)
                           .toLongLong());
    CHECK(overdue.value(QStringLiteral("LOC10")) == 152700);
    CHECK(overdue.value(QStringLiteral("LOC2")) == 90000);
    CHECK(overdue.value(QStringLiteral("LOC3")) == 9500);
    CHECK(shown->index(1, HistoryTableModel::OverdueColumn).data().toString() ==
          Money::fromCents(shown->index(1, HistoryTableModel::OverdueColumn)
                               .data(HistoryTableModel::RawSortRole)
                               .toLongLong())
              .toLocaleString());
    // LOC2's reminder went by letter and e-mail; LOC3 has no address to mail.
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QString ref = shown->index(row, HistoryTableModel::RefColumn).data().toString();
        const QModelIndex mails = shown->index(row, HistoryTableModel::EmailsColumn);
        const QString invoice =
            shown->index(row, HistoryTableModel::InvoiceColumn).data().toString();
        if (ref == u"LOC2") {
            CHECK(mails.data().toString() == QStringLiteral("Tenant: Waiting to be sent"));
            CHECK(mails.data(Qt::ToolTipRole)
                      .toString()
                      .contains(QStringLiteral("jean.dupont@example.fr")));
            CHECK(invoice.isEmpty()); // residential lease: never a fee
        }
        if (ref == u"LOC3") {
            CHECK(mails.data().toString().isEmpty());
            CHECK(shown->index(row, HistoryTableModel::FeeColumn)
                      .data(HistoryTableModel::RawSortRole)
                      .toLongLong() == 2500);
            CHECK(invoice.startsWith(QStringLiteral("FR-2026-")));
        }
        CHECK_FALSE(
            shown->index(row, HistoryTableModel::LettersColumn).data().toString().isEmpty());
    }

    auto* account = view->findChild<QComboBox*>(QStringLiteral("historyAccount"));
    REQUIRE(account);
    account->setCurrentIndex(account->findData(GuiFixture::idOf(*agency.db, "LOC10")));
    CHECK(shown->rowCount() == 2);
    CHECK(columnTexts(shown, HistoryTableModel::RefColumn) ==
          QStringList{QStringLiteral("LOC10"), QStringLiteral("LOC10")});
    auto* level = view->findChild<QComboBox*>(QStringLiteral("historyLevel"));
    REQUIRE(level);
    level->setCurrentIndex(level->findData(1));
    CHECK(shown->rowCount() == 1);
    account->setCurrentIndex(0);
    CHECK(shown->rowCount() == 3);
    level->setCurrentIndex(0);

    auto* from = view->findChild<QDateEdit*>(QStringLiteral("historyFrom"));
    REQUIRE(from);
    from->setDate(QDate(2026, 11, 25));
    CHECK(shown->rowCount() == 1);
    from->setDate(from->minimumDate());
    CHECK(shown->rowCount() == 4);

    auto* search = view->findChild<QLineEdit*>(QStringLiteral("historySearch"));
    REQUIRE(search);
    QTest::keyClicks(search, QStringLiteral("dupont"));
    CHECK(shown->rowCount() == 1);
    search->clear();

    auto* state = view->findChild<QComboBox*>(QStringLiteral("historyState"));
    REQUIRE(state);
    state->setCurrentIndex(state->findData(QStringLiteral("email:queued")));
    CHECK(shown->rowCount() == 3); // LOC3 has no e-mail
    state->setCurrentIndex(0);

    GuiFixture::screenshot(&page, QStringLiteral("history"));
}

TEST_CASE("Opening a letter from the history opens its PDF or says the file is gone")
{
    GuiFixture fixture;
    Agency agency = agencyWithRuns(fixture);
    auto letters = ReminderRepository(*agency.db).lettersOfRun(agency.secondRun);
    REQUIRE(letters.ok());
    REQUIRE(letters->size() == 1);
    const QString pdf = fixture.path(QStringLiteral("LOC10-level2.pdf"));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4\n");
    file.close();
    REQUIRE(ReminderRepository(*agency.db).setLetterFile(letters->first().id, pdf).ok());

    QList<QUrl> opened;
    HistoryView::setUrlOpener([&opened](const QUrl& url) {
        opened.append(url);
        return true;
    });
    HistoryPage page;
    page.setDatabase(agency.db.get());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    HistoryView* view = page.historyView();
    view->selectReminder(letters->first().reminderId);
    MessageBox::clearLog();
    click(view, "openLetter");
    REQUIRE(opened.size() == 1);
    CHECK(opened.first() == QUrl::fromLocalFile(pdf));
    CHECK(MessageBox::shownTexts().isEmpty());

    REQUIRE(QFile::remove(pdf));
    click(view, "openLetter");
    CHECK(opened.size() == 1);
    CHECK(MessageBox::lastText().contains(QStringLiteral("no longer at")));
    CHECK(MessageBox::lastText().contains(pdf));

    // A letter never rendered has no file to open: the message says what to do.
    auto first = ReminderRepository(*agency.db).lettersOfRun(agency.firstRun);
    REQUIRE(first.ok());
    view->selectReminder(first->first().reminderId);
    click(view, "openLetter");
    CHECK(opened.size() == 1);
    CHECK(MessageBox::lastText().contains(QStringLiteral("not been rendered")));
    HistoryView::setUrlOpener([](const QUrl&) { return false; });
}

TEST_CASE("The outbox shows uncertain and failed e-mails first and retries or marks them sent "
          "through the core")
{
    GuiFixture fixture;
    Agency agency = agencyWithRuns(fixture);
    const Database& db = *agency.db;
    OutboxRepository repo(db);
    const qint64 failed = messageTo(db, QStringLiteral("jean.dupont@example.fr"));
    REQUIRE(repo.refuse(failed, QStringLiteral("The address is not valid.")).ok());
    // An interrupted send, as the core finds it at the next start.
    auto all = repo.list(OutboxState::Queued, agency.firstRun);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1);
    const qint64 uncertain = all->first().id;
    REQUIRE(repo.claim(uncertain, QStringLiteral("<test@relance>")).value());
    REQUIRE(repo.markInterruptedUncertain().value() == 1);

    HistoryPage page;
    page.resize(1280, 420);
    page.setDatabase(agency.db.get());
    page.tabs()->setCurrentIndex(HistoryPage::OutboxTab);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK(page.tabs()->tabText(HistoryPage::OutboxTab).contains(QStringLiteral("(2)")));
    OutboxView* view = page.outboxView();
    QAbstractItemModelTester sourceTester(view->model(),
                                          QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester proxyTester(view->proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::Warning);
    QTableView* table = view->table();
    REQUIRE(table->model()->rowCount() == 3);
    CHECK(rowOfMessage(table, uncertain) == 0);
    CHECK(rowOfMessage(table, failed) == 1);
    CHECK(table->model()->index(1, OutboxTableModel::LastErrorColumn).data().toString() ==
          QStringLiteral("The address is not valid."));
    CHECK(table->model()->index(1, OutboxTableModel::AccountColumn).data().toString() ==
          QStringLiteral("LOC2"));
    GuiFixture::screenshot(&page, QStringLiteral("outbox"));

    // A failed message goes straight back to the queue.
    selectRow(table, rowOfMessage(table, failed));
    auto* markSent = view->findChild<QPushButton*>(QStringLiteral("markSent"));
    CHECK_FALSE(markSent->isEnabled()); // only an uncertain message may be marked sent
    click(view, "retryEmail");
    CHECK(stateOf(db, failed) == OutboxState::Queued);

    // Retrying an uncertain message names the risk; cancelling changes nothing.
    selectRow(table, rowOfMessage(table, uncertain));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    click(view, "retryEmail");
    CHECK(MessageBox::lastText().contains(QStringLiteral("twice")));
    CHECK(stateOf(db, uncertain) == OutboxState::Uncertain);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    click(view, "markSent");
    CHECK(stateOf(db, uncertain) == OutboxState::Sent);
    // Sent messages leave the list unless asked for.
    CHECK(rowOfMessage(table, uncertain) == -1);
    view->findChild<QCheckBox*>(QStringLiteral("showSent"))->setChecked(true);
    CHECK(rowOfMessage(table, uncertain) >= 0);
    // The history shows the e-mail as sent too.
    const HistoryTableModel* history = page.historyView()->model();
    bool seen = false;
    for (int row = 0; row < history->rowCount(); ++row)
        for (const OutboxMessage& m : history->detailAt(row).emails)
            if (m.id == uncertain) {
                CHECK(m.state == OutboxState::Sent);
                seen = true;
            }
    CHECK(seen);
}

TEST_CASE("Send now runs off the GUI thread and reports what stayed queued")
{
    GuiFixture fixture;
    Agency agency = agencyWithRuns(fixture);
    HistoryPage page;
    page.setDatabase(agency.db.get());
    OutboxView* view = page.outboxView();

    // No mail server yet: the user is told where to set it, nothing moves.
    MessageBox::clearLog();
    click(view, "sendNow");
    CHECK_FALSE(view->isSending());
    CHECK(MessageBox::lastText().contains(QStringLiteral("Settings")));

    SmtpSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = 9; // discard: nothing listens here
    settings.security = SmtpSettings::Security::None;
    settings.fromAddress = QStringLiteral("agence@example.fr");
    REQUIRE(settings.save(*agency.db).ok());
    click(view, "sendNow");
    REQUIRE(GuiFixture::waitUntil([view] { return !view->isSending(); }));
    // The letters have no PDF yet: the e-mails that carry them wait.
    CHECK(MessageBox::lastText().contains(QStringLiteral("no PDF yet")));
    auto queued = OutboxRepository(*agency.db).list(OutboxState::Queued);
    REQUIRE(queued.ok());
    CHECK(queued->size() == 3);
    CHECK(view->findChild<QPushButton*>(QStringLiteral("sendNow"))->isEnabled());
}

TEST_CASE("The account form shows the statement with its running balance the account's reminders "
          "and saves the program chosen from the list")
{
    GuiFixture fixture;
    Agency agency = agencyWithRuns(fixture);
    const Database& db = *agency.db;
    Program custom = DefaultProgram::make();
    custom.name = QStringLiteral("Commerces");
    custom.isGlobal = false;
    REQUIRE(ProgramRepository(db).save(custom).ok());

    AccountsPage page;
    page.setDatabase(agency.db.get());
    const qint64 loc10 = GuiFixture::idOf(db, "LOC10");
    page.editAccount(loc10);
    AccountDialog* dialog = page.openDialog();
    REQUIRE(dialog);

    LedgerTableModel* ledger = dialog->ledgerModel();
    QAbstractItemModelTester tester(ledger,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(ledger->rowCount() == 3);
    auto balance = agency.db->exec(
        QStringLiteral("SELECT SUM(CASE side WHEN 'debit' THEN amount ELSE -amount END) FROM "
                       "ledger_entries WHERE account_id = ?"),
        {loc10});
    REQUIRE(balance.ok());
    REQUIRE(balance->next());
    const qint64 expected = balance->value(0).toLongLong();
    CHECK(expected == 152700);
    CHECK(ledger->balanceAt(2).cents() == expected);
    CHECK(ledger->balanceAt(0).cents() == 101350);
    CHECK(ledger->balanceAt(1).cents() == 51350);
    auto* view = dialog->findChild<QTableView*>(QStringLiteral("ledgerTable"));
    REQUIRE(view);
    CHECK(view->model()->index(2, LedgerTableModel::BalanceColumn).data().toString() ==
          Money::fromCents(expected).toLocaleString());
    auto* totals = dialog->findChild<QLabel*>(QStringLiteral("ledgerTotals"));
    REQUIRE(totals);
    CHECK(totals->text().contains(Money::fromCents(expected).toLocaleString()));

    CHECK(dialog->tabs()->isTabEnabled(AccountDialog::HistoryTab));
    CHECK_FALSE(dialog->tabs()->tabIcon(AccountDialog::HistoryTab).isNull());
    const QAbstractItemModel* reminders = dialog->historyView()->table()->model();
    CHECK(reminders->rowCount() == 2);
    CHECK(
        columnTexts(reminders, HistoryTableModel::LevelColumn) ==
        QStringList{QStringLiteral("2. Deuxième relance"), QStringLiteral("1. Première relance")});

    dialog->resize(900, 520);
    dialog->tabs()->setCurrentIndex(AccountDialog::StatementTab);
    GuiFixture::screenshot(dialog, QStringLiteral("account-ledger"));

    auto* mode = dialog->findChild<QComboBox*>(QStringLiteral("programMode"));
    auto* program = dialog->findChild<QComboBox*>(QStringLiteral("programName"));
    REQUIRE(mode);
    REQUIRE(program);
    mode->setCurrentIndex(mode->findData(int(ProgramMode::Custom)));
    CHECK(program->isEnabled());
    REQUIRE(program->findText(QStringLiteral("Commerces")) >= 0);
    CHECK(program->findText(QStringLiteral("Default program")) <
          0); // the global one is not a choice
    program->setCurrentIndex(program->findText(QStringLiteral("Commerces")));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    CHECK(dialog->visibleProblems().isEmpty());
    auto saved = AccountRepository(db).byId(loc10);
    REQUIRE(saved.ok());
    CHECK(saved->programMode == ProgramMode::Custom);
    CHECK(saved->programName == QStringLiteral("Commerces"));
    CHECK(saved->programId > 0);
}

TEST_CASE("A new account's form has no statement or history to show")
{
    GuiFixture fixture;
    auto db = fixture.databaseWithAccounts();
    AccountsPage page;
    page.setDatabase(db.get());
    page.newAccount();
    AccountDialog* dialog = page.openDialog();
    REQUIRE(dialog);
    CHECK_FALSE(dialog->tabs()->isTabEnabled(AccountDialog::StatementTab));
    CHECK_FALSE(dialog->tabs()->isTabEnabled(AccountDialog::HistoryTab));
    dialog->reject();
}

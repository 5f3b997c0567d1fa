#pragma once

#include "ledger/Account.h"
#include "ledger/LedgerEntry.h"
#include "storage/Database.h"

#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class MainWindow;

// What every GUI test starts from: a scratch folder, its own settings (so a
// column order saved by one test never leaks into another), and a database
// with a few believable accounts.
class GuiFixture
{
public:
    GuiFixture();
    ~GuiFixture();

    QString path(const QString& name) const { return m_dir.filePath(name); }
    std::unique_ptr<Database> databaseWithAccounts();
    // databaseWithAccounts() prepared as a new agency (default program and
    // templates) named Agence du Parc, Lyon, with its e-mail; no ledger.
    std::unique_ptr<Database> preparedAgency();
    // The main window on databaseWithAccounts(), shown.
    std::unique_ptr<MainWindow> openMainWindow();

    static QList<Account> sampleAccounts();
    // The id of the account `ref` (the test fails if there is none).
    static qint64 idOf(const Database& db, const char* ref);
    // The sample accounts' ledger: LOC10 owes two rents (October part paid),
    // LOC2 and LOC3 November's, LOC4 paid November on the 3rd.
    static QList<LedgerEntry> sampleLedger(const Database& db);
    static void insertLedger(const Database& db, const QList<LedgerEntry>& entries);
    // `relance-cli demo` into `db` (a file or a server): `accounts` accounts
    // over `months` months as of 23 November 2026.
    static void installDemo(const QString& db, int accounts, int months);
    // A rent (debit) or a payment (credit) due on its posting date.
    static LedgerEntry ledgerEntry(qint64 accountId, const char* ref, Side side, QDate date,
                                   qint64 cents, const QString& label);
    // Processes events until `done` or the timeout; false on timeout.
    static bool waitUntil(const std::function<bool()>& done, int timeoutMs = 20000);
    // Writes the window to <build>/screenshots/<name>.png.
    static void screenshot(QWidget* widget, const QString& name);

private:
    QTemporaryDir m_dir;
};

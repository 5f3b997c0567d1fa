#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// One problem found in a file: where (line of the file, header = 1; 0 when it
// concerns the whole file), in which column (may be empty) and what.
struct ImportIssue
{
    int line = 0;
    QString column;
    QString message;

    bool operator==(const ImportIssue&) const = default;
};

// What an import found and did. Errors mean nothing was written.
struct ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    enum class Kind
    {
        Accounts,
        Ledger,
        Fec // the ledger straight from the accounting program (FecImporter)
    };

    Kind kind = Kind::Accounts;
    QString fileName; // the file's name as shown in messages (no folder)
    QList<ImportIssue> errors;
    QList<ImportIssue> warnings;
    int added = 0;
    int updated = 0;   // accounts whose stored values changed
    int unchanged = 0; // rows already imported with the same content
    int replaced = 0;  // ledger entries replaced (ImportOptions::update)
    // Ledger entries refused because they were imported before with other
    // content: each front end says how to replace them (ImportOptions::update).
    int changedRefused = 0;
    // Landlords created or given new details by an accounts file.
    int ownersAdded = 0;
    int ownersUpdated = 0;
    // FEC only (Kind::Fec). The entries' counts are added, unchanged and
    // replaced + changedRefused (changed) above.
    int fecTenantLines = 0;         // lines read as tenants' entries
    QStringList fecAccountsCreated; // refs of the accounts the file created (or would)
    QMap<QString, int> fecSkipped;  // other lines, by account class (first digit of CompteNum)
    int fecSkippedTotal() const;
    bool dryRun = false;
    bool cancelled = false;
    bool written = false; // true once the changes are committed

    bool ok() const { return errors.isEmpty() && !cancelled; }

    void addError(int line, const QString& column, const QString& message);
    void addWarning(int line, const QString& column, const QString& message);
    // Sorts errors and warnings by line, keeping the order found within a line.
    void sortByLine();

    // "ledger.csv:12: due_date: a debit needs a due date"
    QString format(const ImportIssue& issue) const;
    QStringList errorLines() const;
    QStringList warningLines() const;
    // "accounts.csv: 120 added, 3 updated, 0 unchanged"
    QString summary() const;
};

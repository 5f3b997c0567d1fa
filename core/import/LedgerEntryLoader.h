#pragma once

#include "ImportOptions.h"
#include "ImportReport.h"
#include "ledger/LedgerEntry.h"
#include "storage/BulkWrite.h"
#include "storage/LedgerRepository.h"
#include "storage/LedgerWriterThread.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <unordered_map>

class QSqlDatabase;

// What every ledger import does once its file's rows are read into entries
// (ledger.csv through LedgerImporter, the FEC through FecImporter): compare
// each entry with what is stored (same account and entry_ref: unchanged,
// changed — refused, or replaced and audit-logged with ImportOptions::update
// — or new), refuse a ref given twice with other content, bound each
// account's totals, check the matches, insert in batches and audit the file.
// All inside the caller's transaction, which is rolled back when run()
// fails; nothing more is written once an error is reported.
//
// Only a compact index of the entries (ref and a digest of the content) is
// kept in memory, so that a million entries cost little.
class LedgerEntryLoader
{
    // The messages were LedgerImporter's: they keep their translations.
    Q_DECLARE_TR_FUNCTIONS(LedgerImporter)

public:
    // The file's column names used in messages.
    struct Columns
    {
        QString entryRef;
        QString debit;
        QString credit;
        QString matches;
    };

    LedgerEntryLoader(const ImportOptions& options, ImportReport& report, Columns columns);
    LedgerEntryLoader(const LedgerEntryLoader&) = delete;
    LedgerEntryLoader& operator=(const LedgerEntryLoader&) = delete;

    // Reads the accounts and the stored entries' index; `write` false reads
    // only (dry run). A large file (fileBytes) is loaded without the per-row
    // totals triggers (LedgerRepository::beginBulkLoad).
    // A large file is also written with a larger cache (BulkWrite), from
    // after that read (which would only fill it) until end().
    Status begin(QSqlDatabase& conn, bool write, qint64 fileBytes);
    // Whether finish() ran or not: the writer thread finished and the cache
    // back to its size, while the connection is still there (the importers
    // call it on every way out, before the transaction ends).
    void end();
    // On SQLite, a large file's rows are written by a thread of their own
    // while the importer reads the next ones (the import's two halves took
    // about the same time). Only for an importer that does not use the
    // connection itself between add() calls, or calls waitForWriter()
    // first (the FEC creates accounts as it reads). Before begin().
    void setWriteInBackground(bool background) { m_background = background; }
    // Waits for the writer thread's batch (its result): the connection is
    // the caller's again until the next add().
    Status waitForWriter();
    bool writes() const { return m_write; }

    // ref → id of the accounts; addAccount() records one created meanwhile.
    const QHash<QString, qint64>& accounts() const { return m_accounts; }
    void addAccount(const QString& ref, qint64 id) { m_accounts.insert(ref, id); }

    // One entry of the file, read without error, its accountId set.
    Status add(QSqlDatabase& conn, LedgerEntry e, int line);

    // After the last row: checks the matches, writes what is left and the
    // replacements, and audits the file as `auditAction` ("import.ledger")
    // with `auditDetails` appended to the counts. Fails when the file has
    // errors or on a dry run (the caller's transaction is then rolled back).
    Status finish(QSqlDatabase& conn, const QString& auditAction, const QString& auditDetails = {});

private:
    // What is known of one entry_ref of one account: stored, given by the
    // file, or both.
    struct Known
    {
        qint64 dbId = 0;
        int fileLine = 0;
        size_t dbDigest = 0;
        size_t fileDigest = 0;
        bool dbDebit = false;
        bool fileDebit = false;

        bool isDebit() const { return fileLine > 0 ? fileDebit : dbDebit; }
    };
    // What one account's entries add up to, each side bounded by
    // FieldLimits::maxAccountTotalCents so that no balance the engine
    // computes can overflow.
    struct Totals
    {
        qint64 debits = 0;
        qint64 credits = 0;

        // Adds `amount` to its side; false when that side passes the bound.
        bool add(Side side, Money amount);
    };
    struct PendingMatch
    {
        qint64 accountId;
        QString accountRef;
        QString matches;
        int line;
    };

    void error(int line, const QString& column, const QString& message)
    {
        m_report.addError(line, column, message);
    }
    Status flush(QSqlDatabase& conn);
    // m_known[accountId] and m_totals[accountId], kept for the next entry:
    // a file lists an account's entries together. (References into an
    // unordered_map stay valid as it grows.)
    QHash<QString, Known>& entriesOf(qint64 accountId)
    {
        if (!m_current || accountId != m_currentAccount) {
            const qsizetype previous = m_current ? m_current->size() : 0;
            m_current = &m_known[accountId];
            // Sized like the account before: growing a hash from one entry
            // to sixty rehashed it six times (4 % of a large import).
            if (m_current->isEmpty())
                m_current->reserve(previous);
            m_currentTotals = &m_totals[accountId];
            m_currentAccount = accountId;
        }
        return *m_current;
    }

    const ImportOptions& m_options;
    ImportReport& m_report;
    Columns m_columns;
    bool m_write = false;

    QHash<QString, qint64> m_accounts;
    std::unordered_map<qint64, QHash<QString, Known>> m_known;
    std::unordered_map<qint64, Totals> m_totals;
    QList<LedgerEntry> m_batch;
    QList<LedgerEntry> m_replacements;
    QList<PendingMatch> m_pendingMatches;
    LedgerRepository::BulkLoad m_bulk;
    std::optional<BulkWrite> m_cache;
    bool m_background = false;
    // After m_bulk and m_cache: destroyed (waited for) before them.
    std::optional<LedgerWriterThread> m_writer;
    qint64 m_currentAccount = 0;
    QHash<QString, Known>* m_current = nullptr;
    Totals* m_currentTotals = nullptr;
};

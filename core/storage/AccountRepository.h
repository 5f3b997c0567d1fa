#pragma once

#include "ledger/Account.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <memory>

class Database;

// Accounts and their guarantors in the database.
class AccountRepository
{
    Q_DECLARE_TR_FUNCTIONS(AccountRepository)

public:
    explicit AccountRepository(const Database& db)
        : m_db(db)
    {}

    // Every account with its guarantors, ordered by ref.
    Result<QList<Account>> all() const;
    Result<Account> byId(qint64 id) const;
    // An account by ref; a failure says the ref is unknown.
    Result<Account> byRef(const QString& ref) const;
    // ref → id of every account (for importers and loaders).
    Result<QHash<QString, qint64>> idsByRef() const;
    Result<int> count() const;

    // Creates (id == 0) or updates the account and replaces its guarantors;
    // returns the id. The ref must be unique; a custom program is looked up
    // by programName when programId is 0.
    Result<qint64> save(const Account& account) const;
    // Removes the account with its ledger, reminders and e-mails.
    Status remove(qint64 id) const;

    // Inside a transaction the caller holds (Database::write): insert or
    // update by ref, many accounts at once (import, demo). Guarantors given
    // replace the stored ones; an account with no guarantors keeps its own
    // when keepGuarantorsIfNone is true.
    static Status upsertMany(QSqlDatabase& conn, QList<Account>& accounts,
                             bool keepGuarantorsIfNone = true);

    // New accounts and their guarantors written one at a time inside the
    // caller's transaction, the statements prepared once (on SQLite through
    // its own API): upsertMany, and the FEC import as it meets the accounts
    // it names (preparing them per account was 0.5 ms apiece). The account
    // is written as given (saveIn checks; a custom program goes there).
    class NewAccounts
    {
    public:
        explicit NewAccounts(QSqlDatabase& conn);
        ~NewAccounts();
        NewAccounts(const NewAccounts&) = delete;
        NewAccounts& operator=(const NewAccounts&) = delete;

        // Whether the statements could be prepared, and why not.
        const Status& ready() const;
        // The new account's id.
        Result<qint64> insert(const Account& account);

    private:
        struct Statements;
        std::unique_ptr<Statements> m;
    };
    static Result<qint64> saveIn(QSqlDatabase& conn, const Account& account);
    // Inside the caller's transaction: the accounts that have a reminder in
    // the run, with their guarantors, ordered by ref.
    static Result<QList<Account>> ofRunIn(QSqlDatabase& conn, qint64 runId);
    // Inside the caller's transaction: every account's id by its ref.
    static Result<QHash<QString, qint64>> idsByRefIn(QSqlDatabase& conn);
    // Inside the caller's transaction: sets the account's litigation flag.
    static Status setLitigationIn(QSqlDatabase& conn, qint64 accountId);
    // Inside the caller's transaction: how many accounts there are.
    static Result<int> countIn(QSqlDatabase& conn);

    // The columns of an account row (accounts a LEFT JOIN programs p) and
    // their reading, shared with the loaders that read accounts in bulk.
    static QString selectColumns();
    static Account fromRow(const QSqlQuery& query);

private:
    Result<QList<Account>> load(const QString& where, const QVariantList& values) const;
    static Result<QList<Account>> loadIn(QSqlDatabase& conn, const QString& where,
                                         const QVariantList& values);
    const Database& m_db;
};

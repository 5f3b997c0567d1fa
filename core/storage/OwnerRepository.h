#pragma once

#include "ledger/Owner.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

class Database;

// Landlords in the database (table owners, schema 4) and which accounts
// they own (accounts.owner_id). It stores; what makes an owner valid is
// OwnerValidator's, and an account is given its owner by AccountSave or the
// import, in the transaction that stores both.
class OwnerRepository
{
    Q_DECLARE_TR_FUNCTIONS(OwnerRepository)

public:
    explicit OwnerRepository(const Database& db)
        : m_db(db)
    {}

    // Every owner, ordered by ref.
    Result<QList<Owner>> all() const;
    // The owner with this ref; nullopt when there is none.
    Result<std::optional<Owner>> byRef(const QString& ref) const;
    // Inserts the owner, or updates the one with the same ref; returns it as
    // stored (with its id).
    Result<Owner> save(const Owner& owner) const;
    // The ids of the accounts the owner owns, ordered by account ref.
    Result<QList<qint64>> accountsOf(qint64 ownerId) const;
    // Account id → owner id, for every account that has an owner.
    Result<QHash<qint64, qint64>> ownerOfAccounts() const;

    // Inside the caller's transaction.
    static Result<QList<Owner>> allIn(QSqlDatabase& conn);
    static Result<std::optional<Owner>> byRefIn(QSqlDatabase& conn, const QString& ref);
    static Result<Owner> saveIn(QSqlDatabase& conn, const Owner& owner);

private:
    const Database& m_db;
};

#pragma once

#include "ledger/Account.h"
#include "ledger/Owner.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <optional>

class Database;

// Saves an account from the form with its landlord: the owner given is
// checked (OwnerValidator), created or updated by its ref, and the account
// is stored pointing to it, in one transaction, so that an account never
// names an owner the database does not hold.
class AccountSave
{
    Q_DECLARE_TR_FUNCTIONS(AccountSave)

public:
    // `owner`: the details to store (the account then takes its ref);
    // nullopt: account.ownerRef is kept as it is, and must name a stored
    // owner when not empty. Returns the account's id.
    static Result<qint64> save(const Database& db, const Account& account,
                               const std::optional<Owner>& owner);
};

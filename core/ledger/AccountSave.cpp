#include "AccountSave.h"

#include "ledger/OwnerValidator.h"
#include "storage/AccountRepository.h"
#include "storage/Database.h"
#include "storage/OwnerRepository.h"

Result<qint64> AccountSave::save(const Database& db, const Account& account,
                                 const std::optional<Owner>& owner)
{
    using R = Result<qint64>;
    Account toStore = account;
    if (owner) {
        if (const auto problems = OwnerValidator::check(*owner); !problems.isEmpty())
            return R::failure(ErrorKind::BadInput, OwnerValidator::describe(problems));
        toStore.ownerRef = owner->ref.trimmed();
    }
    qint64 id = 0;
    const Status s = db.write([&](QSqlDatabase& conn) -> Status {
        if (owner) {
            auto saved = OwnerRepository::saveIn(conn, *owner);
            if (!saved)
                return Status::failure(saved.error());
        } else if (!toStore.ownerRef.trimmed().isEmpty()) {
            auto known = OwnerRepository::byRefIn(conn, toStore.ownerRef);
            if (!known)
                return Status::failure(known.error());
            if (!known->has_value())
                return Status::failure(
                    tr("There is no owner “%1”: enter the owner's name to create it, or "
                       "choose an existing owner.")
                        .arg(toStore.ownerRef.trimmed()));
        }
        auto r = AccountRepository::saveIn(conn, toStore);
        if (!r)
            return Status::failure(r.error());
        id = *r;
        return Database::audit(conn,
                               account.id == 0 ? QStringLiteral("account.create")
                                               : QStringLiteral("account.update"),
                               QStringLiteral("account"), toStore.ref, {});
    });
    if (!s)
        return R::failure(s.kind(), s.error());
    return id;
}

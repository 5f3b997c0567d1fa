#include "Keychain.h"

#include "SystemKeychain.h"

#include <QCoreApplication>

namespace {
class NoKeychain : public Keychain
{
public:
    Result<QString> readPassword(const QString&) override { return QString(); }
    Status writePassword(const QString&, const QString&) override
    {
        return Status::failure(QCoreApplication::translate(
            "Keychain", "No system keyring is used here (RELANCE_NO_KEYRING is set): give the "
                        "password in RELANCE_SMTP_PASSWORD when sending."));
    }
    Status deletePassword(const QString&) override { return {}; }
};
} // namespace

std::unique_ptr<Keychain> Keychain::system()
{
    if (!qEnvironmentVariableIsEmpty("RELANCE_NO_KEYRING"))
        return std::make_unique<NoKeychain>();
    return std::make_unique<SystemKeychain>();
}

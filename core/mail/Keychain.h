#pragma once

#include "util/Result.h"

#include <QString>

#include <memory>

// Where the SMTP password lives: the system keyring in the application, an
// in-memory fake in tests. A missing password is an empty string, not an
// error; an error means the keyring itself could not be used.
class Keychain
{
public:
    virtual ~Keychain() = default;
    virtual Result<QString> readPassword(const QString& key) = 0;
    virtual Status writePassword(const QString& key, const QString& password) = 0;
    virtual Status deletePassword(const QString& key) = 0;

    // The key under which the password of `user` on `host` is stored.
    static QString smtpKey(const QString& user, const QString& host)
    {
        return QStringLiteral("smtp:") + user + u'@' + host;
    }
    // The system keyring (QtKeychain), or none when RELANCE_NO_KEYRING is
    // set (headless servers and tests, where probing D-Bus only wastes time).
    static std::unique_ptr<Keychain> system();
};

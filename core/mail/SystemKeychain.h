#pragma once

#include "Keychain.h"

#include <QCoreApplication>

// The desktop's Secret Service (GNOME Keyring, KWallet, KeePassXC) through
// QtKeychain. Its insecure fallback (plain text in QSettings) stays off: with
// no keyring, writing fails and says so.
class SystemKeychain : public Keychain
{
    Q_DECLARE_TR_FUNCTIONS(SystemKeychain)

public:
    Result<QString> readPassword(const QString& key) override;
    Status writePassword(const QString& key, const QString& password) override;
    Status deletePassword(const QString& key) override;
};

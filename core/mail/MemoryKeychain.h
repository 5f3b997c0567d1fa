#pragma once

#include "Keychain.h"

#include <QHash>

// A keyring that forgets everything when it goes: for tests, and for the
// command line on machines without a Secret Service.
class MemoryKeychain : public Keychain
{
public:
    Result<QString> readPassword(const QString& key) override { return m_values.value(key); }
    Status writePassword(const QString& key, const QString& password) override
    {
        m_values.insert(key, password);
        return {};
    }
    Status deletePassword(const QString& key) override
    {
        m_values.remove(key);
        return {};
    }

private:
    QHash<QString, QString> m_values;
};

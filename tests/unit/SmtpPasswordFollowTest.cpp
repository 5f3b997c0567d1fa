#include "TestSupport.h"

#include "mail/MemoryKeychain.h"
#include "mail/SmtpPassword.h"

namespace {
SmtpSettings account(const char* user, const char* host)
{
    SmtpSettings s;
    s.user = QString::fromLatin1(user);
    s.host = QString::fromLatin1(host);
    return s;
}

QString stored(Keychain& keychain, const SmtpSettings& s)
{
    auto value = keychain.readPassword(Keychain::smtpKey(s.user, s.host));
    REQUIRE(value.ok());
    return *value;
}

// A keyring that refuses to write, as a locked Secret Service does.
class LockedKeychain : public MemoryKeychain
{
public:
    Status writePassword(const QString&, const QString&) override
    {
        return Status::failure(QStringLiteral("The keyring is locked."));
    }
};
} // namespace

TEST_CASE("A new user or host takes the stored password along and leaves no copy behind")
{
    MemoryKeychain keychain;
    const SmtpSettings before = account("agence", "smtp.old.fr");
    REQUIRE(keychain.writePassword(Keychain::smtpKey(before.user, before.host),
                                   QStringLiteral("secret")));

    const SmtpSettings newHost = account("agence", "smtp.new.fr");
    REQUIRE(SmtpPassword::follow(keychain, before, newHost).ok());
    CHECK(stored(keychain, newHost) == QStringLiteral("secret"));
    CHECK(stored(keychain, before).isEmpty());
    qunsetenv("RELANCE_SMTP_PASSWORD");
    CHECK(*SmtpPassword::find(newHost, keychain) == QStringLiteral("secret"));

    const SmtpSettings newUser = account("relances", "smtp.new.fr");
    REQUIRE(SmtpPassword::follow(keychain, newHost, newUser).ok());
    CHECK(stored(keychain, newUser) == QStringLiteral("secret"));
    CHECK(stored(keychain, newHost).isEmpty());
}

TEST_CASE("The password does not move when there is nothing to move or the new account has one")
{
    MemoryKeychain keychain;
    const SmtpSettings a = account("agence", "smtp.example.fr");
    const SmtpSettings b = account("relances", "smtp.example.fr");
    REQUIRE(keychain.writePassword(Keychain::smtpKey(a.user, a.host), QStringLiteral("pass-a")));
    REQUIRE(keychain.writePassword(Keychain::smtpKey(b.user, b.host), QStringLiteral("pass-b")));

    // b's own password was saved for b: a's must not replace it.
    REQUIRE(SmtpPassword::follow(keychain, a, b).ok());
    CHECK(stored(keychain, b) == QStringLiteral("pass-b"));
    CHECK(stored(keychain, a) == QStringLiteral("pass-a"));

    // Same key, no login before or after: nothing changes.
    REQUIRE(SmtpPassword::follow(keychain, a, a).ok());
    CHECK(stored(keychain, a) == QStringLiteral("pass-a"));
    const SmtpSettings noLogin = account("", "smtp.example.fr");
    REQUIRE(SmtpPassword::follow(keychain, a, noLogin).ok());
    CHECK(stored(keychain, a) == QStringLiteral("pass-a"));
    CHECK(stored(keychain, noLogin).isEmpty());

    // Nothing stored under the old key: nothing appears under the new one.
    const SmtpSettings c = account("compta", "smtp.example.fr");
    const SmtpSettings d = account("compta", "smtp.other.fr");
    REQUIRE(SmtpPassword::follow(keychain, c, d).ok());
    CHECK(stored(keychain, d).isEmpty());
}

TEST_CASE("A keyring that refuses the new key keeps the password under the old one")
{
    LockedKeychain keychain;
    const SmtpSettings before = account("agence", "smtp.old.fr");
    const SmtpSettings after = account("agence", "smtp.new.fr");
    REQUIRE(keychain.MemoryKeychain::writePassword(Keychain::smtpKey(before.user, before.host),
                                                   QStringLiteral("secret")));
    const Status s = SmtpPassword::follow(keychain, before, after);
    CHECK_FALSE(s.ok());
    CHECK(s.error() == QStringLiteral("The keyring is locked."));
    CHECK(stored(keychain, before) == QStringLiteral("secret"));
}

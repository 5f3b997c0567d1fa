#include "SmtpPassword.h"

#include "Keychain.h"

Result<QString> SmtpPassword::find(const SmtpSettings& settings, Keychain& keychain)
{
    if (settings.user.isEmpty())
        return QString();
    if (qEnvironmentVariableIsSet("RELANCE_SMTP_PASSWORD"))
        return qEnvironmentVariable("RELANCE_SMTP_PASSWORD");
    auto stored = keychain.readPassword(Keychain::smtpKey(settings.user, settings.host));
    if (!stored)
        return stored;
    if (stored->isEmpty())
        return Result<QString>::failure(
            tr("No password is known for %1 on %2: save it with “relance-cli smtp set "
               "--password-stdin” or give it in RELANCE_SMTP_PASSWORD.")
                .arg(settings.user, settings.host));
    return stored;
}

Result<QString> SmtpPassword::find(const SmtpSettings& settings, Keychain* keychain)
{
    if (keychain)
        return find(settings, *keychain);
    const std::unique_ptr<Keychain> system = Keychain::system();
    return find(settings, *system);
}

Status SmtpPassword::follow(Keychain& keychain, const SmtpSettings& before,
                            const SmtpSettings& after)
{
    const QString from = Keychain::smtpKey(before.user, before.host);
    const QString to = Keychain::smtpKey(after.user, after.host);
    if (before.user.isEmpty() || after.user.isEmpty() || from == to)
        return {};
    auto stored = keychain.readPassword(from);
    if (!stored)
        return Status::failure(stored.error());
    if (stored->isEmpty())
        return {};
    auto existing = keychain.readPassword(to);
    if (!existing)
        return Status::failure(existing.error());
    if (!existing->isEmpty())
        return {};
    // Written before the old one goes: a failure in between leaves it twice,
    // never nowhere.
    if (Status s = keychain.writePassword(to, *stored); !s)
        return s;
    return keychain.deletePassword(from);
}

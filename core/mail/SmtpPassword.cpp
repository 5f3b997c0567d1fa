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
    // NotConfigured: each front end says where to give it (the CLI names
    // its option and RELANCE_SMTP_PASSWORD, the GUI its Settings page).
    if (stored->isEmpty())
        return Result<QString>::failure(
            ErrorKind::NotConfigured,
            tr("No password is known for %1 on %2.").arg(settings.user, settings.host));
    return stored;
}

Result<QString> SmtpPassword::find(const Result<SmtpSettings>& settings, Keychain& keychain)
{
    if (!settings)
        return Result<QString>::failure(settings.kind(), settings.error());
    return find(*settings, keychain);
}

Result<QString> SmtpPassword::find(const Result<SmtpSettings>& settings, Keychain* keychain)
{
    if (!settings)
        return Result<QString>::failure(settings.kind(), settings.error());
    return find(*settings, keychain);
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

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

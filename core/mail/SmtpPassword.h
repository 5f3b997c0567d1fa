#pragma once

#include "SmtpSettings.h"
#include "util/Result.h"

#include <QCoreApplication>

class Keychain;

// Where sending finds the password: RELANCE_SMTP_PASSWORD when set (cron
// jobs, headless servers, tests), otherwise the system keyring.
class SmtpPassword
{
    Q_DECLARE_TR_FUNCTIONS(SmtpPassword)

public:
    static Result<QString> find(const SmtpSettings& settings, Keychain& keychain);
    // The same with `keychain`, or the system keyring when it is null.
    static Result<QString> find(const SmtpSettings& settings, Keychain* keychain);
    // The same for settings that may have failed to load: their failure.
    static Result<QString> find(const Result<SmtpSettings>& settings, Keychain& keychain);
    static Result<QString> find(const Result<SmtpSettings>& settings, Keychain* keychain);

    // The password is kept under its user and host (Keychain::smtpKey):
    // when either changes and no new password was typed, the stored one
    // follows to the new key, or sending would no longer find it. Nothing
    // moves when the key is the same, when either user is empty (no login),
    // when nothing is stored under the old key, or when the new key already
    // holds a password (typed for that account: it is the right one). On
    // failure the old key still holds the password, so a retry loses nothing.
    static Status follow(Keychain& keychain, const SmtpSettings& before, const SmtpSettings& after);
};

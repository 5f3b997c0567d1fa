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
};

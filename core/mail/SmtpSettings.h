#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

// The agency's mail server, kept in the settings table under "smtp.*".
// The password is never here: it lives in the system keyring (Keychain) or
// comes from the environment / stdin of relance-cli.
struct SmtpSettings
{
    Q_DECLARE_TR_FUNCTIONS(SmtpSettings)

public:
    enum class Security
    {
        None,     // plain text (only for a local relay)
        StartTls, // port 587: plain connection upgraded before AUTH
        Tls       // port 465: TLS from the first byte
    };

    QString host;
    int port = 587;
    Security security = Security::StartTls;
    QString user;
    QString fromAddress;
    QString fromName; // empty: the agency's name
    QString replyTo;
    QString cc;     // the agency's copy list, comma-separated
    QString caFile; // an extra certificate authority (PEM), besides the system's
    int connectTimeoutMs = 15000;
    int readTimeoutMs = 60000;

    // How long to wait for the server, as `smtp set --timeout` and
    // problems() accept it: long enough for a slow provider, short enough
    // that a silent server cannot hold a batch for hours.
    static constexpr int minTimeoutSeconds = 1;
    static constexpr int maxTimeoutSeconds = 300;
    static bool isValidTimeoutSeconds(double seconds)
    {
        return seconds >= minTimeoutSeconds && seconds <= maxTimeoutSeconds;
    }

    bool isConfigured() const { return !host.isEmpty() && !fromAddress.isEmpty(); }
    // Every problem that would make sending fail, in sentences; empty if none.
    // The one place for the SMTP rules: `smtp set`, the Settings page and
    // `send` all ask here (line breaks in any value, addresses, port,
    // time-outs).
    QStringList problems() const;

    static QString securityKey(Security s);
    static std::optional<Security> securityFromKey(const QString& key);

    static SmtpSettings load(const Database& db);
    Status save(const Database& db) const;
};

#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
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
        StartTls, // plain connection upgraded before AUTH
        Tls       // TLS from the first byte
    };
    // The standard port of each mode (25, 587, 465): the one place that
    // knows them.
    static int defaultPort(Security security);

    // The setting a problem is about, so that a form shows it under its field.
    enum class Field
    {
        Host,
        Port,
        User,
        FromAddress,
        FromName,
        ReplyTo,
        Cc,
        CaFile,
        Timeout,
    };
    struct Problem
    {
        Field field;
        QString message;
    };

    QString host;
    int port = 587; // defaultPort(Security::StartTls)
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
    // Every problem that would make sending fail, with the field it is
    // about; empty if none. The one place for the SMTP rules: `smtp set`,
    // the Settings page and `send` all ask here (line breaks in any value,
    // addresses, port, sender name, time-outs).
    QList<Problem> fieldProblems() const;
    // The same, as sentences.
    QStringList problems() const;

    static QString securityKey(Security s);
    static std::optional<Security> securityFromKey(const QString& key);

    static Result<SmtpSettings> load(const Database& db);
    // Every "smtp.*" setting in one transaction.
    Status save(const Database& db) const;
    // The same inside the caller's transaction.
    Status saveIn(QSqlDatabase& conn) const;
};

#pragma once

#include "SmtpSettings.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

class SmtpAbort;

// One test e-mail that checks the agency's mail settings end to end
// (connection, encryption, login, sender accepted): `relance-cli smtp test`
// and the settings page's « Send a test e-mail » both send it through here.
// It touches no database, so the application can run it on a worker thread.
class SmtpTestMessage
{
    Q_DECLARE_TR_FUNCTIONS(SmtpTestMessage)

public:
    // Sends the test message to `to` and gives the server's final answer
    // ("250 … queued as …"), or a sentence saying why it did not go.
    static Result<QString> send(const SmtpSettings& settings, const QString& password,
                                const QString& to, SmtpAbort* abort = nullptr);
};

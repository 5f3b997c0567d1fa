#include "SystemKeychain.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace {

const QString service = QStringLiteral("Relance");

// QtKeychain jobs are asynchronous; the callers (CLI, a settings dialog) want
// an answer now, and the job is short, so wait in a local event loop.
template <typename Job> void runAndWait(Job& job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

} // namespace

Result<QString> SystemKeychain::readPassword(const QString& key)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(key);
    runAndWait(job);
    if (job.error() == QKeychain::EntryNotFound)
        return QString();
    if (job.error() != QKeychain::NoError)
        return Result<QString>::failure(
            tr("The system keyring could not be read (%1). Give the password in "
               "RELANCE_SMTP_PASSWORD instead.")
                .arg(job.errorString()));
    return job.textData();
}

Status SystemKeychain::writePassword(const QString& key, const QString& password)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(key);
    job.setTextData(password);
    runAndWait(job);
    if (job.error() != QKeychain::NoError)
        return Status::failure(
            tr("The password could not be saved in the system keyring (%1). Without a keyring, "
               "give it in RELANCE_SMTP_PASSWORD when sending.")
                .arg(job.errorString()));
    return {};
}

Status SystemKeychain::deletePassword(const QString& key)
{
    QKeychain::DeletePasswordJob job(service);
    job.setKey(key);
    runAndWait(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return Status::failure(tr("The password could not be removed from the system keyring (%1).")
                                   .arg(job.errorString()));
    return {};
}

#include "AgencyMail.h"

#include "common/BackgroundTask.h"
#include "common/MailPasswordProblem.h"
#include "common/MessageBox.h"
#include "mail/DirectMail.h"
#include "mail/Keychain.h"
#include "mail/Outbox.h"
#include "mail/SmtpPassword.h"

#include <QTemporaryDir>
#include <QWidget>

AgencyMail::AgencyMail(const Database& db, Keychain* keychain, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_keychain(keychain)
    , m_window(window)
{}

AgencyMail::~AgencyMail()
{
    delete m_task; // waits for the message
}

bool AgencyMail::send(const OutboxMessage& message, std::shared_ptr<QTemporaryDir> attachments)
{
    if (m_task && m_task->isRunning())
        return false;
    auto effective = Outbox(m_db).effectiveSettings();
    auto password = SmtpPassword::find(effective, m_keychain);
    if (!password) {
        const QString problem = MailPasswordProblem::describe(password);
        MessageBox::warning(m_window, tr("E-mail to the agency"), problem);
        emit finished(false, problem);
        return false;
    }
    const SmtpSettings settings = *effective;
    auto reply = std::make_shared<Result<QString>>(QString());
    delete m_task;
    m_task = new BackgroundTask(
        m_db,
        [settings, pw = *password, message, reply, attachments](BackgroundTask::Control&) {
            *reply = DirectMail::send(settings, pw, message);
        },
        this);
    connect(m_task, &BackgroundTask::finished, this, [this, reply, to = message.toAddress] {
        if (!*reply) {
            MessageBox::warning(m_window, tr("E-mail to the agency"),
                                tr("The message to %1 was not sent: %2").arg(to, reply->error()));
            emit finished(false, reply->error());
            return;
        }
        emit finished(true, tr("Sent to %1.").arg(to));
    });
    m_task->start();
    return true;
}

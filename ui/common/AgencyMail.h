#pragma once

#include "mail/OutboxMessage.h"

#include <QObject>
#include <QPointer>

#include <memory>

#include "common/BackgroundTask.h"
class Database;
class Keychain;
class QTemporaryDir;
class QWidget;

// Sends one message to the agency's own address (a test letter, the
// simulation) off the GUI thread, and tells the user how it went. The
// password is read from the keyring first, in the GUI thread.
class AgencyMail : public QObject
{
    Q_OBJECT

public:
    AgencyMail(const Database& db, Keychain* keychain, QWidget* window, QObject* parent = nullptr);
    ~AgencyMail() override;

    // `attachments` holds the message's attachment until it is sent.
    bool send(const OutboxMessage& message, std::shared_ptr<QTemporaryDir> attachments);
    BackgroundTask* task() const { return m_task; }

signals:
    // `ok` when the server accepted it; `text` says so or why not.
    void finished(bool ok, const QString& text);

private:
    const Database& m_db;
    Keychain* m_keychain;
    QPointer<QWidget> m_window;
    QPointer<BackgroundTask> m_task;
};

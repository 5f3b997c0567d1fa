#pragma once

#include "mail/Outbox.h"
#include "util/Result.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class BackgroundTask;
class Database;
class OutboxFilterProxy;
class OutboxTableModel;
class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

// The e-mail outbox: what waits, what failed, what may or may not have
// arrived, and the person's decisions about them (retry, mark as sent). Every
// move goes through OutboxRepository, whose conditional updates enforce the
// lifecycle of OutboxState; sending runs Outbox::sendPending in a
// BackgroundTask, with progress and Cancel (after the message being sent).
// Closing the view stops the message being sent at once (SmtpAbort): it is
// uncertain if the server had it whole, otherwise due again.
class OutboxView : public QWidget
{
    Q_OBJECT

public:
    // Asks for the SMTP password when the keyring has none (`why` says so);
    // std::nullopt when the user cancels. Tests replace it.
    using PasswordPrompt = std::function<std::optional<QString>(QWidget*, const QString& why)>;

    explicit OutboxView(QWidget* parent = nullptr);
    ~OutboxView() override;

    void setDatabase(const Database* db);
    Status reload();
    // The same, saying in a message box what could not be read.
    void reloadOrWarn();

    OutboxTableModel* model() const { return m_model; }
    OutboxFilterProxy* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    bool isSending() const { return m_task != nullptr; }
    qint64 currentMessageId() const;
    void selectMessage(qint64 id);

    static void setPasswordPrompt(PasswordPrompt prompt);

    void saveViewState() const;
    void restoreViewState();

public slots:
    void retryCurrent();
    void markCurrentSent();
    void sendNow();
    // Sends these messages only, when due (the landlords' statements of a
    // date); the same flow as « Send now »: password, progress, results.
    void sendMessages(const QList<qint64>& only);
    void cancelSending();

signals:
    // A message changed state (the history shows e-mail states too).
    void outboxChanged();
    void sendingFinished();

private:
    void showProgress(int done, int total);
    // `tell`: show what happened (not when the view is being closed).
    void finishSending(bool tell = true);
    void updateCount();
    void updateButtons();
    QString describe(qint64 id) const;

    const Database* m_db = nullptr;
    OutboxTableModel* m_model = nullptr;
    OutboxFilterProxy* m_proxy = nullptr;
    QCheckBox* m_showSent = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_markSent = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;

    BackgroundTask* m_task = nullptr;
    std::shared_ptr<std::optional<Result<Outbox::Report>>> m_result;
};

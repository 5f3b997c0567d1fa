#pragma once

#include "reports/OwnerStatementBatch.h"
#include "util/Result.h"

#include <QDate>
#include <QDialog>

#include <memory>
#include <optional>

class BackgroundTask;
class Database;
class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// The dashboard's « Landlords' statements… »: for the dashboard's date,
// writes one statement per landlord with a tenant in arrears and the merged
// PDF to print them all, into a folder the user chooses, and when asked
// queues each statement's e-mail (OwnerStatementBatch, off the GUI thread,
// with progress and Cancel). Then it says what was written, opens or prints
// the merged PDF (the letters' print dialog and print queue), and sends
// the statements' e-mails through the outbox's own sending (sendRequested:
// the main window hands them to OutboxView, which asks for the password,
// shows progress and says what happened), or leaves them in the outbox
// (outboxRequested opens it). Exactly once is the core's: a second run of
// the same date queues nothing.
class OwnerStatementsDialog : public QDialog
{
    Q_OBJECT

public:
    OwnerStatementsDialog(const Database& db, QDate asOf, QWidget* parent = nullptr);
    ~OwnerStatementsDialog() override;

    QDate asOf() const { return m_asOf; }
    void setFolder(const QString& dir);
    QString folder() const;
    void setSendByEmail(bool on);
    bool isRunning() const { return m_task != nullptr; }
    // The last run's outcome (nullopt before the first or after a failure).
    const std::optional<OwnerStatementBatch::Outcome>& outcome() const { return m_outcome; }
    // What the dialog says of the last run.
    QString summaryText() const;
    // Tests: processes events until no run is under way (false on time-out).
    bool waitUntilIdle(int timeoutMs = 120000);

public slots:
    void run();
    void cancelRun();
    void openMerged();
    void printMerged();

signals:
    // The user asks for the outbox, to send the statements' e-mails.
    void outboxRequested();
    // The user asks to send these outbox messages (the date's statements).
    void sendRequested(const QList<qint64>& messageIds);
    // E-mails were put in the outbox.
    void outboxChanged();

protected:
    void reject() override;

private:
    void chooseFolder();
    void finish();
    void showOutcome(const OwnerStatementBatch::Outcome& outcome);
    void setRunning(bool running);

    const Database& m_db;
    const QDate m_asOf;
    QLineEdit* m_folder = nullptr;
    QPushButton* m_browse = nullptr;
    QCheckBox* m_email = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_outbox = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_close = nullptr;

    BackgroundTask* m_task = nullptr;
    std::shared_ptr<Result<OwnerStatementBatch::Outcome>> m_result;
    std::optional<OwnerStatementBatch::Outcome> m_outcome;
};

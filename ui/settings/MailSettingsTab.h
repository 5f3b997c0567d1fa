#pragma once

#include "common/FieldErrors.h"
#include "mail/SmtpSettings.h"

#include <QString>
#include <QWidget>

class BackgroundTask;
class Keychain;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

// The « E-mail » tab of the settings: the agency's mail server (its
// password goes to the system keyring) and the test e-mail. The rules are
// SmtpSettings::fieldProblems(); this tab only shows them under the fields.
class MailSettingsTab : public QWidget
{
    Q_OBJECT

public:
    // `errors` (the page's) gets this tab's fields, on tab `tabIndex`.
    MailSettingsTab(FieldErrors<QString>& errors, int tabIndex, QWidget* parent = nullptr);
    ~MailSettingsTab() override;

    void load(const SmtpSettings& smtp);
    // What is typed, over what was loaded (settings this tab does not show,
    // time-outs, keep their values).
    SmtpSettings settings() const;
    // The settings as loaded.
    const SmtpSettings& loaded() const { return m_smtp; }
    // The password typed now (empty: keep the saved one).
    QString password() const;
    void passwordSaved();

    // Shows the problems of what is typed under their fields; false when
    // there were some. An empty tab is fine unless `required`.
    bool check(bool required);
    // The page's check found nothing to say about an empty tab: is it used?
    bool isUsed() const;
    // A problem with the password (the keyring refused it…).
    void showPasswordProblem(const QString& message);

    // Sends one message with what is typed to `to` (the agency's address),
    // from a worker so that the page stays usable.
    void sendTestEmail(Keychain& keychain, const QString& agencyName, const QString& to);
    bool isSendingTestEmail() const { return m_testTask != nullptr; }
    void clearTestResult();

signals:
    void changed();
    // « Send a test e-mail » was clicked: the page knows the agency's address.
    void testRequested();
    // « E-mail to the landlords… » was clicked.
    void ownerEmailRequested();
    void testEmailFinished(bool ok, const QString& message);

private:
    QLineEdit* lineEdit(const QString& objectName, const QString& accessibleName);
    QWidget* withError(QWidget* field, const QString& key);
    void testEmailDone(bool ok, const QString& message);

    FieldErrors<QString>& m_errors;
    int m_tabIndex;
    SmtpSettings m_smtp;

    QLineEdit* m_smtpHost = nullptr;
    QSpinBox* m_smtpPort = nullptr;
    QComboBox* m_smtpSecurity = nullptr;
    QLineEdit* m_smtpUser = nullptr;
    QLineEdit* m_smtpPassword = nullptr;
    QLineEdit* m_smtpFrom = nullptr;
    QLineEdit* m_smtpFromName = nullptr;
    QLineEdit* m_smtpReplyTo = nullptr;
    QLineEdit* m_smtpCc = nullptr;
    QLineEdit* m_smtpCaFile = nullptr;
    QPushButton* m_smtpTest = nullptr;
    QProgressBar* m_smtpBusy = nullptr;
    QLabel* m_smtpTestResult = nullptr;
    BackgroundTask* m_testTask = nullptr;
};

#pragma once

#include "common/DatabaseView.h"
#include "common/FieldErrors.h"
#include "letters/AgencyIdentity.h"
#include "letters/AgencyValidator.h"
#include "letters/EnvelopeWindow.h"
#include "mail/SmtpSettings.h"
#include "util/Result.h"

#include <QDate>
#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <memory>

class AutomationTableModel;
class ImageField;
class Keychain;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QThread;

// The agency's settings, one tab per subject: identity (letterhead, footer,
// logo, signature), letter layout (envelope window, calibration page),
// e-mail server (password in the system keyring), printer, automation.
// Nothing is written until « Save »: it checks every tab first and shows
// each problem under its field; « Revert » goes back to what is stored.
class SettingsPage : public QWidget, public DatabaseView
{
    Q_OBJECT

public:
    enum Tab
    {
        IdentityTab,
        LayoutTab,
        MailTab,
        PrintingTab,
        AutomationTab,
        TabCount
    };

    explicit SettingsPage(QWidget* parent = nullptr);
    ~SettingsPage() override;

    void setDatabase(const Database* db) override;
    void saveViewState() const override;
    // Unsaved edits: asks Save / Discard / Cancel. Save leaves only if the
    // settings were saved (a field in error keeps the user here).
    bool confirmLeave() override;
    // Reads the settings again (a level's automation changed in Levels),
    // unless the user has edits here not yet saved.
    void refresh() override;

    // Where the SMTP password is kept: the system keyring unless a test
    // gives another one (not owned; it must outlive the page).
    void setKeychain(Keychain* keychain);
    // The day the automation's next runs are counted from (tests).
    void setToday(const QDate& today);

    bool hasUnsavedChanges() const { return m_dirty; }
    // The problems shown now, one per line (empty when none).
    QStringList visibleProblems() const;
    // Draws the calibration page with the offsets typed now into a PDF.
    Status saveCalibrationPdf(const QString& path) const;
    bool isSendingTestEmail() const { return m_testThread != nullptr; }

public slots:
    // Checks every tab, then writes everything; false (with the problems
    // shown) when nothing was written.
    bool save();
    // Forgets what was typed and shows what is stored.
    void revert();
    void sendTestEmail();
    void previewCalibration();

signals:
    void saved();
    // The test e-mail went (ok) or not; `message` is what the page shows.
    void testEmailFinished(bool ok, const QString& message);

private:
    QWidget* buildIdentityTab();
    QWidget* buildLayoutTab();
    QWidget* buildMailTab();
    QWidget* buildPrintingTab();
    QWidget* buildAutomationTab();
    QLineEdit* lineEdit(const QString& objectName, const QString& accessibleName);
    QWidget* withError(QWidget* field, const QString& key, Tab tab);
    QDoubleSpinBox* millimetres(const QString& objectName, const QString& accessibleName);

    void load();
    void loadPrinters();
    void markDirty();
    void setDirty(bool dirty);
    void clearProblems();
    void showProblem(const QString& key, const QString& message);
    void showSaveError(const QString& message);

    AgencyIdentity agencyFromForm() const;
    EnvelopeWindow windowFromForm() const;
    SmtpSettings smtpFromForm() const;
    // Field problems of the mail tab, by error key.
    QList<std::pair<QString, QString>> smtpProblems(const SmtpSettings& s) const;
    Keychain& keychain();
    void updateAutomationSummary();
    void testEmailDone(bool ok, const QString& message);

    const Database* m_db = nullptr;
    Keychain* m_keychain = nullptr;
    std::unique_ptr<Keychain> m_ownKeychain;
    QDate m_today;
    bool m_dirty = false;
    bool m_loading = false;
    AgencyIdentity m_agency;
    SmtpSettings m_smtp;

    QTabWidget* m_tabs = nullptr;
    FieldErrors<QString> m_errors;
    QLabel* m_saveError = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;

    QLineEdit* m_name = nullptr;
    QLineEdit* m_address1 = nullptr;
    QLineEdit* m_address2 = nullptr;
    QLineEdit* m_postalCode = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_country = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_website = nullptr;
    QLineEdit* m_siret = nullptr;
    QLineEdit* m_professionalCard = nullptr;
    QPlainTextEdit* m_legalFooter = nullptr;
    QLineEdit* m_signatory = nullptr;
    ImageField* m_logo = nullptr;
    ImageField* m_signature = nullptr;

    QDoubleSpinBox* m_windowLeft = nullptr;
    QDoubleSpinBox* m_windowTop = nullptr;
    QDoubleSpinBox* m_windowWidth = nullptr;
    QDoubleSpinBox* m_windowHeight = nullptr;

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
    QThread* m_testThread = nullptr;

    QComboBox* m_printer = nullptr;
    QStringList m_printerNames; // the print system's, asked once
    bool m_printersListed = false;

    AutomationTableModel* m_automation = nullptr;
    QTableView* m_automationTable = nullptr;
    QLabel* m_automationSummary = nullptr;
};

#pragma once

#include "common/DatabaseView.h"
#include "common/FieldErrors.h"
#include "util/Result.h"

#include <QDate>
#include <QStringList>
#include <QWidget>

#include <memory>

class AgencySettingsTab;
class AutomationSettingsTab;
class ImportSettingsTab;
class BackupSettingsTab;
class Keychain;
class LayoutSettingsTab;
class MailSettingsTab;
class PrintingSettingsTab;
class RecoverySettingsTab;
class QLabel;
class QPushButton;
class QTabWidget;

// The agency's settings, one tab per subject: identity (letterhead, footer,
// logo, signature), letter layout (envelope window, calibration page),
// e-mail server (password in the system keyring), printer, automation,
// recovery path (GLI contract, deadlines followed, grace days), import
// (how the accounting program's FEC is read), backups (the automatic
// copies; its buttons act at once, not at « Save »).
// Each tab is its own widget (load / read back); this page holds them, and
// nothing is written until « Save »: it checks every tab first, shows each
// problem under its field, then saves everything in one transaction
// (SettingsSave); « Revert » goes back to what is stored.
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
        RecoveryTab,
        ImportTab,
        BackupTab,
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
    bool isSendingTestEmail() const;

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
    // A backup was restored into the new database file `path` (Backup tab).
    void backupRestored(const QString& path);

private:
    void load();
    void markDirty();
    void setDirty(bool dirty);
    // The newest run of the daily automation, for the Automation tab.
    void loadAutomationRuns();
    void clearProblems();
    void showSaveError(const QString& message);
    Keychain& keychain();

    const Database* m_db = nullptr;
    Keychain* m_keychain = nullptr;
    std::unique_ptr<Keychain> m_ownKeychain;
    QDate m_today;
    bool m_dirty = false;
    bool m_loading = false;

    QTabWidget* m_tabs = nullptr;
    FieldErrors<QString> m_errors;
    QLabel* m_saveError = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;

    AgencySettingsTab* m_agencyTab = nullptr;
    LayoutSettingsTab* m_layoutTab = nullptr;
    MailSettingsTab* m_mailTab = nullptr;
    PrintingSettingsTab* m_printingTab = nullptr;
    AutomationSettingsTab* m_automationTab = nullptr;
    RecoverySettingsTab* m_recoveryTab = nullptr;
    ImportSettingsTab* m_importTab = nullptr;
    BackupSettingsTab* m_backupTab = nullptr;
};

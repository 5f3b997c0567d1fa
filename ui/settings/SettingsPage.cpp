#include "SettingsPage.h"

#include "AgencySettingsTab.h"
#include "AutomationSettingsTab.h"
#include "BackupSettingsTab.h"
#include "ImportSettingsTab.h"
#include "LayoutSettingsTab.h"
#include "MailSettingsTab.h"
#include "OwnerEmailEditor.h"
#include "PrintingSettingsTab.h"
#include "RecoverySettingsTab.h"
#include "common/MessageBox.h"
#include "common/ViewState.h"
#include "import/FecSettingsValidator.h"
#include "mail/Keychain.h"
#include "mail/SmtpPassword.h"
#include "recovery/CoverLetterEditor.h"
#include "reminders/AutomationSchedule.h"
#include "setup/SettingsSave.h"
#include "storage/AgencyRepository.h"
#include "storage/Database.h"
#include "storage/RecoverySettingsRepository.h"
#include "storage/RunRepository.h"
#include "storage/SettingsRepository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
const auto tabKey = QLatin1String("settings/tab");
} // namespace

SettingsPage::SettingsPage(QWidget* parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("SettingsPage"));

    auto* title = new QLabel(tr("Settings"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->setAccessibleName(tr("Settings"));
    // Each tab scrolls on its own: a small window never hides a field.
    const auto scrolled = [this](QWidget* page) {
        auto* area = new QScrollArea(m_tabs);
        area->setWidget(page);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        return area;
    };
    m_agencyTab = new AgencySettingsTab(m_errors, IdentityTab, this);
    m_layoutTab = new LayoutSettingsTab(this);
    m_mailTab = new MailSettingsTab(m_errors, MailTab, this);
    m_printingTab = new PrintingSettingsTab(this);
    m_automationTab = new AutomationSettingsTab(this);
    m_recoveryTab = new RecoverySettingsTab(m_errors, RecoveryTab, this);
    m_importTab = new ImportSettingsTab(m_errors, ImportTab, this);
    m_tabs->addTab(scrolled(m_agencyTab), tr("&Agency"));
    m_tabs->addTab(scrolled(m_layoutTab), tr("&Letter layout"));
    m_tabs->addTab(scrolled(m_mailTab), tr("&E-mail"));
    m_tabs->addTab(scrolled(m_printingTab), tr("&Printing"));
    m_tabs->addTab(m_automationTab, tr("A&utomation"));
    m_tabs->addTab(scrolled(m_recoveryTab), tr("Re&covery"));
    m_tabs->addTab(scrolled(m_importTab), tr("&Import"));
    m_backupTab = new BackupSettingsTab(this);
    m_tabs->addTab(m_backupTab, tr("&Backup"));
    connect(m_backupTab, &BackupSettingsTab::restored, this, &SettingsPage::backupRestored);

    m_saveError = new QLabel(this);
    m_saveError->setObjectName(QStringLiteral("settingsError"));
    m_saveError->setWordWrap(true);
    m_saveError->setTextFormat(Qt::PlainText);
    m_saveError->setStyleSheet(QStringLiteral("color: #b00020;"));

    m_revert = new QPushButton(tr("&Revert"), this);
    m_revert->setObjectName(QStringLiteral("settingsRevert"));
    m_revert->setToolTip(tr("Forget the changes and show the saved settings"));
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("settingsSave"));
    m_save->setDefault(true);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(
        tr("Check and save every tab (%1)")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_revert, &QPushButton::clicked, this, &SettingsPage::revert);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_saveError, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    // Any edit makes the page « changed », so Save and Revert say so.
    connect(m_agencyTab, &AgencySettingsTab::changed, this, &SettingsPage::markDirty);
    connect(m_layoutTab, &LayoutSettingsTab::changed, this, &SettingsPage::markDirty);
    connect(m_mailTab, &MailSettingsTab::changed, this, &SettingsPage::markDirty);
    connect(m_printingTab, &PrintingSettingsTab::changed, this, &SettingsPage::markDirty);
    connect(m_automationTab, &AutomationSettingsTab::changed, this, &SettingsPage::markDirty);
    connect(m_recoveryTab, &RecoverySettingsTab::changed, this, &SettingsPage::markDirty);
    connect(m_importTab, &ImportSettingsTab::changed, this, &SettingsPage::markDirty);
    connect(m_recoveryTab, &RecoverySettingsTab::planAgreementRequested, this, [this] {
        if (!m_db)
            return;
        // The interface's language first; the editor switches to the other.
        const QString language =
            QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("fr");
        auto* editor =
            new CoverLetterEditor(*m_db, CoverLetterEditor::Letter::PlanAgreement, language, this);
        editor->setAttribute(Qt::WA_DeleteOnClose);
        editor->open();
    });
    connect(m_mailTab, &MailSettingsTab::ownerEmailRequested, this, [this] {
        if (!m_db)
            return;
        const QString language =
            QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("fr");
        auto* editor = new OwnerEmailEditor(*m_db, language, this);
        editor->setAttribute(Qt::WA_DeleteOnClose);
        editor->open();
    });
    connect(m_layoutTab, &LayoutSettingsTab::previewRequested, this,
            &SettingsPage::previewCalibration);
    connect(m_mailTab, &MailSettingsTab::testRequested, this, &SettingsPage::sendTestEmail);
    connect(m_mailTab, &MailSettingsTab::testEmailFinished, this, &SettingsPage::testEmailFinished);

    m_tabs->setCurrentIndex(qBound(0, QSettings().value(tabKey).toInt(), TabCount - 1));
    setDatabase(nullptr);
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::setKeychain(Keychain* keychain)
{
    m_keychain = keychain;
}

Keychain& SettingsPage::keychain()
{
    if (m_keychain)
        return *m_keychain;
    if (!m_ownKeychain)
        m_ownKeychain = Keychain::system();
    return *m_ownKeychain;
}

void SettingsPage::setToday(const QDate& today)
{
    m_today = today;
    if (m_db && !m_dirty)
        load();
}

void SettingsPage::setDatabase(const Database* db)
{
    m_db = db;
    for (int i = 0; i < TabCount; ++i)
        m_tabs->widget(i)->setEnabled(db != nullptr);
    m_backupTab->setDatabase(db);
    load();
}

void SettingsPage::saveViewState() const
{
    ViewState::Batch batch; // within the window's, when it closes
    batch.settings().setValue(tabKey, m_tabs->currentIndex());
    m_automationTab->saveViewState();
}

bool SettingsPage::confirmLeave()
{
    if (!m_dirty || !m_db)
        return true;
    const auto answer = MessageBox::question(
        this, tr("Unsaved settings"),
        tr("The settings were changed but not saved. Save them before leaving?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    switch (answer) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        revert();
        return true;
    default:
        return false;
    }
}

void SettingsPage::revert()
{
    load();
}

void SettingsPage::refresh()
{
    m_backupTab->reload(); // copies made since (Back up now, another window)
    if (!m_dirty)
        load();
}

void SettingsPage::load()
{
    m_loading = true;
    clearProblems();
    AgencyIdentity agency;
    EnvelopeWindow window;
    SmtpSettings smtp;
    QList<AutomationLevel> levels;
    RecoverySettings recovery;
    FecSettings fec = FecSettings::defaults();
    QString error;
    if (m_db) {
        if (auto stored = AgencyRepository(*m_db).load())
            agency = *stored;
        else
            error = stored.error();
        if (auto stored = SettingsRepository::envelopeWindow(*m_db))
            window = *stored;
        else if (error.isEmpty())
            error = stored.error();
        if (auto stored = SmtpSettings::load(*m_db))
            smtp = *stored;
        else if (error.isEmpty())
            error = stored.error();
        auto automation = AutomationSchedule::levels(*m_db, m_today);
        if (automation)
            levels = *automation;
        else if (error.isEmpty())
            error = automation.error();
        if (auto stored = RecoverySettingsRepository::load(*m_db))
            recovery = *stored;
        else if (error.isEmpty())
            error = stored.error();
        if (auto stored = FecSettings::load(*m_db))
            fec = *stored;
        else if (error.isEmpty())
            error = stored.error();
    }
    m_agencyTab->load(agency);
    m_layoutTab->load(window);
    m_mailTab->load(smtp);
    m_printingTab->load(m_db != nullptr);
    m_automationTab->load(levels, m_today);
    loadAutomationRuns();
    m_recoveryTab->load(recovery);
    m_importTab->load(fec);

    if (!error.isEmpty())
        showSaveError(error);
    m_loading = false;
    setDirty(false);
}

void SettingsPage::loadAutomationRuns()
{
    if (!m_db) {
        m_automationTab->setDatabase({}, std::nullopt, {});
        return;
    }
    auto runs = RunRepository(*m_db).automated();
    std::optional<RunRecord> last;
    if (runs && !runs->isEmpty())
        last = runs->first();
    m_automationTab->setDatabase(m_db->config().displayName(), last,
                                 runs ? QString() : runs.error());
}

void SettingsPage::markDirty()
{
    if (!m_loading)
        setDirty(true);
}

void SettingsPage::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_save->setEnabled(m_db && dirty);
    m_revert->setEnabled(m_db && dirty);
}

void SettingsPage::clearProblems()
{
    m_errors.clear();
    m_saveError->clear();
}

void SettingsPage::showSaveError(const QString& message)
{
    m_saveError->setText(message);
}

QStringList SettingsPage::visibleProblems() const
{
    QStringList list = m_errors.visible();
    if (!m_saveError->text().isEmpty())
        list << m_saveError->text();
    return list;
}

bool SettingsPage::save()
{
    if (!m_db)
        return false;
    clearProblems();
    AgencySettings settings;
    settings.agency = m_agencyTab->agency();
    settings.window = m_layoutTab->window();
    settings.smtp = m_mailTab->settings();
    settings.recovery = m_recoveryTab->settings();
    settings.fec = m_importTab->settings();
    const QString password = m_mailTab->password();

    const QList<AgencyValidator::Problem> agencyProblems = AgencyValidator::check(settings.agency);
    m_agencyTab->showProblems(agencyProblems);
    const bool mailOk = m_mailTab->check(false);
    const QList<RecoverySettingsValidator::Problem> recoveryProblems =
        RecoverySettingsValidator::check(settings.recovery);
    m_recoveryTab->showProblems(recoveryProblems);
    const QList<FecSettingsValidator::Problem> fecProblems =
        FecSettingsValidator::check(*settings.fec);
    m_importTab->showProblems(fecProblems);
    if (!agencyProblems.isEmpty() || !mailOk || !recoveryProblems.isEmpty() ||
        !fecProblems.isEmpty()) {
        // The first tab, in their order, that has a problem.
        m_tabs->setCurrentIndex(!agencyProblems.isEmpty()     ? int(IdentityTab)
                                : !mailOk                     ? int(MailTab)
                                : !recoveryProblems.isEmpty() ? int(RecoveryTab)
                                                              : int(ImportTab));
        showSaveError(tr("Nothing was saved: correct the fields marked in red."));
        return false;
    }

    // The keyring first: if it refuses the password, nothing else changes
    // and the user can retry with everything still typed.
    if (!password.isEmpty()) {
        if (Status s = keychain().writePassword(
                Keychain::smtpKey(settings.smtp.user, settings.smtp.host), password);
            !s) {
            m_mailTab->showPasswordProblem(s.error());
            m_tabs->setCurrentIndex(MailTab);
            showSaveError(tr("Nothing was saved: the password could not be kept."));
            return false;
        }
    } else if (Status s = SmtpPassword::follow(keychain(), m_mailTab->loaded(), settings.smtp);
               !s) {
        // The password is stored under its user and server: a new user or
        // server takes it along, or sending would no longer find it.
        m_mailTab->showPasswordProblem(s.error());
        m_tabs->setCurrentIndex(MailTab);
        showSaveError(tr("Nothing was saved: the saved password could not be moved to the new "
                         "user name or server. Type the password again, or retry."));
        return false;
    }

    for (const AutomationLevel& l : m_automationTab->changedLevels())
        settings.automation.append({l.levelId, l.enabled, l.dayOfMonth});
    // Every tab in one transaction: a refusal leaves everything as it was.
    if (Status s = SettingsSave::save(*m_db, settings); !s) {
        showSaveError(tr("Nothing was saved: %1").arg(s.error()));
        return false;
    }
    m_printingTab->apply();

    load();
    if (!password.isEmpty())
        m_mailTab->passwordSaved();
    emit saved();
    return true;
}

Status SettingsPage::saveCalibrationPdf(const QString& path) const
{
    return m_layoutTab->saveCalibrationPdf(path);
}

void SettingsPage::previewCalibration()
{
    m_layoutTab->previewCalibration(m_printingTab->printerName());
}

bool SettingsPage::isSendingTestEmail() const
{
    return m_mailTab->isSendingTestEmail();
}

void SettingsPage::sendTestEmail()
{
    if (!m_db || m_mailTab->isSendingTestEmail())
        return;
    clearProblems();
    m_mailTab->sendTestEmail(keychain(), m_agencyTab->typedName(), m_agencyTab->typedEmail());
}

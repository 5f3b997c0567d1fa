#include "SettingsPage.h"

#include "ImageField.h"
#include "common/FieldErrors.h"
#include "common/FileDialogs.h"
#include "common/MessageBox.h"
#include "common/ViewState.h"
#include "letters/AgencyImage.h"
#include "letters/LetterRenderer.h"
#include "mail/Keychain.h"
#include "mail/MailAddress.h"
#include "mail/SmtpPassword.h"
#include "mail/SmtpTestMessage.h"
#include "models/AutomationTableModel.h"
#include "reminders/AutomationSchedule.h"
#include "storage/AgencyRepository.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

namespace {
const auto tabKey = QLatin1String("settings/tab");
const auto automationHeaderKey = QLatin1String("settings/automationHeader");
// The Debtors screen prints to this printer; empty means « ask each time ».
const auto printerKey = QLatin1String("printing/printer");

// Error keys: one label under each field that can be wrong.
const auto nameKey = QLatin1String("agency.name");
const auto postalCodeKey = QLatin1String("agency.postalCode");
const auto cityKey = QLatin1String("agency.city");
const auto countryKey = QLatin1String("agency.country");
const auto emailKey = QLatin1String("agency.email");
const auto siretKey = QLatin1String("agency.siret");
const auto imageKey = QLatin1String("agency.images");
const auto hostKey = QLatin1String("smtp.host");
const auto userKey = QLatin1String("smtp.user");
const auto passwordKey = QLatin1String("smtp.password");
const auto fromKey = QLatin1String("smtp.from");
const auto replyToKey = QLatin1String("smtp.replyTo");
const auto ccKey = QLatin1String("smtp.cc");
const auto caFileKey = QLatin1String("smtp.caFile");

QString agencyErrorKey(AgencyValidator::Field field)
{
    switch (field) {
    case AgencyValidator::Field::Name:
        return nameKey;
    case AgencyValidator::Field::PostalCode:
        return postalCodeKey;
    case AgencyValidator::Field::City:
        return cityKey;
    case AgencyValidator::Field::Country:
        return countryKey;
    case AgencyValidator::Field::Email:
        return emailKey;
    case AgencyValidator::Field::Siret:
        return siretKey;
    }
    return nameKey;
}

int defaultPort(SmtpSettings::Security security)
{
    switch (security) {
    case SmtpSettings::Security::None:
        return 25;
    case SmtpSettings::Security::StartTls:
        return 587;
    case SmtpSettings::Security::Tls:
        return 465;
    }
    return 587;
}

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
    m_tabs->addTab(scrolled(buildIdentityTab()), tr("&Agency"));
    m_tabs->addTab(scrolled(buildLayoutTab()), tr("&Letter layout"));
    m_tabs->addTab(scrolled(buildMailTab()), tr("&E-mail"));
    m_tabs->addTab(scrolled(buildPrintingTab()), tr("&Printing"));
    m_tabs->addTab(buildAutomationTab(), tr("A&utomation"));

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
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        connect(edit, &QLineEdit::textChanged, this, &SettingsPage::markDirty);
    for (QDoubleSpinBox* spin : findChildren<QDoubleSpinBox*>())
        connect(spin, &QDoubleSpinBox::valueChanged, this, &SettingsPage::markDirty);
    connect(m_smtpPort, &QSpinBox::valueChanged, this, &SettingsPage::markDirty);
    connect(m_legalFooter, &QPlainTextEdit::textChanged, this, &SettingsPage::markDirty);
    connect(m_smtpSecurity, &QComboBox::currentIndexChanged, this, &SettingsPage::markDirty);
    connect(m_printer, &QComboBox::currentIndexChanged, this, &SettingsPage::markDirty);
    connect(m_logo, &ImageField::changed, this, &SettingsPage::markDirty);
    connect(m_signature, &ImageField::changed, this, &SettingsPage::markDirty);
    connect(m_automation, &AutomationTableModel::edited, this, [this] {
        markDirty();
        updateAutomationSummary();
    });

    m_tabs->setCurrentIndex(qBound(0, QSettings().value(tabKey).toInt(), TabCount - 1));
    setDatabase(nullptr);
}

SettingsPage::~SettingsPage()
{
    // The test e-mail's worker holds nothing of the page, but it must not
    // outlive the application's objects.
    if (m_testThread)
        m_testThread->wait();
}

QLineEdit* SettingsPage::lineEdit(const QString& objectName, const QString& accessibleName)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

QWidget* SettingsPage::withError(QWidget* field, const QString& key, Tab tab)
{
    return m_errors.wrap(this, field, key, tab);
}

QDoubleSpinBox* SettingsPage::millimetres(const QString& objectName, const QString& accessibleName)
{
    auto* spin = new QDoubleSpinBox(this);
    spin->setObjectName(objectName);
    spin->setAccessibleName(accessibleName);
    spin->setDecimals(1);
    spin->setSingleStep(0.5);
    spin->setRange(0, 297);
    spin->setSuffix(tr(" mm"));
    return spin;
}

QWidget* SettingsPage::buildIdentityTab()
{
    auto* page = new QWidget(this);
    auto* outer = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1);

    m_name = lineEdit(QStringLiteral("agencyName"), tr("Agency name"));
    m_name->setPlaceholderText(tr("as on the letterhead, e.g. Agence du Parc"));
    m_address1 = lineEdit(QStringLiteral("agencyAddress1"), tr("Address"));
    m_address2 = lineEdit(QStringLiteral("agencyAddress2"), tr("Address (line 2)"));
    m_postalCode = lineEdit(QStringLiteral("agencyPostalCode"), tr("Postal code"));
    m_postalCode->setMaxLength(10);
    m_city = lineEdit(QStringLiteral("agencyCity"), tr("City"));
    m_country = lineEdit(QStringLiteral("agencyCountry"), tr("Country"));
    m_country->setMaxLength(2);
    m_country->setPlaceholderText(QStringLiteral("FR"));
    m_phone = lineEdit(QStringLiteral("agencyPhone"), tr("Phone"));
    m_email = lineEdit(QStringLiteral("agencyEmail"), tr("E-mail"));
    m_email->setPlaceholderText(tr("e.g. contact@agence.fr; test e-mails go here"));
    m_website = lineEdit(QStringLiteral("agencyWebsite"), tr("Website"));
    m_siret = lineEdit(QStringLiteral("agencySiret"), tr("SIRET"));
    m_siret->setPlaceholderText(tr("14 digits"));
    m_professionalCard =
        lineEdit(QStringLiteral("agencyProfessionalCard"), tr("Professional licence"));
    m_professionalCard->setPlaceholderText(
        tr("carte professionnelle, e.g. CPI 6901 2026 000 012 345"));
    m_legalFooter = new QPlainTextEdit(this);
    m_legalFooter->setObjectName(QStringLiteral("agencyLegalFooter"));
    m_legalFooter->setAccessibleName(tr("Legal footer"));
    m_legalFooter->setPlaceholderText(tr("Printed at the foot of every letter: financial "
                                         "guarantee, insurer, RCS…"));
    m_legalFooter->setTabChangesFocus(true);
    m_legalFooter->setFixedHeight(m_legalFooter->fontMetrics().lineSpacing() * 4 + 12);
    m_signatory = lineEdit(QStringLiteral("agencySignatory"), tr("Signatory"));
    m_signatory->setPlaceholderText(tr("the name under the signature"));
    m_logo = new ImageField(QStringLiteral("agencyLogo"), tr("Logo"), this);
    m_signature = new ImageField(QStringLiteral("agencySignature"), tr("Signature"), this);
    const auto refused = [this](const QString& error) {
        showProblem(imageKey, error);
    };
    connect(m_logo, &ImageField::refused, this, refused);
    connect(m_signature, &ImageField::refused, this, refused);

    auto* postal = new QHBoxLayout;
    postal->addWidget(withError(m_postalCode, postalCodeKey, IdentityTab));
    postal->addWidget(withError(m_city, cityKey, IdentityTab), 1);
    postal->addWidget(withError(m_country, countryKey, IdentityTab));

    form->addRow(tr("&Name:"), withError(m_name, nameKey, IdentityTab));
    form->addRow(tr("A&ddress:"), m_address1);
    form->addRow(QString(), m_address2);
    auto* postalLabel = new QLabel(tr("Postal code, cit&y, country:"), this);
    postalLabel->setBuddy(m_postalCode);
    form->addRow(postalLabel, postal);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("E-&mail:"), withError(m_email, emailKey, IdentityTab));
    form->addRow(tr("&Website:"), m_website);
    form->addRow(tr("S&IRET:"), withError(m_siret, siretKey, IdentityTab));
    form->addRow(tr("Professional &licence:"), m_professionalCard);
    form->addRow(tr("Legal &footer:"), m_legalFooter);
    form->addRow(tr("Si&gnatory:"), m_signatory);
    auto* images = new QHBoxLayout;
    auto* logoBox = new QVBoxLayout;
    logoBox->addWidget(new QLabel(tr("Logo (letterhead):"), this));
    logoBox->addWidget(m_logo);
    auto* signatureBox = new QVBoxLayout;
    signatureBox->addWidget(new QLabel(tr("Scanned signature:"), this));
    signatureBox->addWidget(m_signature);
    images->addLayout(logoBox);
    images->addLayout(signatureBox);
    images->addStretch();
    auto* imageBox = new QVBoxLayout;
    imageBox->addLayout(images);
    auto* imagesWidget = new QWidget(this);
    imagesWidget->setObjectName(QStringLiteral("agencyImages"));
    imagesWidget->setLayout(imageBox);
    form->addRow(tr("Images:"), withError(imagesWidget, imageKey, IdentityTab));
    form->addRow(QString(),
                 FormParts::note(tr("Images are stored as PNG; very large ones are scaled down "
                                    "to %1 pixels.")
                                     .arg(AgencyImage::maxSide),
                                 page));
    return page;
}

QWidget* SettingsPage::buildLayoutTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(
        FormParts::note(tr("Where the tenant's address is printed, so that it shows in the "
                           "window of your envelopes. Measure the window from the top left "
                           "corner of an envelope with a sheet folded inside, or print the "
                           "calibration page, fold it and slide it into an envelope: the "
                           "frame must show entirely in the window."),
                        page));

    m_windowLeft = millimetres(QStringLiteral("windowLeft"), tr("Window distance from the left"));
    m_windowTop = millimetres(QStringLiteral("windowTop"), tr("Window distance from the top"));
    m_windowWidth = millimetres(QStringLiteral("windowWidth"), tr("Window width"));
    m_windowHeight = millimetres(QStringLiteral("windowHeight"), tr("Window height"));
    auto* group = new QGroupBox(tr("Envelope window"), page);
    auto* form = new QFormLayout(group);
    form->addRow(tr("From the &left edge:"), m_windowLeft);
    form->addRow(tr("From the &top edge:"), m_windowTop);
    form->addRow(tr("&Width:"), m_windowWidth);
    form->addRow(tr("&Height:"), m_windowHeight);
    auto* defaults = new QPushButton(tr("French DL &defaults"), group);
    defaults->setObjectName(QStringLiteral("windowDefaults"));
    defaults->setToolTip(tr("110 mm from the left, 55 mm from the top, 85 × 33 mm"));
    connect(defaults, &QPushButton::clicked, this, [this] {
        const EnvelopeWindow d;
        m_windowLeft->setValue(d.leftMm);
        m_windowTop->setValue(d.topMm);
        m_windowWidth->setValue(d.widthMm);
        m_windowHeight->setValue(d.heightMm);
    });
    form->addRow(QString(), defaults);
    layout->addWidget(group);

    auto* preview = new QPushButton(tr("&Preview and print the calibration page…"), page);
    preview->setObjectName(QStringLiteral("calibrationPreview"));
    connect(preview, &QPushButton::clicked, this, &SettingsPage::previewCalibration);
    auto* pdf = new QPushButton(tr("Save the calibration page as P&DF…"), page);
    pdf->setObjectName(QStringLiteral("calibrationPdf"));
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::saveFile(this, tr("Save the calibration page"),
                                                   tr("calibration.pdf"), tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        if (Status s = saveCalibrationPdf(path); !s)
            MessageBox::warning(this, tr("Calibration page"), s.error());
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(preview);
    buttons->addWidget(pdf);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(
        FormParts::note(tr("The calibration page uses the values typed above, saved or "
                           "not."),
                        page));
    layout->addStretch();
    return page;
}

QWidget* SettingsPage::buildMailTab()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);

    m_smtpHost = lineEdit(QStringLiteral("smtpHost"), tr("Mail server"));
    m_smtpHost->setPlaceholderText(tr("e.g. smtp.example.fr"));
    m_smtpSecurity = new QComboBox(this);
    m_smtpSecurity->setObjectName(QStringLiteral("smtpSecurity"));
    m_smtpSecurity->setAccessibleName(tr("Encryption"));
    m_smtpSecurity->addItem(tr("STARTTLS (port 587)"), int(SmtpSettings::Security::StartTls));
    m_smtpSecurity->addItem(tr("TLS (port 465)"), int(SmtpSettings::Security::Tls));
    m_smtpSecurity->addItem(tr("None (a local relay only)"), int(SmtpSettings::Security::None));
    m_smtpPort = new QSpinBox(this);
    m_smtpPort->setObjectName(QStringLiteral("smtpPort"));
    m_smtpPort->setAccessibleName(tr("Port"));
    m_smtpPort->setRange(1, 65535);
    m_smtpPort->setValue(587);
    // Choosing the encryption moves the port along, unless the user set an
    // unusual one.
    connect(m_smtpSecurity, &QComboBox::currentIndexChanged, this, [this] {
        const auto security = SmtpSettings::Security(m_smtpSecurity->currentData().toInt());
        for (auto s : {SmtpSettings::Security::None, SmtpSettings::Security::StartTls,
                       SmtpSettings::Security::Tls})
            if (m_smtpPort->value() == defaultPort(s)) {
                m_smtpPort->setValue(defaultPort(security));
                break;
            }
    });
    m_smtpUser = lineEdit(QStringLiteral("smtpUser"), tr("User name"));
    m_smtpUser->setPlaceholderText(tr("empty when the server needs no login"));
    m_smtpPassword = lineEdit(QStringLiteral("smtpPassword"), tr("Password"));
    m_smtpPassword->setEchoMode(QLineEdit::Password);
    m_smtpPassword->setPlaceholderText(tr("leave empty to keep the saved password"));
    m_smtpFrom = lineEdit(QStringLiteral("smtpFromAddress"), tr("Sender address"));
    m_smtpFrom->setPlaceholderText(tr("e.g. relances@agence.fr"));
    m_smtpFromName = lineEdit(QStringLiteral("smtpFromName"), tr("Sender name"));
    m_smtpFromName->setPlaceholderText(tr("empty: the agency's name"));
    m_smtpReplyTo = lineEdit(QStringLiteral("smtpReplyTo"), tr("Reply-to address"));
    m_smtpReplyTo->setPlaceholderText(tr("empty: answers go to the sender address"));
    m_smtpCc = lineEdit(QStringLiteral("smtpCc"), tr("Copies"));
    m_smtpCc->setPlaceholderText(tr("addresses that get a copy of every e-mail, comma-separated"));
    m_smtpCaFile = lineEdit(QStringLiteral("smtpCaFile"), tr("Certificate authority file"));
    m_smtpCaFile->setPlaceholderText(tr("only for a server with its own certificate authority"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("smtpCaFileBrowse"));
    browse->setAccessibleName(tr("Choose the certificate authority file"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            FileDialogs::openFile(this, tr("Certificate authority"), m_smtpCaFile->text(),
                                  tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!path.isEmpty())
            m_smtpCaFile->setText(QFileInfo(path).absoluteFilePath());
    });
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(withError(m_smtpCaFile, caFileKey, MailTab), 1);
    caRow->addWidget(browse, 0, Qt::AlignTop);

    auto* server = new QHBoxLayout;
    server->addWidget(withError(m_smtpHost, hostKey, MailTab), 1);
    auto* portLabel = new QLabel(tr("P&ort:"), this);
    portLabel->setBuddy(m_smtpPort);
    server->addWidget(portLabel, 0, Qt::AlignTop);
    server->addWidget(m_smtpPort, 0, Qt::AlignTop);

    auto* hostLabel = new QLabel(tr("Mail &server:"), this);
    hostLabel->setBuddy(m_smtpHost);
    form->addRow(hostLabel, server);
    form->addRow(tr("E&ncryption:"), m_smtpSecurity);
    form->addRow(tr("&User name:"), withError(m_smtpUser, userKey, MailTab));
    form->addRow(tr("Pass&word:"), withError(m_smtpPassword, passwordKey, MailTab));
    form->addRow(QString(),
                 FormParts::note(tr("The password is kept in the system keyring, never in the "
                                    "database."),
                                 page));
    form->addRow(tr("Sender &address:"), withError(m_smtpFrom, fromKey, MailTab));
    form->addRow(tr("Sender na&me:"), m_smtpFromName);
    form->addRow(tr("&Reply to:"), withError(m_smtpReplyTo, replyToKey, MailTab));
    form->addRow(tr("&Copies to:"), withError(m_smtpCc, ccKey, MailTab));
    auto* caLabel = new QLabel(tr("Certificate au&thority:"), this);
    caLabel->setBuddy(m_smtpCaFile);
    form->addRow(caLabel, caRow);

    m_smtpTest = new QPushButton(tr("Send a &test e-mail"), this);
    m_smtpTest->setObjectName(QStringLiteral("smtpTest"));
    m_smtpTest->setToolTip(tr("Sends one message to the agency's own address with the settings "
                              "typed here, saved or not"));
    connect(m_smtpTest, &QPushButton::clicked, this, &SettingsPage::sendTestEmail);
    m_smtpBusy = new QProgressBar(this);
    m_smtpBusy->setObjectName(QStringLiteral("smtpTestBusy"));
    m_smtpBusy->setAccessibleName(tr("Sending the test e-mail"));
    m_smtpBusy->setRange(0, 0); // busy: no way to tell how long a server takes
    m_smtpBusy->setMaximumWidth(160);
    m_smtpBusy->setTextVisible(false);
    m_smtpBusy->hide();
    auto* test = new QHBoxLayout;
    test->addWidget(m_smtpTest);
    test->addWidget(m_smtpBusy);
    test->addStretch();
    form->addRow(QString(), test);
    m_smtpTestResult = new QLabel(this);
    m_smtpTestResult->setObjectName(QStringLiteral("smtpTestResult"));
    m_smtpTestResult->setWordWrap(true);
    m_smtpTestResult->setTextFormat(Qt::PlainText);
    m_smtpTestResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_smtpTestResult);
    return page;
}

QWidget* SettingsPage::buildPrintingTab()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_printer = new QComboBox(this);
    m_printer->setObjectName(QStringLiteral("printer"));
    m_printer->setAccessibleName(tr("Default printer"));
    m_printer->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    form->addRow(tr("Default &printer:"), m_printer);
    form->addRow(QString(),
                 FormParts::note(tr("Letters are printed there without asking. With « Ask each "
                                    "time », the print dialog opens for every batch. This choice "
                                    "belongs to this computer, not to the database."),
                                 page));
    return page;
}

QWidget* SettingsPage::buildAutomationTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(
        FormParts::note(tr("Levels ticked here are issued by themselves, once a month, on "
                           "their day (a day missed while the computer was off is caught up "
                           "the next day). This needs « relance-cli run-due » to run every "
                           "day (a systemd timer or a cron line); the order and the other "
                           "settings of each level are in Levels & templates."),
                        page));
    m_automationSummary = new QLabel(page);
    m_automationSummary->setObjectName(QStringLiteral("automationSummary"));
    m_automationSummary->setWordWrap(false);
    m_automationSummary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_automationSummary);

    m_automation = new AutomationTableModel(this);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_automation);
    proxy->setSortRole(AutomationTableModel::RawSortRole);
    m_automationTable = new QTableView(page);
    m_automationTable->setObjectName(QStringLiteral("automationTable"));
    m_automationTable->setAccessibleName(tr("Automated levels"));
    m_automationTable->setModel(proxy);
    m_automationTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_automationTable->setEditTriggers(QAbstractItemView::DoubleClicked |
                                       QAbstractItemView::EditKeyPressed |
                                       QAbstractItemView::SelectedClicked);
    m_automationTable->verticalHeader()->hide();
    m_automationTable->horizontalHeader()->setStretchLastSection(true);
    m_automationTable->setAlternatingRowColors(true);
    layout->addWidget(m_automationTable, 1);
    return page;
}

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
    load();
}

void SettingsPage::saveViewState() const
{
    ViewState::Batch batch; // within the window's, when it closes
    batch.settings().setValue(tabKey, m_tabs->currentIndex());
    ViewState::save(m_automationTable->horizontalHeader(), automationHeaderKey);
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
    if (!m_dirty)
        load();
}

void SettingsPage::load()
{
    m_loading = true;
    clearProblems();
    m_smtpTestResult->clear();
    m_agency = {};
    EnvelopeWindow window;
    m_smtp = {};
    QList<AutomationLevel> levels;
    QString error;
    if (m_db) {
        auto agency = AgencyRepository(*m_db).load();
        if (agency)
            m_agency = *agency;
        else
            error = agency.error();
        window = EnvelopeWindow::fromSettings(*m_db);
        m_smtp = SmtpSettings::load(*m_db);
        auto automation = AutomationSchedule::levels(*m_db, m_today);
        if (automation)
            levels = *automation;
        else if (error.isEmpty())
            error = automation.error();
    }

    m_name->setText(m_agency.name);
    m_address1->setText(m_agency.address1);
    m_address2->setText(m_agency.address2);
    m_postalCode->setText(m_agency.postalCode);
    m_city->setText(m_agency.city);
    m_country->setText(m_agency.country);
    m_phone->setText(m_agency.phone);
    m_email->setText(m_agency.email);
    m_website->setText(m_agency.website);
    m_siret->setText(m_agency.siret);
    m_professionalCard->setText(m_agency.professionalCard);
    m_legalFooter->setPlainText(m_agency.legalFooter);
    m_signatory->setText(m_agency.signatory);
    m_logo->setPng(m_agency.logoPng);
    m_signature->setPng(m_agency.signaturePng);

    m_windowLeft->setValue(window.leftMm);
    m_windowTop->setValue(window.topMm);
    m_windowWidth->setValue(window.widthMm);
    m_windowHeight->setValue(window.heightMm);

    m_smtpHost->setText(m_smtp.host);
    m_smtpSecurity->setCurrentIndex(qMax(0, m_smtpSecurity->findData(int(m_smtp.security))));
    m_smtpPort->setValue(m_smtp.port);
    m_smtpUser->setText(m_smtp.user);
    m_smtpPassword->clear();
    m_smtpFrom->setText(m_smtp.fromAddress);
    m_smtpFromName->setText(m_smtp.fromName);
    m_smtpReplyTo->setText(m_smtp.replyTo);
    m_smtpCc->setText(m_smtp.cc);
    m_smtpCaFile->setText(m_smtp.caFile);

    loadPrinters();

    m_automation->setLevels(levels, m_today);
    if (!ViewState::restore(m_automationTable->horizontalHeader(), automationHeaderKey))
        m_automationTable->resizeColumnsToContents();
    updateAutomationSummary();

    if (!error.isEmpty())
        showSaveError(error);
    m_loading = false;
    setDirty(false);
}

void SettingsPage::loadPrinters()
{
    const QString saved = QSettings().value(printerKey).toString();
    // Asking the print system takes a second or more where CUPS looks for
    // network printers: once per page, and never for a page letting go of
    // its database (quitting, another database being opened).
    if (!m_printersListed && m_db) {
        m_printerNames = QPrinterInfo::availablePrinterNames();
        m_printersListed = true;
    }
    m_printer->clear();
    m_printer->addItem(tr("Ask each time"), QString());
    const QStringList& names = m_printerNames;
    for (const QString& name : names)
        m_printer->addItem(name, name);
    // A printer that is gone (unplugged, renamed) stays the choice until the
    // user picks another: printing then asks and says why.
    if (!saved.isEmpty() && !names.contains(saved))
        m_printer->addItem(tr("%1 (not available now)").arg(saved), saved);
    m_printer->setCurrentIndex(qMax(0, m_printer->findData(saved)));
}

void SettingsPage::updateAutomationSummary()
{
    QList<AutomationLevel> on;
    for (const AutomationLevel& l : m_automation->levels())
        if (l.enabled)
            on << l;
    if (on.isEmpty()) {
        m_automationSummary->setText(
            tr("The automation is off: reminders are issued only when someone runs them."));
        return;
    }
    std::stable_sort(on.begin(), on.end(), [](const AutomationLevel& a, const AutomationLevel& b) {
        return a.nextRun < b.nextRun;
    });
    const QLocale locale;
    QStringList lines = {
        tr("The automation is on for %n level(s). Next runs:", nullptr, int(on.size()))};
    for (const AutomationLevel& l : std::as_const(on))
        lines << tr("• %1: %2").arg(locale.toString(l.nextRun, QLocale::LongFormat), l.levelName);
    m_automationSummary->setText(lines.join(u'\n'));
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

void SettingsPage::showProblem(const QString& key, const QString& message)
{
    if (!m_errors.add(key, message))
        showSaveError(message);
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

AgencyIdentity SettingsPage::agencyFromForm() const
{
    AgencyIdentity a = m_agency;
    a.name = m_name->text().trimmed();
    a.address1 = m_address1->text().trimmed();
    a.address2 = m_address2->text().trimmed();
    a.postalCode = m_postalCode->text().trimmed();
    a.city = m_city->text().trimmed();
    a.country = m_country->text().trimmed().toUpper();
    a.phone = m_phone->text().trimmed();
    a.email = m_email->text().trimmed();
    a.website = m_website->text().trimmed();
    a.siret = AgencyValidator::formattedSiret(m_siret->text());
    a.professionalCard = m_professionalCard->text().trimmed();
    a.legalFooter = m_legalFooter->toPlainText().trimmed();
    a.signatory = m_signatory->text().trimmed();
    a.logoPng = m_logo->png();
    a.signaturePng = m_signature->png();
    return a;
}

EnvelopeWindow SettingsPage::windowFromForm() const
{
    EnvelopeWindow w;
    w.leftMm = m_windowLeft->value();
    w.topMm = m_windowTop->value();
    w.widthMm = m_windowWidth->value();
    w.heightMm = m_windowHeight->value();
    return w;
}

SmtpSettings SettingsPage::smtpFromForm() const
{
    // Starts from what is stored, so settings this page does not show
    // (time-outs) keep their values.
    SmtpSettings s = m_smtp;
    s.host = m_smtpHost->text().trimmed();
    s.port = m_smtpPort->value();
    s.security = SmtpSettings::Security(m_smtpSecurity->currentData().toInt());
    s.user = m_smtpUser->text().trimmed();
    s.fromAddress = m_smtpFrom->text().trimmed();
    s.fromName = m_smtpFromName->text().trimmed();
    s.replyTo = m_smtpReplyTo->text().trimmed();
    s.cc = MailAddress::splitList(m_smtpCc->text()).join(QStringLiteral(", "));
    const QString ca = m_smtpCaFile->text().trimmed();
    s.caFile = ca.isEmpty() ? QString() : QFileInfo(ca).absoluteFilePath();
    return s;
}

QList<std::pair<QString, QString>> SettingsPage::smtpProblems(const SmtpSettings& s) const
{
    QList<std::pair<QString, QString>> list;
    if (s.host.isEmpty())
        list.append({hostKey, tr("Enter the mail server's name, e.g. smtp.example.fr.")});
    else if (MailAddress::hasLineBreakOrControl(s.host) || s.host.contains(u' '))
        list.append({hostKey, tr("A server name has no spaces, e.g. smtp.example.fr.")});
    if (s.fromAddress.isEmpty())
        list.append({fromKey, tr("Enter the address e-mails are sent from, e.g. "
                                 "relances@agence.fr.")});
    else if (!MailAddress::isValid(s.fromAddress))
        list.append({fromKey, tr("This e-mail address is not valid: write it as "
                                 "relances@agence.fr.")});
    if (!s.replyTo.isEmpty() && !MailAddress::isValid(s.replyTo))
        list.append({replyToKey, tr("This e-mail address is not valid: write it as "
                                    "contact@agence.fr.")});
    for (const QString& a : MailAddress::splitList(s.cc))
        if (!MailAddress::isValid(a))
            list.append({ccKey, tr("“%1” is not a valid e-mail address.").arg(a)});
    if (!s.caFile.isEmpty() && !QFileInfo(s.caFile).isReadable())
        list.append({caFileKey, tr("This file cannot be read: choose the certificate "
                                   "authority's PEM file again, or leave the field empty.")});
    return list;
}

bool SettingsPage::save()
{
    if (!m_db)
        return false;
    clearProblems();
    const AgencyIdentity agency = agencyFromForm();
    const SmtpSettings smtp = smtpFromForm();
    const QString password = m_smtpPassword->text();

    QList<std::pair<QString, QString>> problems;
    for (const AgencyValidator::Problem& p : AgencyValidator::check(agency))
        problems.append({agencyErrorKey(p.field), p.message});
    // An empty mail tab is allowed: the agency may send nothing by e-mail.
    const bool mailUsed = !smtp.host.isEmpty() || !smtp.fromAddress.isEmpty() ||
                          !smtp.user.isEmpty() || !password.isEmpty();
    if (mailUsed)
        problems << smtpProblems(smtp);
    if (!password.isEmpty() && smtp.user.isEmpty())
        problems.append({userKey, tr("Enter the user name this password belongs to.")});
    if (!problems.isEmpty()) {
        for (const auto& [key, message] : problems)
            showProblem(key, message);
        m_tabs->setCurrentIndex(m_errors.tabOf(problems.first().first, IdentityTab));
        showSaveError(tr("Nothing was saved: correct the fields marked in red."));
        return false;
    }

    // The keyring first: if it refuses the password, nothing else changes
    // and the user can retry with everything still typed.
    if (!password.isEmpty()) {
        if (Status s = keychain().writePassword(Keychain::smtpKey(smtp.user, smtp.host), password);
            !s) {
            showProblem(passwordKey, s.error());
            m_tabs->setCurrentIndex(MailTab);
            showSaveError(tr("Nothing was saved: the password could not be kept."));
            return false;
        }
    } else if (Status s = SmtpPassword::follow(keychain(), m_smtp, smtp); !s) {
        // The password is stored under its user and server: a new user or
        // server takes it along, or sending would no longer find it.
        showProblem(passwordKey, s.error());
        m_tabs->setCurrentIndex(MailTab);
        showSaveError(tr("Nothing was saved: the saved password could not be moved to the new "
                         "user name or server. Type the password again, or retry."));
        return false;
    }

    const auto failed = [this](const QString& error) {
        showSaveError(tr("The settings were not all saved: %1").arg(error));
        return false;
    };
    if (Status s = AgencyRepository(*m_db).save(agency); !s)
        return failed(s.error());
    if (!windowFromForm().saveTo(*m_db))
        return failed(tr("the envelope window could not be stored; try again."));
    if (Status s = smtp.save(*m_db); !s)
        return failed(s.error());
    for (const AutomationLevel& l : m_automation->changedLevels())
        if (Status s = AutomationSchedule::setAutomation(*m_db, l.levelId, l.enabled, l.dayOfMonth);
            !s)
            return failed(s.error());
    QSettings().setValue(printerKey, m_printer->currentData().toString());

    load();
    if (!password.isEmpty())
        m_smtpPassword->setPlaceholderText(tr("saved in the system keyring"));
    emit saved();
    return true;
}

Status SettingsPage::saveCalibrationPdf(const QString& path) const
{
    QPdfWriter writer(path);
    writer.setCreator(QStringLiteral("Relance"));
    writer.setTitle(tr("Calibration page"));
    LetterRenderer::preparePage(writer);
    QPainter painter;
    if (!painter.begin(&writer))
        return Status::failure(tr("%1 could not be written: choose a folder where you may save "
                                  "files.")
                                   .arg(QDir::toNativeSeparators(path)));
    LetterRenderer(windowFromForm()).renderCalibration(painter, writer);
    painter.end();
    return {};
}

void SettingsPage::previewCalibration()
{
    auto* dialog = new QPrintPreviewDialog(this);
    dialog->setObjectName(QStringLiteral("calibrationPreviewDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Calibration page"));
    const EnvelopeWindow window = windowFromForm();
    if (const QString printer = m_printer->currentData().toString(); !printer.isEmpty())
        dialog->printer()->setPrinterName(printer);
    connect(dialog, &QPrintPreviewDialog::paintRequested, this, [window](QPrinter* printer) {
        LetterRenderer::preparePage(*printer);
        QPainter painter(printer);
        LetterRenderer(window).renderCalibration(painter, *printer);
    });
    dialog->open();
}

void SettingsPage::sendTestEmail()
{
    if (!m_db || m_testThread)
        return;
    clearProblems();
    m_smtpTestResult->clear();
    SmtpSettings settings = smtpFromForm();
    if (const auto problems = smtpProblems(settings); !problems.isEmpty()) {
        for (const auto& [key, message] : problems)
            showProblem(key, message);
        testEmailDone(false, tr("The test e-mail was not sent: correct the fields marked in "
                                "red first."));
        return;
    }
    if (settings.fromName.isEmpty())
        settings.fromName = m_name->text().simplified();
    // The agency's own address: the person testing can check the result.
    QString to = m_email->text().trimmed();
    if (to.isEmpty())
        to = settings.fromAddress;
    QString password = m_smtpPassword->text();
    if (password.isEmpty()) {
        auto stored = SmtpPassword::find(settings, keychain());
        if (!stored) {
            showProblem(passwordKey, stored.error());
            testEmailDone(false, tr("The test e-mail was not sent: type the password."));
            return;
        }
        password = *stored;
    }

    // The server may take seconds (or a time-out) to answer: a worker sends,
    // the page stays usable and shows that it is waiting.
    auto result = std::make_shared<Result<QString>>(Result<QString>::failure({}));
    m_testThread = QThread::create([result, settings, password, to] {
        *result = SmtpTestMessage::send(settings, password, to);
    });
    m_testThread->setObjectName(QStringLiteral("smtpTestThread"));
    connect(m_testThread, &QThread::finished, this, [this, result, to, host = settings.host] {
        m_testThread->deleteLater();
        m_testThread = nullptr;
        if (*result)
            testEmailDone(true, tr("The test e-mail to %1 was accepted by %2. Check that it "
                                   "arrived. The server answered: %3")
                                    .arg(to, host, result->value()));
        else
            testEmailDone(false, tr("The test e-mail was not sent. %1").arg(result->error()));
    });
    m_smtpTest->setEnabled(false);
    m_smtpBusy->show();
    m_smtpTestResult->setText(tr("Sending a test e-mail to %1…").arg(to));
    m_smtpTestResult->setStyleSheet({});
    m_testThread->start();
}

void SettingsPage::testEmailDone(bool ok, const QString& message)
{
    m_smtpBusy->hide();
    m_smtpTest->setEnabled(true);
    m_smtpTestResult->setText(message);
    m_smtpTestResult->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;")
                                       : QStringLiteral("color: #b00020;"));
    emit testEmailFinished(ok, message);
}

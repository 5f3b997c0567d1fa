#include "MailSettingsTab.h"

// Its texts keep the translation context of the page they were written for
// (SettingsPage) when it was split along its seams, so that their translations
// still apply (update-translations drops contexts that disappear).

#include "common/BackgroundTask.h"
#include "common/FieldErrors.h"
#include "common/FileDialogs.h"
#include "mail/Keychain.h"
#include "mail/MailAddress.h"
#include "mail/SmtpAbort.h"
#include "mail/SmtpPassword.h"
#include "mail/SmtpTestMessage.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>

namespace {
// Error keys: one label under each field that can be wrong.
const auto hostKey = QLatin1String("smtp.host");
const auto portKey = QLatin1String("smtp.port");
const auto userKey = QLatin1String("smtp.user");
const auto passwordKey = QLatin1String("smtp.password");
const auto fromKey = QLatin1String("smtp.from");
const auto fromNameKey = QLatin1String("smtp.fromName");
const auto replyToKey = QLatin1String("smtp.replyTo");
const auto ccKey = QLatin1String("smtp.cc");
const auto caFileKey = QLatin1String("smtp.caFile");

QString errorKey(SmtpSettings::Field field)
{
    switch (field) {
    case SmtpSettings::Field::Host:
        return hostKey;
    case SmtpSettings::Field::Port:
        return portKey;
    case SmtpSettings::Field::User:
        return userKey;
    case SmtpSettings::Field::FromAddress:
        return fromKey;
    case SmtpSettings::Field::FromName:
        return fromNameKey;
    case SmtpSettings::Field::ReplyTo:
        return replyToKey;
    case SmtpSettings::Field::Cc:
        return ccKey;
    case SmtpSettings::Field::CaFile:
        return caFileKey;
    case SmtpSettings::Field::Timeout:
        break; // not on this tab: the page's own message
    }
    return {};
}
} // namespace

MailSettingsTab::MailSettingsTab(FieldErrors<QString>& errors, int tabIndex, QWidget* parent)
    : QWidget(parent)
    , m_errors(errors)
    , m_tabIndex(tabIndex)
{
    auto* form = new QFormLayout(this);

    m_smtpHost = lineEdit(QStringLiteral("smtpHost"),
                          QCoreApplication::translate("SettingsPage", "Mail server"));
    m_smtpHost->setPlaceholderText(
        QCoreApplication::translate("SettingsPage", "e.g. smtp.example.fr"));
    m_smtpSecurity = new QComboBox(this);
    m_smtpSecurity->setObjectName(QStringLiteral("smtpSecurity"));
    m_smtpSecurity->setAccessibleName(QCoreApplication::translate("SettingsPage", "Encryption"));
    m_smtpSecurity->addItem(QCoreApplication::translate("SettingsPage", "STARTTLS (port %1)")
                                .arg(SmtpSettings::defaultPort(SmtpSettings::Security::StartTls)),
                            int(SmtpSettings::Security::StartTls));
    m_smtpSecurity->addItem(QCoreApplication::translate("SettingsPage", "TLS (port %1)")
                                .arg(SmtpSettings::defaultPort(SmtpSettings::Security::Tls)),
                            int(SmtpSettings::Security::Tls));
    m_smtpSecurity->addItem(
        QCoreApplication::translate("SettingsPage", "None (a local relay only)"),
        int(SmtpSettings::Security::None));
    m_smtpPort = new QSpinBox(this);
    m_smtpPort->setObjectName(QStringLiteral("smtpPort"));
    m_smtpPort->setAccessibleName(QCoreApplication::translate("SettingsPage", "Port"));
    m_smtpPort->setRange(1, 65535);
    m_smtpPort->setValue(SmtpSettings::defaultPort(SmtpSettings::Security::StartTls));
    // Choosing the encryption moves the port along, unless the user set an
    // unusual one.
    connect(m_smtpSecurity, &QComboBox::currentIndexChanged, this, [this] {
        const auto security = SmtpSettings::Security(m_smtpSecurity->currentData().toInt());
        for (auto s : {SmtpSettings::Security::None, SmtpSettings::Security::StartTls,
                       SmtpSettings::Security::Tls})
            if (m_smtpPort->value() == SmtpSettings::defaultPort(s)) {
                m_smtpPort->setValue(SmtpSettings::defaultPort(security));
                break;
            }
    });
    m_smtpUser = lineEdit(QStringLiteral("smtpUser"),
                          QCoreApplication::translate("SettingsPage", "User name"));
    m_smtpUser->setPlaceholderText(
        QCoreApplication::translate("SettingsPage", "empty when the server needs no login"));
    m_smtpPassword = lineEdit(QStringLiteral("smtpPassword"),
                              QCoreApplication::translate("SettingsPage", "Password"));
    m_smtpPassword->setEchoMode(QLineEdit::Password);
    m_smtpPassword->setPlaceholderText(
        QCoreApplication::translate("SettingsPage", "leave empty to keep the saved password"));
    m_smtpFrom = lineEdit(QStringLiteral("smtpFromAddress"),
                          QCoreApplication::translate("SettingsPage", "Sender address"));
    m_smtpFrom->setPlaceholderText(
        QCoreApplication::translate("SettingsPage", "e.g. relances@agence.fr"));
    m_smtpFromName = lineEdit(QStringLiteral("smtpFromName"),
                              QCoreApplication::translate("SettingsPage", "Sender name"));
    m_smtpFromName->setPlaceholderText(
        QCoreApplication::translate("SettingsPage", "empty: the agency's name"));
    m_smtpReplyTo = lineEdit(QStringLiteral("smtpReplyTo"),
                             QCoreApplication::translate("SettingsPage", "Reply-to address"));
    m_smtpReplyTo->setPlaceholderText(
        QCoreApplication::translate("SettingsPage", "empty: answers go to the sender address"));
    m_smtpCc =
        lineEdit(QStringLiteral("smtpCc"), QCoreApplication::translate("SettingsPage", "Copies"));
    m_smtpCc->setPlaceholderText(QCoreApplication::translate(
        "SettingsPage", "addresses that get a copy of every e-mail, comma-separated"));
    m_smtpCaFile =
        lineEdit(QStringLiteral("smtpCaFile"),
                 QCoreApplication::translate("SettingsPage", "Certificate authority file"));
    m_smtpCaFile->setPlaceholderText(QCoreApplication::translate(
        "SettingsPage", "only for a server with its own certificate authority"));
    auto* browse = new QPushButton(QCoreApplication::translate("SettingsPage", "Browse…"), this);
    browse->setObjectName(QStringLiteral("smtpCaFileBrowse"));
    browse->setAccessibleName(
        QCoreApplication::translate("SettingsPage", "Choose the certificate authority file"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::openFile(
            this, QCoreApplication::translate("SettingsPage", "Certificate authority"),
            m_smtpCaFile->text(),
            QCoreApplication::translate("SettingsPage",
                                        "Certificates (*.pem *.crt);;All files (*)"));
        if (!path.isEmpty())
            m_smtpCaFile->setText(QFileInfo(path).absoluteFilePath());
    });
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(withError(m_smtpCaFile, caFileKey), 1);
    caRow->addWidget(browse, 0, Qt::AlignTop);

    auto* server = new QHBoxLayout;
    server->addWidget(withError(m_smtpHost, hostKey), 1);
    auto* portLabel = new QLabel(QCoreApplication::translate("SettingsPage", "P&ort:"), this);
    portLabel->setBuddy(m_smtpPort);
    server->addWidget(portLabel, 0, Qt::AlignTop);
    server->addWidget(withError(m_smtpPort, portKey), 0, Qt::AlignTop);

    auto* hostLabel =
        new QLabel(QCoreApplication::translate("SettingsPage", "Mail &server:"), this);
    hostLabel->setBuddy(m_smtpHost);
    form->addRow(hostLabel, server);
    form->addRow(QCoreApplication::translate("SettingsPage", "E&ncryption:"), m_smtpSecurity);
    form->addRow(QCoreApplication::translate("SettingsPage", "&User name:"),
                 withError(m_smtpUser, userKey));
    form->addRow(QCoreApplication::translate("SettingsPage", "Pass&word:"),
                 withError(m_smtpPassword, passwordKey));
    form->addRow(QString(),
                 FormParts::note(QCoreApplication::translate(
                                     "SettingsPage",
                                     "The password is kept in the system keyring, never in the "
                                     "database."),
                                 this));
    form->addRow(QCoreApplication::translate("SettingsPage", "Sender &address:"),
                 withError(m_smtpFrom, fromKey));
    form->addRow(QCoreApplication::translate("SettingsPage", "Sender na&me:"),
                 withError(m_smtpFromName, fromNameKey));
    form->addRow(QCoreApplication::translate("SettingsPage", "&Reply to:"),
                 withError(m_smtpReplyTo, replyToKey));
    form->addRow(QCoreApplication::translate("SettingsPage", "&Copies to:"),
                 withError(m_smtpCc, ccKey));
    auto* caLabel =
        new QLabel(QCoreApplication::translate("SettingsPage", "Certificate au&thority:"), this);
    caLabel->setBuddy(m_smtpCaFile);
    form->addRow(caLabel, caRow);

    m_smtpTest =
        new QPushButton(QCoreApplication::translate("SettingsPage", "Send a &test e-mail"), this);
    m_smtpTest->setObjectName(QStringLiteral("smtpTest"));
    m_smtpTest->setToolTip(QCoreApplication::translate(
        "SettingsPage", "Sends one message to the agency's own address with the settings "
                        "typed here, saved or not"));
    connect(m_smtpTest, &QPushButton::clicked, this, &MailSettingsTab::testRequested);
    m_smtpBusy = new QProgressBar(this);
    m_smtpBusy->setObjectName(QStringLiteral("smtpTestBusy"));
    m_smtpBusy->setAccessibleName(
        QCoreApplication::translate("SettingsPage", "Sending the test e-mail"));
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

    auto* ownerEmail = new QPushButton(
        QCoreApplication::translate("SettingsPage", "E-mail to the &landlords…"), this);
    ownerEmail->setObjectName(QStringLiteral("ownerEmailEdit"));
    ownerEmail->setToolTip(QCoreApplication::translate(
        "SettingsPage", "The text of the e-mail that carries each landlord's statement"));
    connect(ownerEmail, &QPushButton::clicked, this, &MailSettingsTab::ownerEmailRequested);
    form->addRow(QString(), ownerEmail);

    for (QLineEdit* edit : findChildren<QLineEdit*>())
        connect(edit, &QLineEdit::textChanged, this, &MailSettingsTab::changed);
    connect(m_smtpPort, &QSpinBox::valueChanged, this, &MailSettingsTab::changed);
    connect(m_smtpSecurity, &QComboBox::currentIndexChanged, this, &MailSettingsTab::changed);
}

MailSettingsTab::~MailSettingsTab()
{
    // The test e-mail's worker holds nothing of the tab, but it must not
    // outlive the application's objects: it is stopped, not waited for.
    delete m_testTask;
}

QLineEdit* MailSettingsTab::lineEdit(const QString& objectName, const QString& accessibleName)
{
    return FormParts::lineEdit(this, objectName, accessibleName);
}

QWidget* MailSettingsTab::withError(QWidget* field, const QString& key)
{
    return m_errors.wrap(this, field, key, m_tabIndex);
}

void MailSettingsTab::load(const SmtpSettings& smtp)
{
    m_smtp = smtp;
    m_smtpTestResult->clear();
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
}

SmtpSettings MailSettingsTab::settings() const
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

QString MailSettingsTab::password() const
{
    return m_smtpPassword->text();
}

void MailSettingsTab::passwordSaved()
{
    m_smtpPassword->setPlaceholderText(
        QCoreApplication::translate("SettingsPage", "saved in the system keyring"));
}

bool MailSettingsTab::isUsed() const
{
    const SmtpSettings s = settings();
    return !s.host.isEmpty() || !s.fromAddress.isEmpty() || !s.user.isEmpty() ||
           !password().isEmpty();
}

bool MailSettingsTab::check(bool required)
{
    bool ok = true;
    // An empty tab is allowed: the agency may send nothing by e-mail.
    if (required || isUsed())
        for (const SmtpSettings::Problem& p : settings().fieldProblems()) {
            const QString key = errorKey(p.field);
            if (key.isEmpty() || !m_errors.add(key, p.message))
                m_errors.add(hostKey, p.message);
            ok = false;
        }
    if (!password().isEmpty() && settings().user.isEmpty()) {
        m_errors.add(userKey, QCoreApplication::translate(
                                  "SettingsPage", "Enter the user name this password belongs to."));
        ok = false;
    }
    return ok;
}

void MailSettingsTab::showPasswordProblem(const QString& message)
{
    m_errors.add(passwordKey, message);
}

void MailSettingsTab::clearTestResult()
{
    m_smtpTestResult->clear();
}

void MailSettingsTab::sendTestEmail(Keychain& keychain, const QString& agencyName,
                                    const QString& to)
{
    if (m_testTask)
        return;
    m_smtpTestResult->clear();
    SmtpSettings settings = this->settings();
    if (!check(true)) {
        testEmailDone(false, QCoreApplication::translate(
                                 "SettingsPage",
                                 "The test e-mail was not sent: correct the fields marked in "
                                 "red first."));
        return;
    }
    if (settings.fromName.isEmpty())
        settings.fromName = agencyName;
    // The agency's own address: the person testing can check the result.
    const QString recipient = to.isEmpty() ? settings.fromAddress : to;
    QString password = m_smtpPassword->text();
    if (password.isEmpty()) {
        auto stored = SmtpPassword::find(settings, keychain);
        if (!stored) {
            showPasswordProblem(stored.error());
            testEmailDone(false,
                          QCoreApplication::translate(
                              "SettingsPage", "The test e-mail was not sent: type the password."));
            return;
        }
        password = *stored;
    }

    // The server may take seconds (or a time-out) to answer: a worker sends,
    // the page stays usable and shows that it is waiting.
    auto result = std::make_shared<Result<QString>>(Result<QString>::failure({}));
    auto abort = std::make_shared<SmtpAbort>();
    m_testTask = new BackgroundTask(
        [result, settings, password, to = recipient, abort](BackgroundTask::Control&) {
            *result = SmtpTestMessage::send(settings, password, to, abort.get());
        },
        this);
    m_testTask->setInterrupt([abort] { abort->abort(); });
    connect(m_testTask, &BackgroundTask::finished, this,
            [this, result, to = recipient, host = settings.host] {
                m_testTask->deleteLater();
                m_testTask = nullptr;
                if (*result)
                    testEmailDone(true,
                                  QCoreApplication::translate(
                                      "SettingsPage",
                                      "The test e-mail to %1 was accepted by %2. Check that it "
                                      "arrived. The server answered: %3")
                                      .arg(to, host, result->value()));
                else
                    testEmailDone(false, QCoreApplication::translate(
                                             "SettingsPage", "The test e-mail was not sent. %1")
                                             .arg(result->error()));
            });
    m_smtpTest->setEnabled(false);
    m_smtpBusy->show();
    m_smtpTestResult->setText(
        QCoreApplication::translate("SettingsPage", "Sending a test e-mail to %1…").arg(recipient));
    m_smtpTestResult->setStyleSheet({});
    m_testTask->start();
}

void MailSettingsTab::testEmailDone(bool ok, const QString& message)
{
    m_smtpBusy->hide();
    m_smtpTest->setEnabled(true);
    m_smtpTestResult->setText(message);
    m_smtpTestResult->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;")
                                       : QStringLiteral("color: #b00020;"));
    emit testEmailFinished(ok, message);
}

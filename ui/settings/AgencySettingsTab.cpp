#include "AgencySettingsTab.h"

// Its texts keep the translation context of the page they were written for
// (SettingsPage) when it was split along its seams, so that their translations
// still apply (update-translations drops contexts that disappear).

#include "ImageField.h"
#include "letters/AgencyImage.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace {
// Error keys: one label under each field that can be wrong.
const auto nameKey = QLatin1String("agency.name");
const auto postalCodeKey = QLatin1String("agency.postalCode");
const auto cityKey = QLatin1String("agency.city");
const auto countryKey = QLatin1String("agency.country");
const auto emailKey = QLatin1String("agency.email");
const auto siretKey = QLatin1String("agency.siret");
const auto imageKey = QLatin1String("agency.images");
} // namespace

AgencySettingsTab::AgencySettingsTab(FieldErrors<QString>& errors, int tabIndex, QWidget* parent)
    : QWidget(parent)
    , m_errors(errors)
    , m_tabIndex(tabIndex)
{
    auto* outer = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1);

    m_name = lineEdit(QStringLiteral("agencyName"),
                      QCoreApplication::translate("SettingsPage", "Agency name"));
    m_name->setPlaceholderText(
        QCoreApplication::translate("SettingsPage", "as on the letterhead, e.g. Agence du Parc"));
    m_address1 = lineEdit(QStringLiteral("agencyAddress1"),
                          QCoreApplication::translate("SettingsPage", "Address"));
    m_address2 = lineEdit(QStringLiteral("agencyAddress2"),
                          QCoreApplication::translate("SettingsPage", "Address (line 2)"));
    m_postalCode = lineEdit(QStringLiteral("agencyPostalCode"),
                            QCoreApplication::translate("SettingsPage", "Postal code"));
    m_postalCode->setMaxLength(10);
    m_city =
        lineEdit(QStringLiteral("agencyCity"), QCoreApplication::translate("SettingsPage", "City"));
    m_country = lineEdit(QStringLiteral("agencyCountry"),
                         QCoreApplication::translate("SettingsPage", "Country"));
    m_country->setMaxLength(2);
    m_country->setPlaceholderText(QStringLiteral("FR"));
    m_phone = lineEdit(QStringLiteral("agencyPhone"),
                       QCoreApplication::translate("SettingsPage", "Phone"));
    m_email = lineEdit(QStringLiteral("agencyEmail"),
                       QCoreApplication::translate("SettingsPage", "E-mail"));
    m_email->setPlaceholderText(QCoreApplication::translate(
        "SettingsPage", "e.g. contact@agence.fr; test e-mails go here"));
    m_website = lineEdit(QStringLiteral("agencyWebsite"),
                         QCoreApplication::translate("SettingsPage", "Website"));
    m_siret = lineEdit(QStringLiteral("agencySiret"),
                       QCoreApplication::translate("SettingsPage", "SIRET"));
    m_siret->setPlaceholderText(QCoreApplication::translate("SettingsPage", "14 digits"));
    m_professionalCard =
        lineEdit(QStringLiteral("agencyProfessionalCard"),
                 QCoreApplication::translate("SettingsPage", "Professional licence"));
    m_professionalCard->setPlaceholderText(QCoreApplication::translate(
        "SettingsPage", "carte professionnelle, e.g. CPI 6901 2026 000 012 345"));
    m_legalFooter = new QPlainTextEdit(this);
    m_legalFooter->setObjectName(QStringLiteral("agencyLegalFooter"));
    m_legalFooter->setAccessibleName(QCoreApplication::translate("SettingsPage", "Legal footer"));
    m_legalFooter->setPlaceholderText(QCoreApplication::translate(
        "SettingsPage", "Printed at the foot of every letter: financial "
                        "guarantee, insurer, RCS…"));
    m_legalFooter->setTabChangesFocus(true);
    m_legalFooter->setFixedHeight(m_legalFooter->fontMetrics().lineSpacing() * 4 + 12);
    m_signatory = lineEdit(QStringLiteral("agencySignatory"),
                           QCoreApplication::translate("SettingsPage", "Signatory"));
    m_signatory->setPlaceholderText(
        QCoreApplication::translate("SettingsPage", "the name under the signature"));
    m_logo = new ImageField(QStringLiteral("agencyLogo"),
                            QCoreApplication::translate("SettingsPage", "Logo"), this);
    m_signature = new ImageField(QStringLiteral("agencySignature"),
                                 QCoreApplication::translate("SettingsPage", "Signature"), this);
    const auto refused = [this](const QString& error) {
        m_errors.add(imageKey, error);
    };
    connect(m_logo, &ImageField::refused, this, refused);
    connect(m_signature, &ImageField::refused, this, refused);

    auto* postal = new QHBoxLayout;
    postal->addWidget(withError(m_postalCode, postalCodeKey));
    postal->addWidget(withError(m_city, cityKey), 1);
    postal->addWidget(withError(m_country, countryKey));

    form->addRow(QCoreApplication::translate("SettingsPage", "&Name:"), withError(m_name, nameKey));
    form->addRow(QCoreApplication::translate("SettingsPage", "A&ddress:"), m_address1);
    form->addRow(QString(), m_address2);
    auto* postalLabel = new QLabel(
        QCoreApplication::translate("SettingsPage", "Postal code, cit&y, country:"), this);
    postalLabel->setBuddy(m_postalCode);
    form->addRow(postalLabel, postal);
    form->addRow(QCoreApplication::translate("SettingsPage", "P&hone:"), m_phone);
    form->addRow(QCoreApplication::translate("SettingsPage", "E-&mail:"),
                 withError(m_email, emailKey));
    form->addRow(QCoreApplication::translate("SettingsPage", "&Website:"), m_website);
    form->addRow(QCoreApplication::translate("SettingsPage", "S&IRET:"),
                 withError(m_siret, siretKey));
    form->addRow(QCoreApplication::translate("SettingsPage", "Professional &licence:"),
                 m_professionalCard);
    form->addRow(QCoreApplication::translate("SettingsPage", "Legal &footer:"), m_legalFooter);
    form->addRow(QCoreApplication::translate("SettingsPage", "Si&gnatory:"), m_signatory);
    auto* images = new QHBoxLayout;
    auto* logoBox = new QVBoxLayout;
    logoBox->addWidget(
        new QLabel(QCoreApplication::translate("SettingsPage", "Logo (letterhead):"), this));
    logoBox->addWidget(m_logo);
    auto* signatureBox = new QVBoxLayout;
    signatureBox->addWidget(
        new QLabel(QCoreApplication::translate("SettingsPage", "Scanned signature:"), this));
    signatureBox->addWidget(m_signature);
    images->addLayout(logoBox);
    images->addLayout(signatureBox);
    images->addStretch();
    auto* imageBox = new QVBoxLayout;
    imageBox->addLayout(images);
    auto* imagesWidget = new QWidget(this);
    imagesWidget->setObjectName(QStringLiteral("agencyImages"));
    imagesWidget->setLayout(imageBox);
    form->addRow(QCoreApplication::translate("SettingsPage", "Images:"),
                 withError(imagesWidget, imageKey));
    form->addRow(QString(),
                 FormParts::note(QCoreApplication::translate(
                                     "SettingsPage",
                                     "Images are stored as PNG; very large ones are scaled down "
                                     "to %1 pixels.")
                                     .arg(AgencyImage::maxSide),
                                 this));

    for (QLineEdit* edit : findChildren<QLineEdit*>())
        connect(edit, &QLineEdit::textChanged, this, &AgencySettingsTab::changed);
    connect(m_legalFooter, &QPlainTextEdit::textChanged, this, &AgencySettingsTab::changed);
    connect(m_logo, &ImageField::changed, this, &AgencySettingsTab::changed);
    connect(m_signature, &ImageField::changed, this, &AgencySettingsTab::changed);
}

QLineEdit* AgencySettingsTab::lineEdit(const QString& objectName, const QString& accessibleName)
{
    return FormParts::lineEdit(this, objectName, accessibleName);
}

QWidget* AgencySettingsTab::withError(QWidget* field, const QString& key)
{
    return m_errors.wrap(this, field, key, m_tabIndex);
}

QString AgencySettingsTab::errorKey(AgencyValidator::Field field)
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

void AgencySettingsTab::showProblems(const QList<AgencyValidator::Problem>& problems)
{
    for (const AgencyValidator::Problem& p : problems)
        m_errors.add(errorKey(p.field), p.message);
}

void AgencySettingsTab::load(const AgencyIdentity& agency)
{
    m_loaded = agency;
    m_name->setText(agency.name);
    m_address1->setText(agency.address1);
    m_address2->setText(agency.address2);
    m_postalCode->setText(agency.postalCode);
    m_city->setText(agency.city);
    m_country->setText(agency.country);
    m_phone->setText(agency.phone);
    m_email->setText(agency.email);
    m_website->setText(agency.website);
    m_siret->setText(agency.siret);
    m_professionalCard->setText(agency.professionalCard);
    m_legalFooter->setPlainText(agency.legalFooter);
    m_signatory->setText(agency.signatory);
    m_logo->setPng(agency.logoPng);
    m_signature->setPng(agency.signaturePng);
}

AgencyIdentity AgencySettingsTab::agency() const
{
    AgencyIdentity a = m_loaded;
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

QString AgencySettingsTab::typedName() const
{
    return m_name->text().simplified();
}

QString AgencySettingsTab::typedEmail() const
{
    return m_email->text().trimmed();
}

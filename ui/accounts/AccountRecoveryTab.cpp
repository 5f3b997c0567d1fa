#include "AccountRecoveryTab.h"

#include "common/FieldErrors.h"
#include "util/FieldLimits.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>

namespace {

template <typename E> void addChoices(QComboBox* box, std::initializer_list<E> values)
{
    for (E v : values)
        box->addItem(AccountKeys::label(v), AccountKeys::toKey(v));
}

} // namespace

AccountRecoveryTab::AccountRecoveryTab(const WithError& withError, QWidget* parent)
    : QWidget(parent)
{
    using F = AccountValidator::Field;
    auto* form = new QFormLayout(this);

    m_leaseStart = FormParts::lineEdit(this, QStringLiteral("leaseStart"), tr("Lease start"));
    m_leaseStart->setPlaceholderText(tr("e.g. 15/09/2023; empty if unknown"));
    m_leaseStart->setToolTip(
        tr("The date the lease was signed or last renewed. Leases from 29/07/2023 on give the "
           "tenant six weeks after a commandement de payer (loi 2023-668), older ones two "
           "months."));
    m_rentExclCharges =
        FormParts::lineEdit(this, QStringLiteral("rentExclCharges"), tr("Rent without charges"));
    m_rentExclCharges->setPlaceholderText(tr("empty if unknown"));
    m_rentExclCharges->setToolTip(
        tr("The commissaire de justice signals the commandement to the CCAPEX from twice this "
           "amount owed. When it is empty, the rent with charges is used instead."));
    m_housingAid = FormParts::lineEdit(this, QStringLiteral("housingAid"), tr("Housing aid"));
    m_housingAid->setPlaceholderText(tr("paid to the agency each month; empty if none"));
    m_housingAid->setToolTip(tr("Housing aid paid to the landlord (tiers payant): arrears must be "
                                "reported to the payer within two months (CCH R.824-4)."));
    m_payer = new QComboBox(this);
    m_payer->setObjectName(QStringLiteral("housingAidPayer"));
    m_payer->setAccessibleName(tr("Housing aid paid by"));
    addChoices(m_payer, {HousingAidPayer::Caf, HousingAidPayer::Msa});
    m_guarantee = new QComboBox(this);
    m_guarantee->setObjectName(QStringLiteral("guarantee"));
    m_guarantee->setAccessibleName(tr("Guarantee"));
    addChoices(m_guarantee,
               {Guarantee::None, Guarantee::Guarantor, Guarantee::Visale, Guarantee::Gli});
    m_guaranteeRef =
        FormParts::lineEdit(this, QStringLiteral("guaranteeRef"), tr("Visa or policy number"));
    m_guaranteeRef->setMaxLength(int(FieldLimits::ref));

    form->addRow(tr("Lease &start:"), withError(m_leaseStart, F::LeaseStart));
    form->addRow(tr("Rent &without charges:"), withError(m_rentExclCharges, F::RentExclCharges));
    form->addRow(tr("Housing &aid:"), withError(m_housingAid, F::HousingAid));
    form->addRow(tr("Housing aid paid &by:"), m_payer);
    form->addRow(tr("Guara&ntee:"), m_guarantee);
    form->addRow(tr("Visa or &policy number:"), withError(m_guaranteeRef, F::GuaranteeRef));
}

void AccountRecoveryTab::load(const Account& a)
{
    const QLocale locale;
    m_leaseStart->setText(a.leaseStart.isValid()
                              ? locale.toString(a.leaseStart, QStringLiteral("dd/MM/yyyy"))
                              : QString());
    m_rentExclCharges->setText(a.rentExclCharges ? a.rentExclCharges->toLocaleString(locale)
                                                 : QString());
    m_housingAid->setText(a.housingAid.isZero() ? QString() : a.housingAid.toLocaleString(locale));
    m_payer->setCurrentIndex(m_payer->findData(AccountKeys::toKey(a.housingAidPayer)));
    m_guarantee->setCurrentIndex(m_guarantee->findData(AccountKeys::toKey(a.guarantee)));
    m_guaranteeRef->setText(a.guaranteeRef);
}

std::optional<QDate> AccountRecoveryTab::leaseStart(QString* error) const
{
    const QString text = m_leaseStart->text().trimmed();
    if (text.isEmpty())
        return QDate();
    for (const QString& format : {QStringLiteral("dd/MM/yyyy"), QStringLiteral("yyyy-MM-dd")})
        if (const QDate d = QDate::fromString(text, format); d.isValid())
            return d;
    if (error)
        *error = tr("“%1” is not a date: write it as 15/09/2023.").arg(text);
    return std::nullopt;
}

// Empty is « not given » (std::nullopt inside); an unreadable amount is
// std::nullopt outside.
std::optional<std::optional<Money>> AccountRecoveryTab::amount(const QLineEdit* edit,
                                                               QString* error)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::optional<Money>();
    if (auto m = Money::parse(text, error))
        return std::optional<Money>(*m);
    return std::nullopt;
}

void AccountRecoveryTab::apply(Account& a) const
{
    if (auto d = leaseStart(nullptr))
        a.leaseStart = *d;
    if (auto m = amount(m_rentExclCharges, nullptr))
        a.rentExclCharges = *m;
    if (auto m = amount(m_housingAid, nullptr))
        a.housingAid = m->value_or(Money());
    a.housingAidPayer = AccountKeys::housingAidPayerFromKey(m_payer->currentData().toString())
                            .value_or(HousingAidPayer::Caf);
    a.guarantee = AccountKeys::guaranteeFromKey(m_guarantee->currentData().toString())
                      .value_or(Guarantee::None);
    a.guaranteeRef = m_guaranteeRef->text().trimmed();
}

QList<AccountValidator::Problem> AccountRecoveryTab::unreadable() const
{
    using F = AccountValidator::Field;
    QList<AccountValidator::Problem> problems;
    QString error;
    if (!leaseStart(&error))
        problems.append({F::LeaseStart, error});
    error.clear();
    if (!amount(m_rentExclCharges, &error))
        problems.append(
            {F::RentExclCharges, error.isEmpty() ? tr("This amount is not valid.") : error});
    error.clear();
    if (!amount(m_housingAid, &error))
        problems.append({F::HousingAid, error.isEmpty() ? tr("This amount is not valid.") : error});
    return problems;
}

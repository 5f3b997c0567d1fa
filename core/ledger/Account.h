#pragma once

#include "money/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// A person or body that guarantees the rent (« caution »).
struct Guarantor
{
    qint64 id = 0;
    QString name;
    QString email;
    QString address1;
    QString address2;
    QString postalCode;
    QString city;
    QString country = QStringLiteral("FR");

    bool operator==(const Guarantor&) const = default;
};

enum class LeaseType
{
    Residential,
    Furnished,
    Commercial,
    Professional,
    Parking,
    Other
};
enum class PaymentMethod
{
    Transfer,
    Cheque,
    DirectDebit,
    Cash,
    Other
};
enum class AccountStatus
{
    Active,
    Departed
};
// Which reminder program the account follows.
enum class ProgramMode
{
    Global,
    None,
    Custom
};

// Who pays the housing aid to the landlord (« tiers payant »).
enum class HousingAidPayer
{
    Caf,
    Msa
};
// What guarantees the rent (recovery-path.md « New account data »).
enum class Guarantee
{
    None,
    Guarantor,
    Visale,
    Gli
};

// One tenancy (« compte locataire »), identified by its ref.
struct Account
{
    qint64 id = 0;
    QString ref;
    QString name;
    QString email; // one address, or several separated by ','
    QString phone;
    QString address1;
    QString address2;
    QString postalCode;
    QString city;
    QString country = QStringLiteral("FR");
    QString property;
    LeaseType leaseType = LeaseType::Residential;
    Money monthlyRent;
    PaymentMethod paymentMethod = PaymentMethod::Transfer;
    AccountStatus status = AccountStatus::Active;
    bool paymentPlan = false;
    bool litigation = false;
    ProgramMode programMode = ProgramMode::Global;
    qint64 programId = 0; // when programMode is Custom
    QString programName;  // the custom program's name, for display and import
    QString language = QStringLiteral("fr");
    QString notes;
    QList<Guarantor> guarantors;
    // The recovery path's data (schema 2). The lease start dates the
    // resolutory clause's delay; the rent without charges, when known, is
    // what the CCAPEX threshold counts; the housing aid is the part paid to
    // the agency by the CAF or the MSA.
    QDate leaseStart;                     // null when unknown
    std::optional<Money> rentExclCharges; // unknown: monthlyRent stands in
    Money housingAid;                     // 0: none
    HousingAidPayer housingAidPayer = HousingAidPayer::Caf;
    Guarantee guarantee = Guarantee::None;
    QString guaranteeRef; // Visale visa or GLI policy number
    // The landlord the agency manages this lease for, by Owner::ref (schema
    // 4); empty: none recorded. The owner's details live in the owners
    // table (OwnerRepository); the form and the import create it first.
    QString ownerRef;

    bool operator==(const Account&) const = default;
};

// Storage keys (the schema's CHECK values, import words, JSON) kept apart
// from the translated labels people read.
namespace AccountKeys {
QString toKey(LeaseType v);
QString toKey(PaymentMethod v);
QString toKey(AccountStatus v);
QString toKey(ProgramMode v);
QString toKey(HousingAidPayer v);
QString toKey(Guarantee v);
std::optional<LeaseType> leaseTypeFromKey(const QString& key);
std::optional<PaymentMethod> paymentMethodFromKey(const QString& key);
std::optional<AccountStatus> statusFromKey(const QString& key);
std::optional<ProgramMode> programModeFromKey(const QString& key);
std::optional<HousingAidPayer> housingAidPayerFromKey(const QString& key);
std::optional<Guarantee> guaranteeFromKey(const QString& key);

QString label(LeaseType v);
QString label(PaymentMethod v);
QString label(AccountStatus v);
QString label(ProgramMode v);
QString label(HousingAidPayer v);
QString label(Guarantee v);

// Leases on which the law forbids charging reminder fees (loi n° 89-462
// art. 4 p, and art. 25-3 for furnished main residences).
bool feesForbidden(LeaseType v);
} // namespace AccountKeys

#include "Account.h"

namespace AccountKeys {

namespace {
template <typename E, size_t N>
std::optional<E> fromKey(const QString& key, const std::pair<E, const char*> (&table)[N])
{
    for (const auto& [value, name] : table)
        if (key == QLatin1String(name))
            return value;
    return std::nullopt;
}
template <typename E, size_t N> QString toKeyIn(E v, const std::pair<E, const char*> (&table)[N])
{
    for (const auto& [value, name] : table)
        if (value == v)
            return QString::fromLatin1(name);
    return {};
}

const std::pair<LeaseType, const char*> leaseTypes[] = {
    {LeaseType::Residential, "residential"}, {LeaseType::Furnished, "furnished"},
    {LeaseType::Commercial, "commercial"},   {LeaseType::Professional, "professional"},
    {LeaseType::Parking, "parking"},         {LeaseType::Other, "other"}};
const std::pair<PaymentMethod, const char*> paymentMethods[] = {
    {PaymentMethod::Transfer, "transfer"},
    {PaymentMethod::Cheque, "cheque"},
    {PaymentMethod::DirectDebit, "direct_debit"},
    {PaymentMethod::Cash, "cash"},
    {PaymentMethod::Other, "other"}};
const std::pair<AccountStatus, const char*> statuses[] = {{AccountStatus::Active, "active"},
                                                          {AccountStatus::Departed, "departed"}};
const std::pair<ProgramMode, const char*> programModes[] = {
    {ProgramMode::Global, "global"}, {ProgramMode::None, "none"}, {ProgramMode::Custom, "custom"}};

const std::pair<HousingAidPayer, const char*> housingAidPayers[] = {{HousingAidPayer::Caf, "caf"},
                                                                    {HousingAidPayer::Msa, "msa"}};
const std::pair<Guarantee, const char*> guarantees[] = {{Guarantee::None, "none"},
                                                        {Guarantee::Guarantor, "guarantor"},
                                                        {Guarantee::Visale, "visale"},
                                                        {Guarantee::Gli, "gli"}};

} // namespace

QString toKey(HousingAidPayer v)
{
    return toKeyIn(v, housingAidPayers);
}
QString toKey(Guarantee v)
{
    return toKeyIn(v, guarantees);
}
std::optional<HousingAidPayer> housingAidPayerFromKey(const QString& key)
{
    return fromKey(key, housingAidPayers);
}
std::optional<Guarantee> guaranteeFromKey(const QString& key)
{
    return fromKey(key, guarantees);
}

QString label(HousingAidPayer v)
{
    return v == HousingAidPayer::Msa ? QCoreApplication::translate("AccountKeys", "MSA")
                                     : QCoreApplication::translate("AccountKeys", "CAF");
}

QString label(Guarantee v)
{
    switch (v) {
    case Guarantee::Guarantor:
        return QCoreApplication::translate("AccountKeys", "Guarantor");
    case Guarantee::Visale:
        return QCoreApplication::translate("AccountKeys", "Visale");
    case Guarantee::Gli:
        return QCoreApplication::translate("AccountKeys", "Rent guarantee insurance (GLI)");
    case Guarantee::None:
        break;
    }
    return QCoreApplication::translate("AccountKeys", "None");
}

QString toKey(LeaseType v)
{
    return toKeyIn(v, leaseTypes);
}
QString toKey(PaymentMethod v)
{
    return toKeyIn(v, paymentMethods);
}
QString toKey(AccountStatus v)
{
    return toKeyIn(v, statuses);
}
QString toKey(ProgramMode v)
{
    return toKeyIn(v, programModes);
}
std::optional<LeaseType> leaseTypeFromKey(const QString& key)
{
    return fromKey(key, leaseTypes);
}
std::optional<PaymentMethod> paymentMethodFromKey(const QString& key)
{
    return fromKey(key, paymentMethods);
}
std::optional<AccountStatus> statusFromKey(const QString& key)
{
    return fromKey(key, statuses);
}
std::optional<ProgramMode> programModeFromKey(const QString& key)
{
    return fromKey(key, programModes);
}

QString label(LeaseType v)
{
    switch (v) {
    case LeaseType::Residential:
        return QCoreApplication::translate("AccountKeys", "Residential");
    case LeaseType::Furnished:
        return QCoreApplication::translate("AccountKeys", "Furnished");
    case LeaseType::Commercial:
        return QCoreApplication::translate("AccountKeys", "Commercial");
    case LeaseType::Professional:
        return QCoreApplication::translate("AccountKeys", "Professional");
    case LeaseType::Parking:
        return QCoreApplication::translate("AccountKeys", "Parking");
    case LeaseType::Other:
        break;
    }
    return QCoreApplication::translate("AccountKeys", "Other");
}

QString label(PaymentMethod v)
{
    switch (v) {
    case PaymentMethod::Transfer:
        return QCoreApplication::translate("AccountKeys", "Transfer");
    case PaymentMethod::Cheque:
        return QCoreApplication::translate("AccountKeys", "Cheque");
    case PaymentMethod::DirectDebit:
        return QCoreApplication::translate("AccountKeys", "Direct debit");
    case PaymentMethod::Cash:
        return QCoreApplication::translate("AccountKeys", "Cash");
    case PaymentMethod::Other:
        break;
    }
    return QCoreApplication::translate("AccountKeys", "Other method");
}

QString label(AccountStatus v)
{
    return v == AccountStatus::Departed ? QCoreApplication::translate("AccountKeys", "Departed")
                                        : QCoreApplication::translate("AccountKeys", "Active");
}

QString label(ProgramMode v)
{
    switch (v) {
    case ProgramMode::Global:
        return QCoreApplication::translate("AccountKeys", "Global program");
    case ProgramMode::None:
        return QCoreApplication::translate("AccountKeys", "No reminders");
    case ProgramMode::Custom:
        break;
    }
    return QCoreApplication::translate("AccountKeys", "Custom program");
}

bool feesForbidden(LeaseType v)
{
    return v == LeaseType::Residential || v == LeaseType::Furnished;
}

} // namespace AccountKeys

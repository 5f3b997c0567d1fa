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

QString tr(const char* text)
{
    return QCoreApplication::translate("AccountKeys", text);
}
} // namespace

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
        return tr(QT_TRANSLATE_NOOP("AccountKeys", "Residential"));
    case LeaseType::Furnished:
        return tr(QT_TRANSLATE_NOOP("AccountKeys", "Furnished"));
    case LeaseType::Commercial:
        return tr(QT_TRANSLATE_NOOP("AccountKeys", "Commercial"));
    case LeaseType::Professional:
        return tr(QT_TRANSLATE_NOOP("AccountKeys", "Professional"));
    case LeaseType::Parking:
        return tr(QT_TRANSLATE_NOOP("AccountKeys", "Parking"));
    case LeaseType::Other:
        break;
    }
    return tr(QT_TRANSLATE_NOOP("AccountKeys", "Other"));
}

QString label(PaymentMethod v)
{
    switch (v) {
    case PaymentMethod::Transfer:
        return tr(QT_TRANSLATE_NOOP("AccountKeys", "Transfer"));
    case PaymentMethod::Cheque:
        return tr(QT_TRANSLATE_NOOP("AccountKeys", "Cheque"));
    case PaymentMethod::DirectDebit:
        return tr(QT_TRANSLATE_NOOP("AccountKeys", "Direct debit"));
    case PaymentMethod::Cash:
        return tr(QT_TRANSLATE_NOOP("AccountKeys", "Cash"));
    case PaymentMethod::Other:
        break;
    }
    return tr(QT_TRANSLATE_NOOP("AccountKeys", "Other method"));
}

QString label(AccountStatus v)
{
    return v == AccountStatus::Departed ? tr(QT_TRANSLATE_NOOP("AccountKeys", "Departed"))
                                        : tr(QT_TRANSLATE_NOOP("AccountKeys", "Active"));
}

QString label(ProgramMode v)
{
    switch (v) {
    case ProgramMode::Global:
        return tr(QT_TRANSLATE_NOOP("AccountKeys", "Global program"));
    case ProgramMode::None:
        return tr(QT_TRANSLATE_NOOP("AccountKeys", "No reminders"));
    case ProgramMode::Custom:
        break;
    }
    return tr(QT_TRANSLATE_NOOP("AccountKeys", "Custom program"));
}

bool feesForbidden(LeaseType v)
{
    return v == LeaseType::Residential || v == LeaseType::Furnished;
}

} // namespace AccountKeys

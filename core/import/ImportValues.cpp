#include "ImportValues.h"

#include "ColumnMap.h"
#include "util/FieldLimits.h"

namespace {

template <typename T> struct Word
{
    const char* word; // already normalised: lower case, no accents, no separators
    T value;
};

template <typename T, size_t N>
std::optional<T> lookup(const QString& text, const Word<T> (&words)[N])
{
    const QString key = ColumnMap::normalise(text);
    for (const Word<T>& w : words)
        if (key == QLatin1String(w.word))
            return w.value;
    return std::nullopt;
}

const Word<LeaseType> leaseTypes[] = {{"residential", LeaseType::Residential},
                                      {"habitation", LeaseType::Residential},
                                      {"vide", LeaseType::Residential},
                                      {"furnished", LeaseType::Furnished},
                                      {"meuble", LeaseType::Furnished},
                                      {"commercial", LeaseType::Commercial},
                                      {"professional", LeaseType::Professional},
                                      {"professionnel", LeaseType::Professional},
                                      {"parking", LeaseType::Parking},
                                      {"garage", LeaseType::Parking},
                                      {"other", LeaseType::Other},
                                      {"autre", LeaseType::Other}};

const Word<HousingAidPayer> housingAidPayers[] = {{"caf", HousingAidPayer::Caf},
                                                  {"msa", HousingAidPayer::Msa}};

const Word<Guarantee> guarantees[] = {{"none", Guarantee::None},
                                      {"aucune", Guarantee::None},
                                      {"guarantor", Guarantee::Guarantor},
                                      {"caution", Guarantee::Guarantor},
                                      {"garant", Guarantee::Guarantor},
                                      {"visale", Guarantee::Visale},
                                      {"gli", Guarantee::Gli}};

const Word<PaymentMethod> paymentMethods[] = {{"transfer", PaymentMethod::Transfer},
                                              {"virement", PaymentMethod::Transfer},
                                              {"cheque", PaymentMethod::Cheque},
                                              {"directdebit", PaymentMethod::DirectDebit},
                                              {"prelevement", PaymentMethod::DirectDebit},
                                              {"cash", PaymentMethod::Cash},
                                              {"especes", PaymentMethod::Cash},
                                              {"other", PaymentMethod::Other},
                                              {"autre", PaymentMethod::Other}};

const Word<AccountStatus> statuses[] = {{"active", AccountStatus::Active},
                                        {"actif", AccountStatus::Active},
                                        {"departed", AccountStatus::Departed},
                                        {"sorti", AccountStatus::Departed}};

const Word<EntryKind> kinds[] = {{"rent", EntryKind::Rent},
                                 {"loyer", EntryKind::Rent},
                                 {"charges", EntryKind::Charges},
                                 {"fee", EntryKind::Fee},
                                 {"frais", EntryKind::Fee},
                                 {"paymentreversal", EntryKind::PaymentReversal},
                                 {"rejet", EntryKind::PaymentReversal},
                                 {"other", EntryKind::Other},
                                 {"autre", EntryKind::Other},
                                 {"payment", EntryKind::Payment},
                                 {"reglement", EntryKind::Payment},
                                 {"paiement", EntryKind::Payment},
                                 {"creditnote", EntryKind::CreditNote},
                                 {"avoir", EntryKind::CreditNote}};

const Word<bool> booleans[] = {{"1", true},    {"0", false},    {"yes", true},  {"no", false},
                               {"oui", true},  {"non", false},  {"true", true}, {"false", false},
                               {"vrai", true}, {"faux", false}, {"o", true},    {"n", false},
                               {"y", true}};

const Word<const char*> languages[] = {{"fr", "fr"}, {"francais", "fr"}, {"french", "fr"},
                                       {"en", "en"}, {"anglais", "en"},  {"english", "en"}};

template <typename T> std::optional<T> failed(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The value of `count` digits at `p`.
int digits(const char* p, int count)
{
    int v = 0;
    for (int i = 0; i < count; ++i)
        v = v * 10 + (p[i] - '0');
    return v;
}

} // namespace

std::optional<QDate> ImportValues::plainDate(QByteArrayView a)
{
    if (a.size() != 10 || a[4] != '-' || a[7] != '-')
        return std::nullopt;
    for (const int i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!isDigit(a[i]))
            return std::nullopt;
    const QDate d(digits(a.data(), 4), digits(a.data() + 5, 2), digits(a.data() + 8, 2));
    if (!d.isValid())
        return std::nullopt;
    return d;
}

std::optional<QDate> ImportValues::plainCompactDate(QByteArrayView a)
{
    if (a.size() != 8)
        return std::nullopt;
    for (const char c : a)
        if (!isDigit(c))
            return std::nullopt;
    const QDate d(digits(a.data(), 4), digits(a.data() + 4, 2), digits(a.data() + 6, 2));
    if (!d.isValid())
        return std::nullopt;
    return d;
}

std::optional<Money> ImportValues::plainAmount(QByteArrayView a)
{
    // [sign] digits [. or , and one or two digits]: Money::parse reads the
    // one separator as the decimal point and ignores leading zeros.
    qsizetype i = 0;
    const qsizetype n = a.size();
    bool negative = false;
    if (i < n && (a[i] == '-' || a[i] == '+'))
        negative = a[i++] == '-';
    while (i < n - 1 && a[i] == '0' && isDigit(a[i + 1]))
        ++i;
    const qsizetype integerStart = i;
    while (i < n && isDigit(a[i]))
        ++i;
    const qsizetype integerDigits = i - integerStart;
    // Past 12 digits Money::parse refuses it, with its message.
    if (integerDigits == 0 || integerDigits > 12)
        return std::nullopt;
    qint64 cents = 0;
    for (qsizetype k = integerStart; k < i; ++k)
        cents = cents * 10 + (a[k] - '0');
    cents *= 100;
    if (i < n) {
        if (a[i] != '.' && a[i] != ',')
            return std::nullopt;
        const qsizetype decimals = n - i - 1;
        if (decimals < 1 || decimals > 2 || !isDigit(a[i + 1]) ||
            (decimals == 2 && !isDigit(a[i + 2])))
            return std::nullopt;
        cents += decimals == 1 ? (a[i + 1] - '0') * 10 : digits(a.data() + i + 1, 2);
    }
    if (cents > FieldLimits::maxAmountCents)
        return std::nullopt;
    return Money::fromCents(negative ? -cents : cents);
}

std::optional<EntryKind> ImportValues::plainEntryKind(QByteArrayView a)
{
    // What ColumnMap::normalise() leaves of ASCII: letters and digits, lower case.
    char key[24];
    int length = 0;
    for (const char c : a) {
        const char lower = c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
        if ((lower >= 'a' && lower <= 'z') || isDigit(lower)) {
            if (length == int(sizeof key))
                return std::nullopt;
            key[length++] = lower;
        }
    }
    const QLatin1String k(key, length);
    for (const Word<EntryKind>& w : kinds)
        if (k == QLatin1String(w.word))
            return w.value;
    return std::nullopt;
}

std::optional<QDate> ImportValues::date(const QString& text, QString* error)
{
    // Hand-written rather than a regular expression: a ledger has millions
    // of dates.
    const QString t = text.trimmed();
    if (t.isEmpty())
        return failed<QDate>(error, tr("the date is empty"));
    int parts[3] = {0, 0, 0};
    int digits[3] = {0, 0, 0};
    int part = 0;
    QChar separator;
    bool wellFormed = true;
    for (const QChar c : t) {
        if (c.isDigit() && c.unicode() < 128) {
            // Past four digits the value is refused anyway; adding more
            // would overflow.
            if (++digits[part] > 4)
                wellFormed = false;
            else
                parts[part] = parts[part] * 10 + (c.unicode() - u'0');
        } else if ((c == u'-' || c == u'/') && part < 2 && (separator.isNull() || separator == c)) {
            separator = c;
            ++part;
        } else {
            wellFormed = false;
            break;
        }
    }
    QDate d;
    if (wellFormed && part == 2 && separator == u'-' && digits[0] == 4 && digits[1] >= 1 &&
        digits[1] <= 2 && digits[2] >= 1 && digits[2] <= 2)
        d = QDate(parts[0], parts[1], parts[2]);
    else if (wellFormed && part == 2 && separator == u'/' && digits[2] == 4 && digits[0] >= 1 &&
             digits[0] <= 2 && digits[1] >= 1 && digits[1] <= 2)
        d = QDate(parts[2], parts[1], parts[0]);
    else
        return failed<QDate>(error,
                             tr("“%1” is not a date; write YYYY-MM-DD or DD/MM/YYYY").arg(t));
    if (!d.isValid())
        return failed<QDate>(error, tr("“%1” is not a date of the calendar").arg(t));
    return d;
}

std::optional<Money> ImportValues::amount(const QString& text, QString* error)
{
    return Money::parse(text, error);
}

std::optional<bool> ImportValues::boolean(const QString& text, QString* error)
{
    if (text.trimmed().isEmpty())
        return false;
    if (auto v = lookup(text, booleans))
        return v;
    return failed<bool>(
        error, tr("“%1” is not yes or no; write 1/0, yes/no or oui/non").arg(text.trimmed()));
}

std::optional<LeaseType> ImportValues::leaseType(const QString& text, QString* error)
{
    if (auto v = lookup(text, leaseTypes))
        return v;
    return failed<LeaseType>(error, tr("“%1” is not a lease type; write residential, furnished, "
                                       "commercial, professional, parking or other")
                                        .arg(text.trimmed()));
}

std::optional<HousingAidPayer> ImportValues::housingAidPayer(const QString& text, QString* error)
{
    if (auto v = lookup(text, housingAidPayers))
        return v;
    return failed<HousingAidPayer>(
        error, tr("“%1” is not a housing aid payer; write caf or msa").arg(text.trimmed()));
}

std::optional<Guarantee> ImportValues::guarantee(const QString& text, QString* error)
{
    if (auto v = lookup(text, guarantees))
        return v;
    return failed<Guarantee>(
        error,
        tr("“%1” is not a guarantee; write none, guarantor, visale or gli").arg(text.trimmed()));
}

std::optional<PaymentMethod> ImportValues::paymentMethod(const QString& text, QString* error)
{
    if (auto v = lookup(text, paymentMethods))
        return v;
    return failed<PaymentMethod>(error, tr("“%1” is not a payment method; write transfer, "
                                           "cheque, direct_debit, cash or other")
                                            .arg(text.trimmed()));
}

std::optional<AccountStatus> ImportValues::status(const QString& text, QString* error)
{
    if (auto v = lookup(text, statuses))
        return v;
    return failed<AccountStatus>(
        error, tr("“%1” is not a status; write active or departed").arg(text.trimmed()));
}

std::optional<EntryKind> ImportValues::entryKind(const QString& text, QString* error)
{
    if (auto v = lookup(text, kinds))
        return v;
    return failed<EntryKind>(error, tr("“%1” is not a kind of entry; write rent, charges, fee, "
                                       "payment_reversal, other, payment or credit_note")
                                        .arg(text.trimmed()));
}

std::optional<QString> ImportValues::language(const QString& text, QString* error)
{
    if (auto v = lookup(text, languages))
        return QString::fromLatin1(*v);
    return failed<QString>(error, tr("“%1” is not a language; write fr or en").arg(text.trimmed()));
}

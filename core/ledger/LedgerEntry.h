#pragma once

#include "money/Money.h"

#include <QDate>
#include <QString>

#include <optional>

// Which column of the tenant's account an entry sits in.
enum class Side
{
    Debit,
    Credit
};

// What an entry is. Debits: Rent, Charges, Fee, PaymentReversal, Other.
// Credits: Payment, CreditNote (Other is also accepted on credits).
enum class EntryKind
{
    Rent,
    Charges,
    Fee,
    PaymentReversal,
    Other,
    Payment,
    CreditNote
};

// One line of a tenant's ledger (« écriture »), as stored in ledger_entries.
// amount is always positive; side says whether it is owed or paid.
struct LedgerEntry
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString accountRef; // the account's ref, for import and display
    QString entryRef;   // unique within the account
    Side side = Side::Debit;
    QDate date;
    QDate dueDate; // for credits, the date the money is applied (defaults to date)
    QString label;
    Money amount;
    EntryKind kind = EntryKind::Rent;
    QString matches; // entry_ref of the debit a credit settles, or empty

    bool operator==(const LedgerEntry&) const = default;
};

// Storage keys (the schema's CHECK values, import words, JSON).
namespace LedgerKeys {

inline QString toKey(Side v)
{
    return v == Side::Credit ? QStringLiteral("credit") : QStringLiteral("debit");
}

inline std::optional<Side> sideFromKey(const QString& key)
{
    if (key == QLatin1String("debit"))
        return Side::Debit;
    if (key == QLatin1String("credit"))
        return Side::Credit;
    return std::nullopt;
}

inline QString toKey(EntryKind v)
{
    switch (v) {
    case EntryKind::Rent:
        return QStringLiteral("rent");
    case EntryKind::Charges:
        return QStringLiteral("charges");
    case EntryKind::Fee:
        return QStringLiteral("fee");
    case EntryKind::PaymentReversal:
        return QStringLiteral("payment_reversal");
    case EntryKind::Other:
        return QStringLiteral("other");
    case EntryKind::Payment:
        return QStringLiteral("payment");
    case EntryKind::CreditNote:
        return QStringLiteral("credit_note");
    }
    return QStringLiteral("other");
}

inline std::optional<EntryKind> kindFromKey(const QString& key)
{
    static const std::pair<EntryKind, const char*> table[] = {
        {EntryKind::Rent, "rent"},
        {EntryKind::Charges, "charges"},
        {EntryKind::Fee, "fee"},
        {EntryKind::PaymentReversal, "payment_reversal"},
        {EntryKind::Other, "other"},
        {EntryKind::Payment, "payment"},
        {EntryKind::CreditNote, "credit_note"}};
    for (const auto& [value, name] : table)
        if (key == QLatin1String(name))
            return value;
    return std::nullopt;
}

// The side a kind normally sits on; Other can be either.
inline bool isCreditKind(EntryKind v)
{
    return v == EntryKind::Payment || v == EntryKind::CreditNote;
}

} // namespace LedgerKeys

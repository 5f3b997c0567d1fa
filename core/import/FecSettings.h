#pragma once

#include "ledger/LedgerEntry.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

// One line of the FEC kind mapping (import-formats.md « FEC »): when the
// line's label (or journal code) contains one of `words`, on the given side,
// the entry gets `kind`. Rules are tried in the table's order; the first one
// that matches wins; no match gives rent for a debit and payment for a credit.
struct FecKindRule
{
    enum class Field
    {
        Label,  // EcritureLib
        Journal // JournalCode (or JournalLib)
    };
    enum class OnSide
    {
        Any,
        Debit,
        Credit
    };

    Field field = Field::Label;
    // Compared case- and accent-insensitively, as "contains".
    QStringList words;
    OnSide side = OnSide::Any;
    EntryKind kind = EntryKind::Rent;

    bool operator==(const FecKindRule&) const = default;
};

// Which FEC date becomes a debit's due date.
enum class FecDueDate
{
    PieceDateElseEntryDate, // PieceDate when given, else EcritureDate (the spec's default)
    EntryDate               // always EcritureDate
};

// How the agency's FEC is read: the settings of Settings › Import, stored
// in the settings table (key `import.fec`, compact JSON) and carried by the
// configuration export.
struct FecSettings
{
    Q_DECLARE_TR_FUNCTIONS(FecSettings)

public:
    QStringList tenantPrefixes;   // CompteNum prefixes of tenant accounts, default {"411"}
    QList<FecKindRule> kindRules; // in the order they are tried
    FecDueDate dueDate = FecDueDate::PieceDateElseEntryDate;

    bool operator==(const FecSettings&) const = default;

    // The spec's defaults: prefix 411; « frais » → fee, « rejet »/« impayé »
    // on a debit → payment_reversal, « avoir » on a credit → credit_note,
    // « charges »/« régularisation de charges » → charges.
    static FecSettings defaults();

    // The kind of one line, from the rules (first match wins).
    EntryKind kindFor(Side side, const QString& label, const QString& journalCode,
                      const QString& journalLabel) const;

    QJsonObject toJson() const;
    // Refuses what cannot be read back (unknown words), naming the field.
    static Result<FecSettings> fromJson(const QJsonObject& json);

    static QString settingsKey() { return QStringLiteral("import.fec"); }
    // The agency's settings, or the defaults when never saved.
    static Result<FecSettings> load(const Database& db);
};

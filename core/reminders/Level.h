#pragma once

#include "money/Money.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Account flags a level may exclude, in the order reminder-rules.md checks them.
enum class Exclusion
{
    DirectDebit,
    PaymentPlan,
    Litigation,
    Departed
};

// One step of a reminder program (« niveau de relance »), with every setting
// of reminder-rules.md; the level dialog edits each of them.
struct Level
{
    qint64 id = 0;
    qint64 programId = 0;
    int position = 1; // 1 = first reminder
    QString name;
    int delayDays = 0;             // minimum days_in_arrears
    std::optional<int> minGapDays; // unset: the default of Program::minGapDays()
    Money threshold;               // minimum overdue
    QList<Exclusion> exclusions = {Exclusion::DirectDebit, Exclusion::PaymentPlan,
                                   Exclusion::Litigation, Exclusion::Departed};
    bool toTenant = true;
    bool toGuarantor = false;
    bool byLetter = true;
    bool byEmail = false;
    int paymentDeadlineDays = 8;
    bool registered = false; // « lettre recommandée avec accusé de réception »
    Money feeAmount;         // zero: no fee
    QString feeSupplierAccount;
    QString feeExpenseAccount;
    bool feeAutoValidate = false;
    bool automationEnabled = false;
    int automationOrder = 0;            // 1 runs first
    int automationDay = 1;              // day of month; beyond the month's length = its last day
    std::optional<int> repeatEveryDays; // last level only
    std::optional<int> repeatMax;

    bool guarantorOnly() const { return toGuarantor && !toTenant; }
    bool excludes(Exclusion e) const { return exclusions.contains(e); }
    bool hasRepeats() const { return repeatEveryDays.value_or(0) > 0 && repeatMax.value_or(0) > 0; }

    bool operator==(const Level&) const = default;
};

// Storage keys of level settings ("direct_debit,payment_plan", "tenant,guarantor",
// "letter,email"), kept apart from the labels people read.
namespace LevelKeys {
QString toKey(Exclusion e);
std::optional<Exclusion> exclusionFromKey(const QString& key);
QString exclusionLabel(Exclusion e);
// Canonical order, comma-separated.
QString exclusionsToKeys(const QList<Exclusion>& list);
// Unknown words are reported in *error (when given) and ignored.
QList<Exclusion> exclusionsFromKeys(const QString& keys, QString* error = nullptr);
QString recipientsToKeys(bool tenant, bool guarantor);
QString channelsToKeys(bool letter, bool email);
// False when a word is unknown.
bool recipientsFromKeys(const QString& keys, bool* tenant, bool* guarantor);
bool channelsFromKeys(const QString& keys, bool* letter, bool* email);
} // namespace LevelKeys
